/**
 * clean/structure/classify: score one line against each kind of site boilerplate.
 * Decisions rest on several signals (line length, sentence punctuation, lexicon hits, position in
 * the document), never on one keyword: a body sentence that mentions 评论 or 声明 scores low.
 */
import {
  CREDIT_LABELS, BREADCRUMB_HEAD, BREADCRUMB_SEP, COMMENT_DISCLAIMER, COMMENT_LINE, CONTACT_LABEL, COPYRIGHT, CREDIT_LINE,
  DISCLAIMER_HEAD, DISCLAIMER_STRONG, DISCLAIMER_WEAK, EMAIL, INFO_LABELS, NAVIGATION, PHONE, RELATED_HEADER,
  SHARE_WORDS,
} from './constants.ts';
import { isJsSpace } from '../../text/space.ts';
import { lineCore } from './residue.ts';
import { compactLength, hasTwoPunctuationMarks, lineSignals, MIN_PHONE_DIGITS, SIG, signalBits, signalDigits, signalPunctuation } from './signals.ts';

/** A boilerplate kind; the removal reason is `boilerplate:<kind>`. */
export type BoilerplateKind =
  | 'breadcrumb' | 'info-bar' | 'share-bar' | 'comment' | 'disclaimer' | 'related' | 'advertisement'
  | 'contact' | 'editor' | 'copyright' | 'navigation' | 'lead';

/** A line with the features the classifiers use. */
export interface LineInfo {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Trimmed length. */
  readonly length: number;
  /** Line index / line count (0 = first line, 1 = last). */
  readonly position: number;
  /** Long and punctuated like running prose. */
  readonly sentenceLike: boolean;
  /** Which scorers can fire (packed, `signals.ts`); 0 for lines longer than MAX_BOILERPLATE_LINE. */
  readonly signals: number;
}

/** Score at or above which a line is boilerplate. */
export const THRESHOLD = 3;

/** Lines longer than this are body paragraphs: no boilerplate line (disclaimers included) runs so long. */
export const MAX_BOILERPLATE_LINE = 300;

const spaced = (l: string) => [...l].join('\\s*');
// An info label followed by a colon, anywhere in the line (`发布时间:`, `来 源:`).
const INFO_LABEL_AT = new RegExp(`(?:${INFO_LABELS.map(spaced).join('|')})\\s*[:：]`, 'g');
// An info label opening the line (after an optional bracket).
const INFO_LABEL_START = new RegExp(`^\\s*[【\\[(]?\\s*(?:${INFO_LABELS.map(spaced).join('|')})\\s*[:：]`);

/** Build the features of a line. */
export function lineInfo(start: number, end: number, text: string, index: number, count: number): LineInfo {
  const length = text.trim().length;
  const position = count > 1 ? index / (count - 1) : 0;
  // A line too long to be boilerplate is never scored: its signals are not needed.
  if (length > MAX_BOILERPLATE_LINE) return { start, end, text, length, position, sentenceLike: hasTwoPunctuationMarks(text), signals: 0 };
  const signals = lineSignals(text);
  return { start, end, text, length, position, sentenceLike: length >= 50 && signalPunctuation(signals) >= 2, signals };
}

type Scorer = (l: LineInfo) => number;

/**
 * Whether `s` ends a sentence: 。！？!? before trailing whitespace only (SENTENCE_END, without a regex
 * scan of the whole line).
 */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isJsSpace(s.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f; // 。！？!?
}

/** Whether `s` without its whitespace (`s.replace(/\s+/g, '')`) is longer than `max`, without building it. */
function compactLengthOver(s: string, max: number): boolean {
  if (s.length <= max) return false;
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isJsSpace(s.charCodeAt(i)) && ++n > max) return true;
  return false;
}

const breadcrumb: Scorer = (l) => {
  if (l.length > 120) return 0;
  const parts = l.text.split(BREADCRUMB_SEP).filter((p) => p.trim());
  const seps = parts.length - 1;
  if (seps < 1 || l.length > 120) return 0;
  let s = BREADCRUMB_HEAD.test(l.text) ? 2 : 0;
  if (seps >= 2) s += 2;
  if (parts.slice(0, -1).every((p) => p.trim().length <= 12)) s += 1;
  if (l.position < 0.3) s += 1;
  return l.sentenceLike ? s - 3 : s;
};

const infoBar: Scorer = (l) => {
  if (l.length > 160) return 0;
  const labels = l.text.match(INFO_LABEL_AT)?.length ?? 0;
  if (labels === 0) return 0;
  let s = 2 * labels;
  if (INFO_LABEL_START.test(l.text)) s += 1;
  if (l.length < 100) s += 1;
  if (l.position < 0.3) s += 1;
  return l.sentenceLike ? s - 4 : s;
};

const shareBar: Scorer = (l) => {
  const known = compactLength(l.text, l.signals);
  if (known === undefined ? compactLengthOver(l.text, 60) : known > 60) return 0;
  const compact = l.text.replace(/\s+/g, '');
  if (!compact || compact.length > 60) return 0;
  const covered = compact.length - compact.replace(SHARE_WORDS, '').length;
  const share = covered / compact.length;
  // Needs at least one real share word, not only brackets or digits.
  if (!/分享|转发|收藏|打印|评论|微信|微博|QQ|关闭|扫一扫|点赞|复制链接/.test(compact)) return 0;
  return share >= 0.8 ? 4 : share >= 0.6 ? 3 : 0;
};

