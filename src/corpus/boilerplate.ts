/**
 * corpus/boilerplate: the site furniture a crawler saves along with a news story, and the duplicated
 * blocks of careless page templates, added to a clean Simplified document (before any character noise).
 * Every piece is generated from templates written for this project, with seeded numbers and names.
 *
 * Kinds:
 *   breadcrumb          首页 > 十堰新闻 > <headline>
 *   info-bar            发布时间: 2024-07-21 07:30  关注度:216  评论  转发  收藏  打印 (a date only when the page has one)
 *   share-bar           分享到: 微信 微博 QQ空间
 *   comment-count       网友评论 / 0评论
 *   disclaimer          声明 / 版权 notes with a site address, phone and e-mail
 *   related-list        相关阅读: market-size headlines with big figures (traps for an extractor)
 *   advertisement       an expo advert with dates of another year and a phone number
 *   lead-duplicate      导读: repeating the first paragraph
 *   headline-duplicate  the headline block (摘要:headline + opening) printed before the story again
 */
import type { Rng } from './prng.ts';

/** Page metadata of a document (from its annotation's `page`). */
export interface PageMeta {
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url: string | null;
}

export type BoilerplateKind =
  | 'breadcrumb'
  | 'info-bar'
  | 'share-bar'
  | 'comment-count'
  | 'disclaimer'
  | 'related-list'
  | 'advertisement'
  | 'lead-duplicate'
  | 'headline-duplicate';

/** Probability of each boilerplate kind per document. */
export type BoilerplateOptions = Readonly<Record<BoilerplateKind, number>>;

/** Defaults: most pages carry some furniture, a few carry all of it. */
export const DEFAULT_BOILERPLATE: BoilerplateOptions = Object.freeze({
  breadcrumb: 0.5,
  'info-bar': 0.5,
  'share-bar': 0.35,
  'comment-count': 0.35,
  disclaimer: 0.4,
  'related-list': 0.35,
  advertisement: 0.2,
  'lead-duplicate': 0.2,
  'headline-duplicate': 0.12,
});

/** No boilerplate at all. */
export const NO_BOILERPLATE: BoilerplateOptions = Object.freeze({
  breadcrumb: 0,
  'info-bar': 0,
  'share-bar': 0,
  'comment-count': 0,
  disclaimer: 0,
  'related-list': 0,
  advertisement: 0,
  'lead-duplicate': 0,
  'headline-duplicate': 0,
});

