/**
 * Main-content choice. Every element is scored by the prose it holds — Chinese characters plus a
 * bonus for sentence punctuation, link text not counted — summed over all its descendants, so a
 * story made of many short `<p>`s scores as the sum of its paragraphs. Starting at `<body>`, we
 * descend into the child holding most of the score while it holds at least `DESCEND_SHARE` of it:
 * the element where we stop is the tightest container of the story.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { boilerplateReason, invisibleReason } from './classify.ts';
import { DESCEND_SHARE, MIN_CONTENT_SCORE, PROSE_PUNCTUATION } from './constants.ts';
import { squash } from './meta.ts';
import { nonSpaceLength, textOf } from './tree.ts';
import { isJsSpace } from '../../text/space.ts';

export { collectElements } from './tree.ts';

/** Weight of one sentence punctuation mark against one Chinese character. */
const PUNCTUATION_WEIGHT = 3;

/** The prose score of one piece of text. */
export function proseScore(text: string): number {
  let cjk = 0;
  let punctuation = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (c <= 0x9fff && (c >= 0x4e00 || c <= 0x4dbf)) cjk++;
    else if (PROSE_PUNCTUATION.has(c)) punctuation++;
  }
  return cjk === 0 ? 0 : cjk + PUNCTUATION_WEIGHT * punctuation;
}

/**
 * Prose score of every element's subtree, children before parents (reverse document order).
 * Links and `dropped` subtrees count zero.
 */
function scoreAll(all: readonly Element[], own: readonly number[], dropped: ReadonlyMap<AnyNode, string>): Map<AnyNode, number> {
  const scores = new Map<AnyNode, number>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (dropped.has(el) || el.name === 'a') {
      scores.set(el, 0);
      continue;
    }
    let sum = own[i]!;
    // The element children of an element of `all` are in `all` (collectElements), scored before it.
    for (const c of el.children) if (isElement(c)) sum += scores.get(c)!;
    scores.set(el, sum);
  }
  return scores;
}

/** Whether a node is an element as collectElements collects them (a tag, script or style). */
function isElement(n: AnyNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Prose score of each element's own text children. */
function ownScores(all: readonly Element[]): number[] {
  return all.map((el) => {
    let sum = 0;
    for (const c of el.children) if (c.type === 'text') sum += proseScore(c.data);
    return sum;
  });
}

/** Score of a node given the element scores (the document root sums its children). */
function scoreOf(n: AnyNode, scores: ReadonlyMap<AnyNode, number>): number {
  const s = scores.get(n);
  if (s !== undefined) return s;
  if (!('children' in n)) return n.type === 'text' ? proseScore(n.data) : 0;
  let sum = 0;
  for (const c of n.children) sum += scores.get(c) ?? (c.type === 'text' ? proseScore(c.data) : 0);
  return sum;
}

/**
 * Number of prose-holding children of `n`, looking through wrappers with a single such child
 * (`<tr>` → `<td>` → paragraphs): 1 means `n` is one paragraph, not a container of them.
 */
function proseFanout(n: AnyNode, scores: ReadonlyMap<AnyNode, number>): number {
  for (;;) {
    if (!('children' in n)) return 0;
    let count = 0;
    let only: AnyNode | undefined;
    for (const c of n.children) {
      if ((c.type === 'text' ? proseScore(c.data) : (scores.get(c) ?? 0)) > 0) {
        count++;
        only = c;
      }
    }
    if (count !== 1 || !only || only.type === 'text') return count;
    n = only;
  }
}

/** The main-content decision for a page. */
export interface ContentChoice {
  /** The container whose visible text is the story. */
  readonly container: AnyNode;
  /** Subtrees removed, top-most first, with their reason (invisible elements and non-content blocks). */
  readonly dropped: ReadonlyMap<AnyNode, string>;
  /** The container's prose score. */
  readonly score: number;
  /** True when nothing scored well and the container is the whole body. */
  readonly fallback: boolean;
}

/**
 * Choose the story's container.
 * @param doc the parsed page
 * @param all its elements in document order (`collectElements`)
 * @param keep elements that must never be dropped (the headline and its ancestors)
 */
export function chooseContent(doc: Document, all: readonly Element[], keep: ReadonlySet<AnyNode>): ContentChoice {
  const invisible = new Map<AnyNode, string>();
  const hinted: [Element, string][] = [];
  for (const el of all) {
    const inv = invisibleReason(el);
    if (inv) invisible.set(el, inv);
    else if (!keep.has(el)) {
      const reason = boilerplateReason(el);
      if (reason) hinted.push([el, reason]);
    }
  }
  const body = all.find((e) => e.name === 'body') ?? doc;
  const own = ownScores(all);
  const raw = scoreAll(all, own, invisible);
  const total = scoreOf(body, raw);
  // A hinted block holding most of the page's prose is the story in a badly named wrapper: keep it.
  const dropped = new Map(invisible);
  for (const [el, reason] of hinted) if ((raw.get(el) ?? 0) <= total * 0.5) dropped.set(el, reason);
  const scores = scoreAll(all, own, dropped);

  let node: AnyNode = body;
  for (;;) {
    if (!('children' in node)) break;
    const here = scoreOf(node, scores);
    let best: AnyNode | undefined;
    let bestScore = -1;
    for (const c of node.children) {
      const s = c.type === 'text' ? proseScore(c.data) : (scores.get(c) ?? 0);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    if (!best || here === 0 || bestScore < here * DESCEND_SHARE) break;
    // Never narrow to one paragraph while its siblings hold prose too: one long paragraph can
    // outweigh the rest of the story. A child is entered when it holds all the prose, or when it
    // is itself a container of several prose blocks.
    if (bestScore < here && proseFanout(best, scores) < 2) break;
    node = best;
  }
  const score = scoreOf(node, scores);
  if (score < MIN_CONTENT_SCORE) return { container: body, dropped: invisible, score: scoreOf(body, scores), fallback: true };
  return { container: node, dropped, score, fallback: false };
}

/** Count of non-whitespace code units (regex `\s` aside) in `s`. */
function nonSpaceCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isJsSpace(s.charCodeAt(i))) n++;
  return n;
}

