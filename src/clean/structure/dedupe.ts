/**
 * clean/structure/dedupe: keep each paragraph/block once.
 *
 * Lines are compared by `compareKey` (space, punctuation and a 导读/摘要 label ignored):
 * - an exact repeat goes, the first copy stays (a headline block printed twice keeps its first print),
 *   but a 导读 lead repeating a later unlabelled line goes instead of that line;
 * - a truncated copy (its key a prefix of a longer line's key, at least MIN_PREFIX characters) goes,
 *   wherever it stands, so the kept copy is the fuller body one;
 * - photo captions (bracketed, or ending in 摄 / 供图) are never treated as copies.
 */
import { EditBuilder, lineSpans, type PassResult } from '../../text/edits.ts';
import { compareKey } from './compare.ts';
import { LEAD_LABEL } from './constants.ts';
import { lastNonSpace } from '../../text/space.ts';

/** A 导读-style label (a lead digest, not a 摘要 that may print the headline): 导读, 核心提示, 内容提要, 提要. */
const DIGEST_LABEL = /^\s*[【\[]?\s*(?:导读|核心提示|内容提要|提要)\s*[】\]]?\s*[:：]/;

/** Keys shorter than this are never deduplicated (短 labels, numbers, single words). */
const MIN_KEY = 6;
/** A truncated copy must share at least this many characters with the full one. */
const MIN_PREFIX = 15;
/** Photo captions: a whole line in brackets, or ending with 摄 / 摄影 / 供图 / 图 (photo credit). */
const CAPTION = /^\s*[(（【\[].*[)）】\]]\s*$|(?:摄|摄影|供图)\s*[)）]?\s*$/;
/** The characters a CAPTION line ends with (before trailing space): a closing bracket, 摄, 影 or 图. */
const CAPTION_ENDS: ReadonlySet<number> = new Set([...')）】]摄影图'].map((c) => c.charCodeAt(0)));

/** Whether a line is a photo caption (CAPTION), its end checked before the regex runs. */
function isCaption(line: string): boolean {
  return CAPTION_ENDS.has(lastNonSpace(line)) && CAPTION.test(line);
}

/**
 * Keep each paragraph/block once (reason `duplicate`).
 * @example dedupeBlocks('甲乙丙丁戊己庚\n甲乙丙丁戊己庚').text // '甲乙丙丁戊己庚\n'
 */
export function dedupeBlocks(text: string): PassResult {
  const lines = lineSpans(text);
  const keys = lines.map((l) => (isCaption(l.text) ? '' : compareKey(l.text.replace(LEAD_LABEL, ''))));
  const drop = new Set<number>();

  // Exact repeats: the first copy stays, unless it is a 导读 lead repeating a later unlabelled line: the
  // lead is the page's digest of the story, the line is the story's own (a byline 导读 copied: 导读:某研究院 研究员 某某).
  const firstOf = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k.length < MIN_KEY) return;
    const first = firstOf.get(k);
    if (first === undefined) firstOf.set(k, i);
    else if (DIGEST_LABEL.test(lines[first].text) && !LEAD_LABEL.test(lines[i].text)) {
      drop.add(first);
      firstOf.set(k, i);
    } else drop.add(i);
  });

  // Truncated copies: a key that is a proper prefix of another line's key.
  const byHead = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k.length < MIN_PREFIX || drop.has(i)) return;
    const head = k.slice(0, MIN_PREFIX);
    byHead.set(head, [...(byHead.get(head) ?? []), i]);
  });
  for (const group of byHead.values()) {
    if (group.length < 2) continue;
    for (const i of group) {
      if (group.some((j) => j !== i && keys[j].length > keys[i].length && keys[j].startsWith(keys[i]))) drop.add(i);
    }
  }

  const b = new EditBuilder(text);
  for (const i of drop) {
    const l = lines[i];
    const end = l.end < text.length ? l.end + 1 : l.end;
    const start = end === l.end && l.start > 0 ? l.start - 1 : l.start;
    b.remove(start, end, 'duplicate');
  }
  return b.finish();
}
