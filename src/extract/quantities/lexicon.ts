/**
 * Named patterns and word lists of the quantities stage. Each says what it catches.
 */

/** Qualifiers written before a number: 将近/接近/近 (nearly), 超过/超/逾/突破 (over), 不超过 (at most), 多达/高达 (as many as), 约 (about), 不到/不足 (under). */
export const QUALIFIER_BEFORE = '将近|接近|不超过|超过|突破|多达|高达|不到|不足|近|约|超|逾';

// Units of measure and classifiers, longest first where one is a prefix of another.
// 个国家和地区 is read as 个 + the noun 国家和地区 (seeds.json counts countries with unit 个).
const UNITS = [
  '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '千瓦', '兆瓦时', '兆瓦', '吉瓦时', '吉瓦', '公顷', '公里', '千米',
  '美元', '欧元', '元',
  '人次', '锭', '吨', '亩', '家', '个', '项', '座', '所', '条', '台', '辆', '户', '名', '位', '种', '款', '套',
  '件', '块', '片', '只', '头', '株', '艘', '架', '张', '间', '栋', '米', '人',
  'GWh', 'MWh', 'kWh', 'GW', 'MW', 'kW', '%', '％', '列',
];
// 列 counts trains (开行中欧班列210列).

/**
 * A header cell of a table flattened to lines: a column name and its unit in brackets — 营业收入(亿元),
 * 同比增长(%), 产值（万元）. Groups: name, unit (with its scale 万/亿 …).
 */
export const TABLE_HEADER_CELL = new RegExp(
  `^(?<name>[^\\d\\s()（）:：，,。]{2,12})[(（](?<unit>(?:万亿|千万|百万|万|亿)?(?:${UNITS.join('|')}))[)）]$`,
);

/** A table cell that holds a figure: its leading number (412.6 in 412.6, 8.1 in a noisy 8.1_). */
export const TABLE_NUMBER_CELL = /^\d+(?:\.\d+)?/;

/**
 * One quantity: optional qualifier, a number (Arabic or Chinese, or a range 3至5 / 3—5), an
 * optional 多/余 (more than), an optional scale 万/亿/万亿/千万/百万 kept in the unit, the unit,
 * and an optional 以上/左右/多 after it.
 * Groups: q (qualifier), n (number), x (range max), a / b (多 余), s (scale), u (unit), p (after).
 */
export const QUANTITY = new RegExp(
  // Fail fast: a figure starts with a qualifier or a numeral (万 for 近万家).
  `(?=(?:${QUALIFIER_BEFORE})?[\\d零〇一二两三四五六七八九十百千万])` +
    `(?<q>${QUALIFIER_BEFORE})?` +
    `(?:(?<n>\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)` +
    `(?:(?:至|到|—|–|~|～|－|-)(?<x>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+))?)?` +
    `(?<a>多|余)?(?<s>万亿|千万|百万|万|亿)?(?<b>多|余)?` +
    `(?<u>${UNITS.join('|')})(?![A-Za-z])` +
    `(?<p>以上|左右)?`,
  'g',
);