// Channel names of news sites, for breadcrumbs (…新闻, 要闻, 产经 …).
const CHANNELS = ['新闻', '要闻', '本地新闻', '产经', '经济', '时政'];
const SHARE_BARS = ['分享到: 微信 微博 QQ空间', '分享:  微信  朋友圈  微博', '【打印本页】 【关闭窗口】 【我要纠错】'];
// Industries that related-article headlines talk about (market-size reports).
const RELATED_TOPICS = ['储能电池', '工业机器人', '智能网联汽车', '氢燃料电池', '碳纤维', '工业互联网', '光刻胶', '医疗影像', '预制菜', '人形机器人', '数据中心', '钠离子电池'];
const ANALYST_SURNAMES = ['周', '吴', '郑', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨', '朱'];
const ANALYST_GIVEN = ['明远', '思齐', '雨桐', '志豪', '嘉怡', '浩然', '静文', '子墨', '欣然', '俊杰'];
const DISCLAIMERS = [
  (site: string) => `声明:本站转载的新闻资讯均来源于互联网,${site}仅提供信息索引服务,不代表本站观点。如有侵权,请联系我们删除。`,
  (site: string) => `免责声明:${site}登载此文出于传递更多信息之目的,并不意味着赞同其观点或证实其描述。`,
  (site: string) => `版权所有:${site} 未经授权禁止转载、摘编、复制或建立镜像。`,
];

function siteName(page: PageMeta): string {
  return page.outlet ? `${page.outlet}网` : '本网';
}

/** Local part of a made-up phone number: area code and eight digits. */
function phone(rng: Rng): string {
  return `0${rng.int(10, 999)}-${rng.int(20000000, 89999999)}`;
}

function relatedList(rng: Rng, year: number): string[] {
  const lines = ['相关阅读'];
  const n = rng.int(3, 6);
  for (let i = 0; i < n; i++) {
    const who = rng.chance(0.5) ? '产业研究中心' : rng.pick(ANALYST_SURNAMES) + rng.pick(ANALYST_GIVEN);
    const topic = rng.pick(RELATED_TOPICS);
    const figure = rng.chance(0.5) ? `${rng.int(100, 19999)}亿元` : `${rng.int(2, 99)}.${rng.int(1, 9)}亿美元`;
    lines.push(`- ${who}:${year + rng.int(0, 2)}年中国${topic}行业市场规模将达到${figure}`);
  }
  return lines;
}

function advertisement(rng: Rng, year: number): string[] {
  const y = year - rng.int(1, 4);
  const m = rng.int(3, 11);
  const d = rng.int(1, 24);
  const topic = rng.pick(RELATED_TOPICS);
  return [`欢迎参观${y}中国国际${topic}博览会`, `${y}.${m}.${d}-${d + 3}`, `国际会展中心 咨询热线:${phone(rng)}`];
}

/** The year of the page, for boilerplate that must show a different one. */
function pageYear(page: PageMeta): number {
  const m = /^(\d{4})/.exec(page.published ?? '');
  return m ? Number(m[1]) : 2024;
}

/**
 * Wrap a clean document in site boilerplate and duplicated blocks.
 * @param text clean Simplified document; first line = headline, then paragraphs
 * @param page the page's metadata (an info bar shows a publish time only when `published` is known)
 * @param options probability of each kind
 * @param rng seeded generator
 * @returns the new text and the kinds applied
 */
export function addBoilerplate(
  text: string,
  page: PageMeta,
  options: BoilerplateOptions,
  rng: Rng,
): { text: string; kinds: BoilerplateKind[] } {
  const kinds: BoilerplateKind[] = [];
  const use = (k: BoilerplateKind): boolean => {
    const on = rng.chance(options[k]);
    if (on) kinds.push(k);
    return on;
  };
  const [headline = '', ...body] = text.split('\n');
  const paragraphs = body.filter((l) => l.trim() !== '');
  const year = pageYear(page);
  const top: string[] = [];
  const bottom: string[] = [];

  if (use('headline-duplicate') && paragraphs.length > 0) {
    const first = paragraphs[0]!;
    top.push(`摘要:${headline}`, first.slice(0, Math.max(20, Math.floor(first.length * 0.8))));
  }
  if (use('breadcrumb')) top.push(`首页 > ${page.outlet?.slice(0, 2) ?? '地方'}${rng.pick(CHANNELS)} > ${headline}`, '');
  top.push(headline);
  if (use('info-bar')) {
    const parts: string[] = [];
    if (page.published) {
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(page.published);
      if (m) parts.push(`发布时间: ${m[1]} ${m[2]}`);
    }
    if (page.outlet && rng.chance(0.5)) parts.push(`来源:${page.outlet}`);
    parts.push(`关注度:${rng.int(12, 9999)}`, '评 论', '转 发', '收 藏', '打 印');
    top.push('', parts.join('  '));
  }
  if (use('lead-duplicate') && paragraphs.length > 0) {
    // the lead repeats the opening paragraph without its dateline
    const first = paragraphs[0]!;
    const cut = first.indexOf(')');
    top.push(`导读:${cut > 0 && cut < 40 ? first.slice(cut + 1) : first}`, '');
  }

  if (use('share-bar')) bottom.push(rng.pick(SHARE_BARS));
  if (use('advertisement')) bottom.push(...advertisement(rng, year));
  if (use('related-list')) bottom.push(...relatedList(rng, year));
  if (use('comment-count')) bottom.push('网友评论', `${rng.chance(0.7) ? 0 : rng.int(1, 99)}评论`);
  if (use('disclaimer')) {
    bottom.push(rng.pick(DISCLAIMERS)(siteName(page)));
    if (rng.chance(0.5)) bottom.push(`联系电话:${phone(rng)} 邮箱:news${rng.int(1, 99)}@example.com`);
  }
  const spacer = top.length > 1 && rng.chance(0.5) ? [''] : [];
  return { text: [...top, ...spacer, ...body, ...bottom].join('\n'), kinds };
}
