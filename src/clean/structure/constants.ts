/**
 * clean/structure/constants: lexicons and patterns of site boilerplate.
 * Everything here runs on normalized text (Simplified, half-width ASCII, `\n` breaks), but colons
 * are matched in both forms (: and the kept Chinese "：").
 */

/** A colon, ASCII or Chinese full-width "：". */
export const COLON = '[:：]';

/** Breadcrumb separators: `>`, `›` (U+203A), `»` (U+00BB), `→`, `/` between spaced items. */
export const BREADCRUMB_SEP = /\s*(?:>|›|»|→|>>)\s*/g;

/** Breadcrumb openers: 首页 (home), 当前位置 (current position), 您的位置/你的位置 (your position), 位置. */
export const BREADCRUMB_HEAD = /^\s*(?:首页|主页|网站首页|当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\s*[:：>›»]?/;

/**
 * Info-bar labels (each followed by a colon): 发布时间/发布日期/发表时间/时间/日期 (publish time),
 * 来源 (source), 作者 (author), 关注度/浏览/浏览次数/点击/点击数/阅读/阅读量/访问量 (view counts),
 * 文章来源, 信息来源. (字体/字号 font-size switches are share-bar words, not fields.)
 * Spaces between the characters are allowed at match time (`发 布 时 间`).
 */
export const INFO_LABELS = [
  '发布时间', '发布日期', '发表时间', '更新时间', '时间', '日期', '文章来源', '信息来源', '来源', '作者',
  '关注度', '浏览次数', '浏览量', '浏览', '点击数', '点击量', '点击', '阅读量', '阅读数', '阅读', '访问量',
] as const;

/** Labels of editorial credits: 责任编辑/责编 (editor in charge), 编辑, 审核 (review), 校对 (proofing),
 * 记者 (reporter), 通讯员 (correspondent), 摄影 (photographer), 实习生 (intern), 监制, 终审, 初审, 复审. */
export const CREDIT_LABELS = [
  '责任编辑', '责编', '编辑', '审核', '终审', '初审', '复审', '校对', '监制', '记者', '通讯员', '摄影', '实习生',
] as const;

/** Count-like info fields (values are digits): 关注度, 浏览…, 点击…, 阅读…, 访问量. */
export const COUNT_LABELS = /^(?:关注度|浏览|浏览次数|浏览量|点击|点击数|点击量|阅读|阅读量|阅读数|访问量)$/;

/** A publish date-time value: `2026-01-25 13:43`, `2026/1/25`, `2026年01月25日 13:43:05`. */
export const DATE_VALUE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;

/**
 * Share/print/tool words: 分享到 (share to), 转发 (forward), 收藏 (bookmark), 打印 (print),
 * 评论 (comment), 关闭窗口 (close window), 微信/微博/QQ空间 (social sites), 字体 大 中 小 (font size),
 * 复制链接 (copy link), 扫一扫 (scan), 点赞 (like), 推荐 (recommend), 纠错 (report an error).
 * Matched with spaces removed; a line mostly made of these is a share bar.
 */
export const SHARE_WORDS =
  /分享到|分享|转发|收藏|打印本页|打印|评论|关闭窗口|关闭|微信朋友圈|朋友圈|微信|微博|QQ空间|QQ|复制链接|扫一扫|点赞|推荐|纠错|字体|字号|[大中小]|默认|返回顶部|[【】\[\]|/:：>\d]/g;

/** A line that is only a comment counter or comment header: 网友评论, 发表评论, 我要评论, 0评论, 12条评论, 评论(3). */
export const COMMENT_LINE = /^\s*(?:网友评论|发表评论|我要评论|查看评论|全部评论|热门评论|最新评论|评论|\d+\s*条?\s*评论|评论\s*[(\[]?\s*\d+\s*[)\]]?|已有\s*\d+\s*人(?:参与|评论))\s*[:：]?\s*$/;

/** Comment-box disclaimer: 网友评论仅供其表达个人看法 (comments only express the user's view), 并不表明…同意其观点. */
export const COMMENT_DISCLAIMER = /网友评论仅供|仅供其表达个人看法|并不表明.{0,12}同意其观点|文明上网.{0,4}理性发言|请遵守.{0,10}(?:法律法规|互联网)/;

/**
 * Strong disclaimer phrases (one is enough): 本网站所登载 (content carried by this site), 本网原创之作品,
 * 不生产、不制造新闻 (we do not make news), 新闻索引服务, 不代表本网观点/立场 (not this site's view),
 * 仅代表作者(本人)观点, 转载请注明出处, 如有侵权/侵犯 (on infringement), 免责声明, 版权归原作者,
 * 凡本网注明, 本站不承担, 未经授权不得转载.
 */
export const DISCLAIMER_STRONG =
  /本网站所登载|本网站所刊载|本网原创之作品|本网原创|不生产、?不制造新闻|新闻索引服务|不代表本(?:网|站)(?:的)?(?:观点|立场)|仅代表作者(?:本人)?(?:个人)?观点|转载请注明(?:出处|来源)|如有侵权|如有侵犯|免责声明|版权归原作者|凡本网注明|本站不承担|未经(?:本网)?授权不得转载|请及时与我们联系|立即删除|予以删除/;

/** A line opening with 声明 (statement) or 特别声明 / 郑重声明 and a colon. */
export const DISCLAIMER_HEAD = /^\s*[※*]?\s*(?:特别|郑重|版权|免责)?声明\s*[:：]/;

/** Weak disclaimer words (need several, near the end): 版权, 转载, 侵权, 本网, 本站, 删除, 出处, 原创, 联系. */
export const DISCLAIMER_WEAK = /版权|转载|侵权|本网|本站|删除|出处|原创|联系/g;

/** Copyright footer: 版权所有 (all rights reserved), Copyright, ©, ICP备/ICP证 (site licence), 公网安备 (police record). */
export const COPYRIGHT = /版权所有|copyright|©|\(c\)\s*\d{4}|ICP备|ICP证|公网安备|网络传播视听节目许可证|增值电信业务/i;

/** Phone numbers: area code + number (`0731-86969961`, `010 12345678`) or a mobile number (`13812345678`), or 400/800 lines. */
export const PHONE = /(?<![\d.])(?:0\d{2,3}[- ]?\d{7,8}|1[3-9]\d{9}|[48]00[- ]?\d{3}[- ]?\d{4})(?![\d.])/g;

/** E-mail addresses. */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Contact labels: 联系电话/电话/热线/邮箱/传真/地址/联系人/联系方式, 有关作品版权事宜请联系. */
export const CONTACT_LABEL = /联系电话|联系方式|联系人|咨询电话|服务热线|热线|电话|手机|邮箱|E-?mail|传真|地址|邮编|QQ|版权事宜请联系|请联系/i;

/**
 * A line that is only a credit: optional ■●▲◆□ mark and bracket, optional 本报/全媒体/融媒 prefix,
 * a credit label (spaces allowed between its characters, as in `记 者`), optional colon, then names.
 * e.g. `■记 者 叶 列`, `(责任编辑:张三)`, `本报记者 王五 通讯员 赵六`, `(记者 张三 摄)`.
 */
export const CREDIT_LINE =
  /^\s*[■●▲◆□◇★☆]?\s*[(（\[【]?\s*(?:(?:本报|本台|本网|全媒体|全媒|融媒体|融媒|特约|见习|实习)\s*)?(?:责\s*任\s*编\s*辑|责\s*编|编\s*辑|审\s*核|终\s*审|初\s*审|复\s*审|校\s*对|监\s*制|记\s*者|通\s*讯\s*员|摄\s*影|实\s*习\s*生|作\s*者)\s*[:：]?\s*[\u4e00-\u9fa5·\s、,，:：|/]{1,40}?\s*(?:摄|报道|文)?\s*[)）\]】]?\s*$/;

/** Navigation lines: 返回首页, 上一篇/下一篇 (previous/next), 返回顶部, 关闭窗口, 打印本页, 查看更多, 更多>>, 点击进入, 进入专题. */
export const NAVIGATION = /^\s*[【\[]?\s*(?:返回首页|返回列表|返回顶部|返回|上一篇|下一篇|上一条|下一条|关闭窗口|打印本页|查看更多|更多|点击进入|进入专题|查看原文|阅读原文|相关链接)\s*[】\]]?\s*(?:[:：>»].{0,40})?\s*$/;

/** Headers of related-article lists: 相关阅读/新闻/文章/链接/报道/推荐, 推荐阅读, 延伸阅读, 热点推荐, 猜你喜欢, 热门文章, 更多新闻. */
export const RELATED_HEADER =
  /^\s*[【\[]?\s*(?:相关(?:阅读|新闻|文章|链接|报道|推荐|资讯)|推荐阅读|延伸阅读|热点推荐|热点新闻|热门(?:文章|推荐|新闻)|猜你喜欢|更多(?:新闻|精彩|资讯)|精彩推荐|往期回顾|图片新闻|最新(?:文章|资讯))\s*[】\]]?\s*[:：]?\s*$/;

/** A bulleted list item: `- `, `·`, `•`, `●`, `◆`, `▪`, `▶`, `>` at line start. */
export const BULLET_ITEM = /^\s*[-·•●◆▪▶►]\s*\S/;

/** A "read more" tail: `[详细]`, `[详情]`, `[更多]`, `[全文]`, `>>`, `…[详细]`. */
export const MORE_LINK = /(?:\[(?:详细|详情|更多|全文|查看)\]|>>|»)\s*$/;

/** `Outlet: headline` (`前瞻产业研究院:2024年…`): a 2–12 character label, a colon, a short headline. */
export const LABELLED_HEADLINE = /^\s*([\u4e00-\u9fa5A-Za-z0-9]{2,12})\s*[:：]\s*\S.{3,70}$/u;

/** Labels that open ordinary document lines, never related-list items: field labels, and ordinals
 * of a body list (一是/二是, 第一, 其一, 首先 …) or its headings (目标, 任务, 措施, 重点). */
export const NOT_OUTLET_LABEL =
  /^(?:摘要|导读|提要|内容提要|核心提示|来源|作者|编辑|记者|通讯员|时间|日期|地址|电话|备注|注|附件|标题|关键词|声明)$|^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十\d]+|其[一二三四五六七八九十]|首先|其次|再次|最后|目标|任务|措施|重点)/;