/** A character before an Arabic number that makes it part of a code, model or phone number (A-1, 5G, 0731-). */
export const CODE_BEFORE = /[A-Za-z0-9.\-_/:#]/;

/** Characters before a Chinese numeral that make it part of a word: 第一 (ordinal), 之一, 统一, 唯一, 万一, 每一, 逐一, 单一, 同一, 初一, 周一, 星期一. */
export const WORD_BEFORE_CN = /[第之统唯万每逐单同初周期届]/;

/** Characters before 均 that make it the end of a word, not "each": 亩均 (per mu), 人均, 户均, 平均, 日均, 月均, 年均. */
export const WORD_BEFORE_JUN = /[亩人户平日月年]/;

/** Characters before 约 that make it the end of a word, not "about": 签约 (sign), 节约, 制约, 预约, 合约, 履约, 违约, 特约, 邀约, 相约, 公约, 条约, 践约, 赴约. */
export const WORD_BEFORE_YUE = /[签节制预合履违特邀相公条践赴]/;

/**
 * Before a figure counted in 位: a rank or a move in a ranking, not a count of people — 排名较上季度上升5位,
 * 排名后五位 (the clause names 排名/排位/名次/位次/位列, or 前/后 stands right before the figure).
 */
export const RANK_BEFORE = /(?:排名|排位|名次|位次|位列)[^，,。；;：:]*$|[前后]$/;

/** Classifier units, after which a noun phrase can name what is counted (2家国家级示范区). */
export const CLASSIFIERS = new Set(['家', '个', '项', '座', '所', '条', '台', '辆', '户', '名', '位', '种', '款', '套', '件', '块', '片', '只', '头', '株', '艘', '架', '张', '间', '栋']);

/**
 * A noun phrase right after a classifier, up to the first head noun that ends it:
 * 企业 (enterprises), 公司, 项目 (projects), 国家和地区 (countries and regions), 示范区 (demonstration
 * zones), 园区/产业园 (parks), 基地 (bases), 平台 (platforms), 中心 (centres), 集群 (clusters),
 * 单位 (member units), 机构 (institutions), 高校/院校 (universities), 展位 (booths), 品牌 (brands),
 * 产品 (products), 标准 (standards), 专利 (patents), 工厂, 生产线/产线 (lines), 加氢站/站 (stations),
 * 展区 (exhibition areas), a short name ending in 企 (茶企, 车企, 药企), market players (经营主体, 市场主体, 商户,
 * 商家, 参展商, 采购商, 客商), people (嘉宾, 代表, 专家, 院士, 人才, 主播, 员工, 职工, 工人, 学员, 农户),
 * 合作社, 协会/商会, 门店/网点, 银行/金融机构 (banks). The first head not used as a modifier (国家级, 标准化) ends the phrase.
 */
export const NOUN_AFTER =
  /^[^\s\d，,。；;：:、（）()“”"！？!?]{0,14}?(?:企业|公司|项目|国家和地区|国家|示范区|产业园|园区|基地|平台|中心|集群|单位|机构|实验室|研究院|高校|院校|展位|展区|品牌|产品|标准|专利|工厂|生产线|产线|站|企|经营主体|市场主体|商户|商家|参展商|展商|采购商|客商|嘉宾|代表|专家|院士|人才|主播|员工|职工|工人|学员|农户|合作社|协会|商会|门店|网点|银行|金融机构)(?![级化业])/;

/** Clause boundaries for the noun phrase before a number: punctuation, quotes, brackets, spaces and line breaks (headline parts); not 、, which joins nouns (无人机、通用航空及配套企业). */
export const CLAUSE_BOUNDARY = /[\s，,。；;：:！？!?（）()“”"《》【】\[\]]/;

/**
 * Words between a metric and its number, stripped from the end of the noun phrase, longest first:
 * verbs of reaching (达到, 达, 提高到, 增至: a level, not a change), totals (共, 累计, 合计), comparisons (比上年),
 * modal/aspect words (已, 将, 可达), the qualifiers when written apart, and 均 (each: 年销售收入均超过百亿元).
 */
export const TRAILING = [
  '最高不超过', '最高', '首次', '的', '连续两年', '连续三年', '连续多年', '比上年', '比去年', '较上年', '较去年',
  '提高到', '提升到', '增加到', '增长到', '下降到', '降低到', '增至', '降至', '达到', '已达', '可达', '达',
  '共计', '合计', '累计', '共有', '共', '约为', '为', '是', '已', '将', '有',
  '超过', '突破', '超', '逾', '近', '约', '均',
];

/**
 * A sentence that sets targets or gives directives before the figure: 要 (must) opening a clause or
 * after a speech verb (not 高要区, 主要, 要求, 要素, 要点), 力争 (strive to), 确保 (ensure), 争取 (aim to),
 * 将给予/最高给予 (an offered reward), 将设立/将新建/将投入/将安排 (a plan: 将设立总规模100亿元的基金),
 * 预期目标/主要目标/目标是 (a work report's targets: 主要预期目标是:地区生产总值增长6%左右).
 * Its figures are goals, not facts.
 */
export const TARGET = /(?:^|[，,；;：:\s]|强调|指出|表示|提出)\s*要(?![求素点])|力争|确保|争取|将给予|最高给予|给予最高|将(?:设立|新建|投入|安排|建设)|预期目标|主要目标|目标是/;

/**
 * A deadline opening a clause: 到2027年 / 到2030年底 (by the year …), the form of a plan's targets
 * (到2027年,全市…营业收入突破3000亿元). Group 1 is the year; it sets targets only when later than the story's year.
 */
export const BY_YEAR = /(?:^|[，,；;：:\s])(?:到|至)((?:19|20)\d{2})年/g;

/**
 * Words that open a noun phrase: everything up to their last occurrence is cut. Time words
 * (去年 last year, 今年 this year, 2023年, 一季度, 1至11月), totalizers (全市 the whole city, 全区, 当地 local, 其中
 * among them), verbs of having or gathering (现有 now has, 已集聚, 聚集, 拥有, 已有), of producing
 * (实现 achieved), project-phase words (建成后 once built, 达产后 at full capacity, 预计 expected) and
 * demonstratives (此次, 本次, 该项目/该镇/该生产线, 本届…会 this session of the fair), settings (期间 during,
 * 现场 on site), targets (确保, 力争), 按 (according to), verbs of fostering and bringing in (培育, 引进; not
 * 引进项目 nor 新引进风电装备项目, nouns as 新签约…项目 is), of having (建有 中试线8条), of providing (向企业提供意向授信800亿元 → 意向授信), of marking (标出缺失和薄弱环节12个); scopes 集群内, 园区内 as 区内. A word that would leave nothing is not cut.
 */
export const OPENERS = new RegExp(
  [
    '\\d{4}年', '\\d+(?:至|-|—)\\d+月', '\\d+月份?', '[上下]半年', '前?[一二三四]季度', '今年以来', '近年来',
    '去年', '今年', '前年', '上年', '年内', '目前', '当前', '截至',
    '全[市区县省州旗国盟镇乡]', '当地', '其中', '区内', '市内', '省内', '县内', '集群内', '园区内',
    '据统计', '据介绍', '据了解',
    '现有', '已有', '拥有', '共有', '已集聚', '集聚', '聚集', '汇聚', '集中', '新入驻', '培育', '引进(?![^，,。；;]{0,10}?项目)', '建有',
    '实现', '完成', '建成后', '达产后可', '达产后', '投产后', '每年可', '每年', '预计', '自主研发', '规划建设', '配套建设', '推广', '已建成', '建成',
    '的', '新落地', '落地', '项目(?=总?投资)', '博览会', '博会', '展会', '大会', '联盟',
    '已形成', '形成', '已入驻', '开通', '设置', '确保', '力争', '全年', '期间', '现场', '按', '共',
    '本届[^，,。]{0,5}?会', '此次', '本次', '本批', '本届', '该(?:项目|镇|乡|村|县|市|区|园区?|公司|企业|基地|生产线|集团)', '带动', '吸引了', '吸引', '提供', '标出', '标注', '来自', '制定', '新申报', '申报',
  ].join('|'),
  'g',
);

/** A four-digit year written in the sentence (2025年). */
export const YEAR = /(?<!\d)((?:19|20)\d{2})年(?![0-9]|代)/g;

/** Relative years: 去年 (last year), 今年 (this year), 前年 (the year before last). */
export const RELATIVE_YEAR: Readonly<Record<string, number>> = Object.freeze({ 前年: -2, 去年: -1, 上年: -1, 今年: 0 });

/**
 * A short line heading a block of links: 相关阅读/相关新闻/相关 (related), 推荐阅读 (recommended),
 * 延伸阅读 (further reading), 热门/热点 (popular), 猜你喜欢 (you may like), 更多 (more). Lines after
 * it are skipped until one that has a full stop 。 (story text again).
 */
export const RELATED_HEADER = /^[^。]{0,4}(?:相关|推荐阅读|延伸阅读|热门|热点|猜你喜欢|更多)[^。]{0,8}$/;

/** A line with no clause punctuation: a headline, a menu item, a related-article link. */
export const HEADLINE_LINE = /^[^，,。；;！？!?]{1,60}$/;