const comment: Scorer = (l) => {
  if (COMMENT_LINE.test(l.text)) return 4;
  if (l.length < 200 && COMMENT_DISCLAIMER.test(l.text)) return 4;
  return 0;
};

const disclaimer: Scorer = (l) => {
  let s = 0;
  if (DISCLAIMER_STRONG.test(l.text)) s += 3;
  if (DISCLAIMER_HEAD.test(l.text)) s += 3;
  const weak = l.text.match(DISCLAIMER_WEAK)?.length ?? 0;
  if (s === 0 && (weak < 3 || l.length > 200)) return 0;
  s += Math.min(weak, 2);
  if (l.position > 0.6) s += 1;
  return s;
};

const copyright: Scorer = (l) => (l.length < 160 && COPYRIGHT.test(l.text) ? (l.sentenceLike ? 3 : 4) : 0);

const contact: Scorer = (l) => {
  const hits = (l.text.match(PHONE)?.length ?? 0) + (l.text.match(EMAIL)?.length ?? 0);
  if (hits === 0 && !/版权事宜请联系/.test(l.text)) return 0;
  let s = Math.min(2 * hits, 4);
  if (CONTACT_LABEL.test(l.text)) s += 1;
  if (l.length < 80) s += 1;
  if (l.position > 0.6) s += 1;
  // A finished sentence giving a hotline is body text, unless it is the copyright contact line.
  if (endsSentence(l.text) && !/版权事宜请联系/.test(l.text)) s -= 3;
  return l.sentenceLike ? s - 4 : s;
};

// Any credit label, spaces allowed between its characters (`记 者`), and the words around names.
const CREDIT_LABEL_ANY = new RegExp(`${[...CREDIT_LABELS].sort((a, b) => b.length - a.length).map(spaced).join('|')}|作\\s*者`, 'g');
const CREDIT_NOISE = /[■●▲◆□◇★☆()（）\[\]【】:：]|本报|本台|本网|全媒体|全媒|融媒体|融媒|特约|见习|摄影?|报道|供图/g;

/** True when, credit labels and marks aside, only short name tokens remain (`王强 李丽`, `叶 列`). */
function onlyNames(text: string): boolean {
  const tokens = text.replace(CREDIT_LABEL_ANY, ' ').replace(CREDIT_NOISE, ' ').split(/[\s、,，|/]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => t.length <= 4);
}

const editor: Scorer = (l) =>
  l.length <= 50 && CREDIT_LINE.test(l.text) && !/[。！？]/.test(l.text) && onlyNames(l.text) ? 4 : 0;

const navigation: Scorer = (l) => (l.length <= 60 && NAVIGATION.test(l.text) ? 4 : 0);

// Read through the line's core: jammer residue glued before or after 相关阅读 hides no header (residue.ts).
const relatedHeader: Scorer = (l) => {
  if (RELATED_HEADER.test(l.text)) return 4;
  const core = lineCore(l.text);
  return core.start > 0 || core.end < l.text.length ? (RELATED_HEADER.test(l.text.slice(core.start, core.end)) ? 4 : 0) : 0;
};

/** Whether a line's signals hold all `bits`. */
const has = (bits: number) => (s: number) => (signalBits(s) & bits) === bits;

/**
 * The line scorers, in the order ties are broken, each behind its gate: a line whose signals fail
 * the gate cannot score (see `signals.ts`), so the scorer's regexes are not run on it.
 */
const SCORERS: readonly (readonly [BoilerplateKind, (signals: number) => boolean, Scorer])[] = [
  ['comment', has(SIG.comment), comment],
  ['editor', has(SIG.editor), editor],
  ['navigation', has(SIG.navigation), navigation],
  ['related', has(SIG.related), relatedHeader],
  ['breadcrumb', has(SIG.breadcrumb), breadcrumb],
  ['info-bar', has(SIG.infoLabel | SIG.colon), infoBar],
  ['share-bar', has(SIG.share), shareBar],
  ['disclaimer', has(SIG.disclaimer), disclaimer],
  ['copyright', has(SIG.copyright), copyright],
  ['contact', (s) => (signalBits(s) & SIG.contact) !== 0 || signalDigits(s) >= MIN_PHONE_DIGITS, contact],
];

/**
 * The most likely boilerplate kind of a line, or null when no score reaches THRESHOLD.
 * @example classifyLine(lineInfo(0, 5, '0评论', 9, 10)) // 'comment'
 */
export function classifyLine(l: LineInfo): BoilerplateKind | null {
  return classify(l, true);
}

/** classifyLine with every scorer run on every line: the reference its gates are tested against. */
export function classifyLineUngated(l: LineInfo): BoilerplateKind | null {
  return classify(l, false);
}

function classify(l: LineInfo, gated: boolean): BoilerplateKind | null {
  if (l.length === 0 || l.length > MAX_BOILERPLATE_LINE) return null;
  let best: BoilerplateKind | null = null;
  let bestScore = THRESHOLD - 1;
  for (const [kind, gate, score] of SCORERS) {
    if (gated && !gate(l.signals)) continue;
    const s = score(l);
    if (s > bestScore) {
      best = kind;
      bestScore = s;
    }
  }
  return best;
}
