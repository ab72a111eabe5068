/**
 * clean/structure/signals: which boilerplate scorers can fire on a line, from one scan of its
 * characters. Every scorer needs a match of its patterns, and every match holds at least one of a
 * few characters (its *triggers*, listed below beside the patterns they come from); a line holding
 * none of a scorer's triggers cannot score, so the scorer's regexes need not run. One table lookup
 * per character replaces a dozen regex scans of each line.
 *
 * Keep the triggers in step with the patterns in `constants.ts` and `classify.ts`: a pattern that
 * gains an alternative without one of its scorer's triggers must add a trigger here
 * (`signals.test.ts` checks the lexicons' words against the table).
 */
import { SENTENCE_PUNCT } from './constants.ts';
import { isJsSpace } from '../../text/space.ts';

/** Signal bits of a line. */
export const SIG = Object.freeze({
  comment: 1 << 0,
  editor: 1 << 1,
  navigation: 1 << 2,
  related: 1 << 3,
  breadcrumb: 1 << 4,
  infoLabel: 1 << 5,
  colon: 1 << 6,
  share: 1 << 7,
  disclaimer: 1 << 8,
  copyright: 1 << 9,
  contact: 1 << 10,
});

/**
 * Trigger characters of each signal, and where they come from:
 * - comment: COMMENT_LINE (评论, 已有…人参与) and COMMENT_DISCLAIMER (网友评论仅供, 仅供其表达个人看法,
 *   并不表明…同意其观点, 文明上网…理性发言, 请遵守…).
 * - editor: the labels of CREDIT_LINE (责任编辑, 责编, 编辑, 审核, 终审, 初审, 复审, 校对, 监制, 记者,
 *   通讯员, 摄影, 实习生, 作者).
 * - navigation: NAVIGATION (返回…, 上一篇/下一条…, 关闭窗口, 打印本页, 查看更多, 更多, 点击进入,
 *   进入专题, 查看原文, 阅读原文, 相关链接).
 * - related: RELATED_HEADER (相关…, 推荐阅读, 延伸阅读, 热点/热门…, 猜你喜欢, 更多…, 精彩推荐,
 *   往期回顾, 图片新闻, 最新…).
 * - breadcrumb: the separators of BREADCRUMB_SEP (> › » →).
 * - infoLabel + colon: INFO_LABELS (…时间, …日期, …来源, 作者, 关注度, 浏览…, 点击…, 阅读…, 访问量),
 *   each followed by a colon.
 * - share: the share words the share-bar scorer requires (分享, 转发, 收藏, 打印, 评论, 微信, 微博, QQ,
 *   关闭, 扫一扫, 点赞, 复制链接).
 * - disclaimer: DISCLAIMER_STRONG (本网站所登载…, 不制造新闻, 新闻索引服务, 不代表本网…, 仅代表作者…,
 *   转载请注明…, 如有侵权/侵犯, 免责声明, 版权归原作者, 凡本网注明, 本站不承担, 未经…授权不得转载,
 *   请及时与我们联系, 立即/予以删除), DISCLAIMER_HEAD (…声明:) and DISCLAIMER_WEAK (版权, 转载, 侵权,
 *   本网, 本站, 删除, 出处, 原创, 联系).
 * - copyright: COPYRIGHT, case-insensitive (版权所有, copyright, ©, (c) 2024, ICP备/证 (its C), 公网安备,
 *   网络传播视听节目许可证, 增值电信业务).
 * - contact: an e-mail's @ or 版权事宜请联系; phone numbers are told by their digit count (MIN_PHONE_DIGITS).
 */
const TRIGGERS: Readonly<Record<keyof typeof SIG, string>> = {
  comment: '评参仅并言遵',
  editor: '编审校监记讯摄习作',
  navigation: '返一关打看更击进阅链',
  related: '相推延热猜更精往图最',
  breadcrumb: '>›»→',
  infoLabel: '时期源作注浏击阅访',
  colon: ':：',
  share: '分转收打评微Q关扫赞复',
  disclaimer: '本造索仅转侵免版授联删声处原',
  copyright: '版cC©安视增',
  contact: '@版',
};

/** Fewest ASCII digits a PHONE match holds (`0xx` + 7 digits, `400` + 7, a 11-digit mobile number). */
export const MIN_PHONE_DIGITS = 10;

// The marks of SENTENCE_PUNCT (one code unit each): bit 15 of the table; what a regex `\s` matches: bit 14.
const PUNCT_BIT = 1 << 15;
const SPACE_BIT = 1 << 14;
const PUNCT = SENTENCE_PUNCT.source.slice(1, -1);

let table: Uint16Array | undefined;

/** The trigger table over the Basic Multilingual Plane, built once. */
function triggerTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (const [name, chars] of Object.entries(TRIGGERS)) {
    for (const c of chars) t[c.charCodeAt(0)]! |= SIG[name as keyof typeof SIG];
  }
  for (const c of PUNCT) t[c.charCodeAt(0)]! |= PUNCT_BIT;
  for (let c = 0; c < 0x10000; c++) if (isJsSpace(c)) t[c]! |= SPACE_BIT;
  table = t;
  return t;
}

// A line's signals are packed into one number (no object per line): the SIG bits in bits 0-15,
// the ASCII digit count (capped at 15) in bits 16-19, the punctuation count (capped at 2) in bits 20-21,
// the whitespace count (capped at MAX_SPACES) in bits 22-30.
const DIGITS_SHIFT = 16;
const PUNCT_SHIFT = 20;
const SPACES_SHIFT = 22;
const MAX_SPACES = 511;

/** The SIG bits of packed signals. */
export const signalBits = (signals: number): number => signals & 0xffff;
/** The ASCII digit count of packed signals, capped at 15. */
export const signalDigits = (signals: number): number => (signals >>> DIGITS_SHIFT) & 0xf;
/** The sentence punctuation count (SENTENCE_PUNCT) of packed signals, capped at 2. */
export const signalPunctuation = (signals: number): number => (signals >>> PUNCT_SHIFT) & 0x3;

/**
 * Length of a line without its whitespace (`text.replace(/\s+/g, '').length`) from its packed signals,
 * or undefined when the line had too many spaces to count.
 */
export function compactLength(text: string, signals: number): number | undefined {
  const spaces = (signals >>> SPACES_SHIFT) & MAX_SPACES;
  return spaces === MAX_SPACES ? undefined : text.length - spaces;
}

/**
 * Scan a line once for its signals (packed: read them with signalBits, signalDigits, signalPunctuation).
 * @example signalBits(lineSignals('发布时间: 2025-03-02')) & SIG.infoLabel // SIG.infoLabel
 */
export function lineSignals(text: string): number {
  const t = triggerTable();
  let bits = 0;
  let digits = 0;
  let punctuation = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    const b = t[c]!;
    if (b === 0) continue;
    bits |= b;
    if (b & PUNCT_BIT) punctuation++;
    if (b & SPACE_BIT) spaces++;
  }
  return (
    (bits & 0x3fff) | (Math.min(digits, 15) << DIGITS_SHIFT) | (Math.min(punctuation, 2) << PUNCT_SHIFT) |
    (Math.min(spaces, MAX_SPACES) << SPACES_SHIFT)
  );
}

/** Whether `s` holds at least two sentence punctuation marks, stopping at the second. */
export function hasTwoPunctuationMarks(s: string): boolean {
  const t = triggerTable();
  let n = 0;
  for (let i = 0; i < s.length; i++) if (t[s.charCodeAt(i)]! & PUNCT_BIT && ++n === 2) return true;
  return false;
}
