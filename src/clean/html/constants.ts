/**
 * Lexicons of the HTML stage: which elements never hold content, which break lines, and the
 * class/id hints (English and pinyin abbreviations used by Chinese CMSs) that mark non-content blocks.
 */

/** Elements whose whole subtree is never text: removed with reason `html:<tag>`. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'template', 'object', 'embed', 'canvas', 'video', 'audio',
  'map', 'select', 'textarea', 'button', 'input', 'form', 'head',
]);

/** Elements that start a new line of text (HTML "block" and line-breaking elements). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

/** Semantic elements that are never the story, by tag name → reason. */
export const BOILERPLATE_TAGS: Readonly<Record<string, string>> = {
  nav: 'html:nav',
  header: 'html:header',
  footer: 'html:footer',
  aside: 'html:aside',
};

/**
 * Class/id hints → removal reason. Each pattern is tested against the lower-cased class and id
 * tokens (split at spaces, `_` and `-`) one token at a time, anchored, so `ad` does not hit `header`.
 */
export const BOILERPLATE_HINTS: readonly { readonly reason: string; readonly token: RegExp }[] = [
  // Menus and "you are here" bars: nav, menu, breadcrumb; dqwz = 当前位置 (current position), weizhi = 位置, daohang = 导航 (navigation).
  { reason: 'html:nav', token: /^(?:nav|navbar|navigation|menu|submenu|breadcrumbs?|crumbs?|position|location|dqwz|weizhi|wz|daohang|dh|sitenav|topnav|mainnav)$/ },
  // Page head with logo and search: header, topbar, logo; sousuo = 搜索 (search).
  { reason: 'html:header', token: /^(?:header|masthead|topbar|toolbar|logo|search|sousuo|login)$/ },
  // Page foot: footer, copyright; bq / banquan = 版权 (copyright), dibu = 底部 (bottom).
  { reason: 'html:footer', token: /^(?:footer|foot|copyright|bq|banquan|dibu|bottom)$/ },
  // Side columns: sidebar, aside; bianlan = 边栏 (sidebar).
  { reason: 'html:aside', token: /^(?:sidebar|side|aside|bianlan|rightbar|leftbar)$/ },
  // Share bars: share, bdshare (Baidu share), jiathis, bshare; fenxiang / fx = 分享 (share).
  { reason: 'html:share', token: /^(?:share|sharebar|bdshare|bdsharebuttonbox|jiathis|bshare|fenxiang|fx|social)$/ },
  // Comment boxes: comment(s), reply; pinglun / pl = 评论 (comments), liuyan = 留言 (messages).
  { reason: 'html:comment-box', token: /^(?:comments?|reply|replies|pinglun|pl|liuyan|gentie)$/ },
  // Related and recommended lists: xgxw = 相关新闻, xgwz = 相关文章, xgyd = 相关阅读, tuijian = 推荐 (recommend), rdph / paihang = 热点排行 (ranking).
  { reason: 'html:related', token: /^(?:related|relate|relatednews|recommend|recommended|xgxw|xgwz|xgyd|xglj|tuijian|tj|hot|hotnews|rank|ranking|paihang|rdph|more|morenews)$/ },
  // Advertising: ad, ads, advert, banner; gg / guanggao = 广告 (advertisement).
  { reason: 'html:ad', token: /^(?:ad|ads|adv|advert|advertisement|banner|gg|guanggao|sponsor)$/ },
];

/**
 * Separators between an article title and the site name in `<title>`: `_`, `|`, `｜` (U+FF5C),
 * a dash with spaces around it, a doubled dash (`--`, `——` U+2014), or a single dash not inside a
 * number or word (so `2023-2025年` and `COVID-19` stay whole).
 */
export const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-—–]+\s+|[-—–]{2,}|(?<![0-9A-Za-z])[-–](?![0-9A-Za-z])/;

/** Meta tags (name/property/itemprop, lower-cased) that give the publishing time. */
export const PUBLISHED_META: readonly string[] = [
  'article:published_time', 'pubdate', 'publishdate', 'publish_date', 'publishtime', 'og:release_date', 'datepublished', 'firstpublishedtime',
];

/**
 * Meta tags kept in `meta.fields`, lower-cased name → field name. Field names are the Chinese
 * labels the metadata stage reads from info bars (来源 source, 作者 author, …), so a page's
 * declared source can stand in for a missing 来源 line. ArticleTitle, SiteName, ContentSource and
 * ColumnName are the Chinese government-portal (政府网站) set.
 */
export const FIELD_META: Readonly<Record<string, string>> = {
  keywords: '关键词',
  description: '摘要',
  author: '作者',
  source: '来源',
  contentsource: '来源',
  sitename: '网站',
  'og:site_name': '网站',
  columnname: '栏目',
  articletitle: '文章标题',
  'og:url': '网址',
};

/** Sentence punctuation of running prose: ，。；！？、：“” (full-width). Dense in stories, rare in menus. */
export const PROSE_PUNCTUATION: ReadonlySet<number> = new Set([...'，。；！？、：“”'].map((c) => c.codePointAt(0)!));

/** A container scoring below this is not a story: fall back to all visible text. */
export const MIN_CONTENT_SCORE = 40;

/** Descend into a child while it holds at least this share of its parent's content score. */
export const DESCEND_SHARE = 0.7;
