/**
 * metadata/constants: patterns for titles, outlets, credits and story dates.
 * All run on clean text (Simplified, half-width ASCII; colons may be ASCII or "：").
 */

/** Title labels to strip: 摘要 (abstract), 导读 (lead), 标题 (title), 提要, 内容提要, 核心提示. */
export const TITLE_LABEL = /^\s*[【\[]?\s*(?:摘要|导读|标题|提要|内容提要|核心提示)\s*[】\]]?\s*[:：]\s*/;

/** Longest line taken as a headline as-is. */
export const MAX_TITLE = 60;

/** A line entirely in brackets: a photo caption or credit, never the body's first line. */
export const BRACKETED_LINE = /^\s*[(（【\[].*[)）】\]]\s*$/;

/** Non-CJK junk tolerated before a dateline (left-over jammers, marks like ■ or 　). */
const LEAD_JUNK = '^[^\\u4e00-\\u9fa5]{0,24}';

/**
 * Outlet dateline at the start of a paragraph: an outlet name ending in 日报/晚报/早报/晨报/时报/商报/
 * 报/网/社/台/客户端/融媒体中心/融媒/传媒 (daily, evening paper, net, agency, station …), an optional place
 * (新华社**北京**3月5日电), an optional month-day, then 讯 (report) or 电 (wire), e.g. `长沙晚报7月7日讯`,
 * `淮安日报讯`, `新华社北京3月5日电`. Group `outlet`, `month`, `day`. 本报讯 ("our paper") names no outlet.
 */
export const OUTLET_DATELINE = new RegExp(
  `${LEAD_JUNK}(?:据)?(?<outlet>[\\u4e00-\\u9fa5A-Za-z]{1,12}?(?:日报|晚报|早报|晨报|时报|商报|都市报|报|网|社|电视台|台|客户端|融媒体中心|新闻中心|融媒|传媒))` +
    `(?:记者站)?(?:[\\u4e00-\\u9fa5]{2,6}?)?(?:(?<month>\\d{1,2})月(?<day>\\d{1,2})日)?(?:讯|电)`,
  'u',
);

/**
 * A news agency's credit opening the body, Taiwan style: `(中央社记者陈某豪厦门9日专电)` — the agency (…社),
 * 记者, the names (two or three characters each, 、 between), the place filed from (two or three), the day
 * (with its month) and 电 / 专电 (wire, special wire). Groups `outlet`, `names`, `month`, `day`.
 */
export const AGENCY_CREDIT = new RegExp(
  `${LEAD_JUNK}[(（](?<outlet>[\\u4e00-\\u9fa5]{1,5}社)记者(?<names>[\\u4e00-\\u9fa5]{2,3}(?:、[\\u4e00-\\u9fa5]{2,3})*)` +
    `[\\u4e00-\\u9fa5]{2,3}(?:(?<month>\\d{1,2})月)?(?<day>\\d{1,2})日专?电[)）]`,
  'u',
);

/** Outlets that name nobody: 本报 (this paper), 本网, 本台, 本刊. */
export const SELF_OUTLET = /^(?:本报|本网|本台|本刊|本站)$/;

/**
 * A research/consulting outlet opening a sentence: …研究院/研究所/研究中心/智库/咨询 followed by
 * 了解到/获悉 (learned), 讯, 报道, 消息, 整理, 数据显示. e.g. `前瞻产业研究院了解到`.
 */
export const RESEARCH_OUTLET =
  /(?:^|[。,，；\s])(?<outlet>[\u4e00-\u9fa5A-Za-z]{2,12}?(?:研究院|研究所|研究中心|智库|咨询|数据中心|资讯))(?:了解到|获悉|讯|报道|消息|整理|数据显示|统计显示)/u;

/**
 * A credit in brackets: `(全媒体记者 凌晴 陈登辉)`, `(全媒记者包东流)`, `(记者 张三 通讯员 李四)`,
 * `(本报记者 王五)`. Captions ending with 摄 (photo by) are photo credits and excluded by the caller.
 */
export const BRACKET_CREDIT = /[(（]\s*((?:[\u4e00-\u9fa5]{0,6}?)(?:记者|通讯员|撰稿|作者)[^()（）]{1,60}?)\s*[)）]/gu;

/** Roles inside a credit: 记者 (reporter), 通讯员 (correspondent), 摄影/摄 (photo), 实习生, 见习记者. */
export const CREDIT_ROLE = /(见习记者|实习记者|特约记者|记者|通讯员|实习生|摄影|编辑|撰稿|作者)/g;

/** Roles whose names are reporters (interns 实习生 write with the reporter they are credited with). */
export const REPORTER_ROLES = new Set(['记者', '见习记者', '实习记者', '特约记者', '实习生', '撰稿', '作者']);