/** Lead labels: 导读, 摘要, 内容提要, 核心提示, 提要, 编者按 (editor's note), optionally in 【】. */
export const LEAD_LABEL = /^\s*[【\[]?\s*(?:导读|摘要|内容提要|核心提示|提要|内容摘要)\s*[】\]]?\s*[:：]?\s*/;

/**
 * Advertisement words: 欢迎参观/莅临/光临 (welcome to visit), 诚邀 (invite), 展览会/博览会/交易会/展会
 * (fairs), 报名 (sign up), 招商热线, 订阅, 广告, 扫码/二维码 (QR code), 关注公众号 (follow account), 敬请期待.
 */
export const AD_WORDS = /欢迎参观|欢迎莅临|欢迎光临|诚邀|展览会|博览会|交易会|展销会|报名|招商热线|订阅|广告|扫码|二维码|关注公众号|敬请期待|抢购|优惠/g;

/** An event date range: `2021.5.19-22`, `2021年5月19日-22日`, `2021/5/19~5/22`. */
export const AD_DATE_RANGE = /\d{4}\s*[./年]\s*\d{1,2}\s*[./月]\s*\d{1,2}\s*日?\s*[-~—至–]+\s*\d{1,2}/;

/** A line that is only a full date (`2024年5月20日`): a notice's signature date, never an advertisement's. */
export const SIGNATURE_DATE_LINE = /^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;

/** A bare 4-digit year (20xx / 19xx) in a short line. */
export const YEAR = /(?:19|20)\d{2}/;

/** Venues: 会展中心, 博览中心, 展览中心, 国际会议中心, 展览馆, 体育馆/体育中心, 大酒店. */
export const VENUE = /会展中心|博览中心|展览中心|会议中心|展览馆|体育馆|体育中心|大酒店|国际会展/;

/** Sentence punctuation (Chinese and ASCII) used to tell body sentences from short labels. */
export const SENTENCE_PUNCT = /[，。；！？,;!?]/g;

/** Body-sentence end: 。！？ (and the ASCII forms) at the end of a line. */
export const SENTENCE_END = /[。！？!?]\s*$/;