/** Inline or cell elements old CMSs use for the headline. */
const TITLE_LIKE_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'font', 'span', 'p', 'td', 'div']);

/** Class/id tokens of title blocks: title, headline, tit; biaoti / bt = 标题 (title). */
const TITLE_HINT = /(?:^|[\s_\-])(?:title|headline|tit|biaoti|bt|arttitle|article-title)(?:$|[\s_\-])/i;

/**
 * The headline element: a heading (or a title-classed block) whose text matches the page title,
 * else the first `<h1>` of a plausible length; undefined when the page has neither.
 */
export function findHeadline(all: readonly Element[], titleMain: string | undefined): Element | undefined {
  const headings: { el: Element; text: string; rank: number }[] = [];
  // squash() keeps every non-space character: an element whose text has another count of them is not the title.
  const titleLength = titleMain === undefined ? -1 : nonSpaceCount(titleMain);
  let inBody = false;
  for (const el of all) {
    if (el.name === 'body') inBody = true;
    if (!inBody || invisibleReason(el)) continue;
    const hinted = TITLE_HINT.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`);
    let rank = el.name === 'h1' ? 0 : el.name === 'h2' ? 1 : el.name === 'h3' ? 2 : hinted ? 3 : -1;
    // Old CMSs set the headline in bold or a big font: such an element counts when its text is the title.
    if (
      rank < 0 && TITLE_LIKE_TAGS.has(el.name) && el.children.length <= 3 && titleMain &&
      nonSpaceLength(el, titleLength) === titleLength && squash(textOf(el)) === titleMain
    ) rank = 4;
    if (rank < 0) continue;
    const text = squash(textOf(el));
    if (text.length >= 4 && text.length <= 120) headings.push({ el, text, rank });
  }
  if (titleMain && titleMain.length >= 4) {
    const matching = headings
      .filter((h) => h.text === titleMain || (h.text.length >= 6 && titleMain.includes(h.text)) || h.text.includes(titleMain))
      .sort((a, b) => a.rank - b.rank);
    if (matching[0]) return matching[0].el;
  }
  return headings.find((h) => h.rank === 0 && h.text.length >= 5 && h.text.length <= 80 && !boilerplateReason(h.el))?.el;
}