/** A plausible Chinese personal name: 2–4 Han characters (or a name with the middle dot ·). */
export const PERSON_NAME = /^[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,8}$/u;

/** Info-bar keys that carry the publish time, in order of preference. */
export const PUBLISHED_KEYS = ['发布时间', '发布日期', '发表时间', '时间', '日期', '更新时间'] as const;

/** A date with optional time: `2026-01-25 13:43`, `2026/1/25`, `2026年1月25日 13:43:05`, ISO strings. */
export const DATE_TIME =
  /(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(?:[T\s]*(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2}))?)?(?<tz>Z|[+-]\d{2}:?\d{2})?/;

/** A full date in running text: 2024年9月25日. */
export const FULL_DATE = /(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日/;
/** A month-day in running text: 9月25日. */
export const MONTH_DAY = /(?<![\d年])(?<m>\d{1,2})月(?<d>\d{1,2})日/;
/** A day with a time of day, as in datelines: `7日下午`, `16日上午`, `3日晚`; or an agency credit's day (`厦门9日专电)`). */
export const DAY_ONLY = /(?<![\d月])(?<d>\d{1,2})日(?=上午|下午|晚上|晚|早上|早|中午|凌晨|傍晚|专?电[)）])/;
/** The date of a wire/paper dateline: `7月21日讯`, `3月5日电`. */
export const WIRE_DATE = /(?<![\d年])(?<m>\d{1,2})月(?<d>\d{1,2})日(?:讯|电)/;
/** A line that is only a full date: the signature date closing an official notice. */
export const SIGNATURE_DATE = /^\s*(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*$/;
/** Relative days: 昨日/昨天 (yesterday, −1), 前日/前天 (−2), 今日/今天/当天 (0). */
export const RELATIVE_DAY = /昨日|昨天|前日|前天|今日|今天/;
export const RELATIVE_OFFSET: Readonly<Record<string, number>> = { 昨日: -1, 昨天: -1, 前日: -2, 前天: -2, 今日: 0, 今天: 0 };

/**
 * A year tied to the current period in the story's own sentence: `2024年第三季度`, `2024年三季度`,
 * `2024年上半年`, `2024年前三季度`. Group `y` and `q` (quarter digit or Chinese numeral) / `half`.
 */
/**
 * An edition year opening an event's name in the story's sentence: `2025合肥卫星互联网产业生态大会`,
 * `2024中国国际数字经济博览会` — four digits glued to the name (no 年, no measure word: 2025款, 2024届),
 * the name ending within 30 characters in a meeting or fair word (大会, 论坛, 峰会, 博览会, 展览会,
 * 交易会, 年会, 洽谈会, 推介会, 发布会, 大赛, 活动周).
 */
export const EDITION_YEAR = /(?<![\d.])(?<y>(?:19|20)\d{2})(?=[\u4e00-\u9fff])(?![年款届版号期元万亿个家名位多余件台套吨米亩])[^，。；！？,;]{2,30}?(?:大会|论坛|峰会|博览会|展览会|交易会|年会|洽谈会|推介会|发布会|大赛|活动周)/;
export const PERIOD_YEAR = /(?<y>(?:19|20)\d{2})年(?:第?(?<q>[一二三四1-4])季度|前(?<qq>[二三])季度|(?<half>[上下])半年)/;

/**
 * A byline line under the headline: outlet, a writer role, names — `产业经济观察网 研究员 许文博`,
 * `某某报 记者 张三 李四`. Roles: 研究员 (researcher), 分析师 (analyst), 记者, 作者, 撰稿人, 评论员.
 */
export const BYLINE_LINE =
  /^\s*(?<outlet>[\u4e00-\u9fa5A-Za-z]{2,16}?(?:网|报|社|台|研究院|研究所|研究中心|智库|杂志|周刊|客户端|融媒|传媒))\s+(?:首席|特约|高级)?(?:研究员|分析师|记者|作者|撰稿人|评论员)\s*[:：]?\s*(?<names>[\u4e00-\u9fa5]{2,4}(?:[\s、]+[\u4e00-\u9fa5]{2,4}){0,3})\s*$/u;

/**
 * A share page's byline line under the headline: outlet, publish date and time, and the province the
 * account posted from — `赣南日报  2025-07-15 08:30  发表于江西` (发表于 + a place is optional).
 * Groups `outlet`, `time`.
 */
export const SHARE_BYLINE_LINE =
  /^\s*(?<outlet>[\u4e00-\u9fa5A-Za-z]{2,16}?(?:网|报|社|台|客户端|融媒|传媒|新闻))\s+(?<time>(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)(?:\s+发表于[\u4e00-\u9fa5]{2,4})?\s*$/u;

/** How many lines from the top a byline line may stand. */
export const BYLINE_LINES = 3;
