/**
 * clean/html: main-content extraction from an HTML page with a real parser (htmlparser2).
 *
 * In order: parse with source offsets; read the page meta (title, publishing time, fields); find
 * the headline; choose the story's container (see `content.ts`); then walk the tree and turn
 * everything that is not the headline or the story into edits against the HTML source: removed
 * subtrees keep their reason (`html:nav`, `html:script`, `html:outside` …), tags between kept
 * texts become a line break when a block element starts or ends there (`html:block`) or nothing
 * (`html:tag`), entities are decoded (`html:entity`) and source line wrapping is undone
 * (`html:space`). When nothing scores as a story, all visible text is kept with a finding.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { EditBuilder, type Edit, type Finding, type PassResult } from '../../text/edits.ts';
import { BLOCK_TAGS } from './constants.ts';
import { chooseContent, findHeadline } from './content.ts';
import { collectElements, linkShare, textOf } from './tree.ts';
import { readPageMeta, squash, titleMainPart } from './meta.ts';

export { removeTagRemnants } from './remnants.ts';

export interface HtmlMeta {
  readonly title?: string;
  readonly published?: string;
  readonly charset?: string;
  readonly fields?: Readonly<Record<string, string>>;
}

export interface HtmlResult extends PassResult {
  readonly meta: HtmlMeta;
}

/** A kept run of source text: `[start, end)` and the block it belongs to. */
interface Kept {
  readonly start: number;
  readonly end: number;
  readonly block: number;
}

/** A removed region of the source with its reason. */
interface Region {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

/** An entity reference in source text: `&amp;`, `&#12288;`, `&#x3000;`, `&nbsp` (legacy, no `;`). */
const ENTITY_REF = /&(?:#\d{1,7};?|#x[0-9a-f]{1,6};?|[a-z][a-z0-9]{1,31};?)/gi;
/** Whitespace runs in source text (ASCII only: U+00A0 and U+3000 are content here). */
const SPACE_RUN = /[ \t\r\n\f]+/g;
/** Characters between which a collapsed line wrap must stay a space (Latin words, digits). */
const LATIN = /[A-Za-z0-9,.;:!?%)\]]/;

/** Source span of a node, end exclusive (htmlparser2 gives an inclusive end index). */
function span(n: AnyNode): [number, number] {
  return [n.startIndex ?? 0, (n.endIndex ?? n.startIndex ?? 0) + 1];
}

/**
 * Extract the main content of an HTML page as text (edits against the HTML source).
 * @param html the decoded page
 * @returns the headline and story text, one line per block; the edits that made it; the page meta
 * @example extractHtml('<html><body><h1>标题</h1><p>正文。</p></body></html>').text // '标题\n正文。'
 */
export function extractHtml(html: string): HtmlResult {
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
  const all = collectElements(doc);
  const page = readPageMeta(all);
  const headline = findHeadline(all, page.titleMain);
  // Without a headline in the body, the `<title>` text (minus the site name) is the first line.
  const titleText = !headline && page.titleElement?.children[0]?.type === 'text' ? page.titleElement.children[0] : undefined;
  const roots = new Set<AnyNode>([headline, titleText].filter((n): n is NonNullable<typeof n> => n !== undefined));
  const ancestors = new Set<AnyNode>();
  for (const r of roots) for (let p = r.parent; p; p = p.parent) ancestors.add(p);
  const choice = chooseContent(doc, all, new Set([...ancestors, ...roots]));
  roots.add(choice.container);
  for (let p = choice.container.parent; p; p = p.parent) ancestors.add(p);
  // The blocks between the headline and the story (source and date lines) belong to the story.
  if (headline && !choice.fallback) for (const n of between(headline, choice.container)) if (!choice.dropped.has(n)) roots.add(n);

  const kept: Kept[] = [];
  const regions: Region[] = [];
  let block = 0;
  // Iterative walk (pages can nest deeper than the call stack). `inherited`: the reason of a
  // dropped ancestor we descend through (the `<head>` around a kept `<title>`). An `exit` entry
  // closes a block element after its children.
  type Step = { node: AnyNode; mode: 'keep' | 'pending'; inherited: string } | { exit: true };
  const stack: Step[] = [{ node: doc, mode: 'pending', inherited: 'html:outside' }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('exit' in step) {
      block++;
      continue;
    }
    const { node, mode, inherited } = step;
    if (node.type === 'text') {
      // Whitespace-only texts are kept too: between inline elements they may be a word space.
      if (mode === 'keep' || roots.has(node)) kept.push({ start: span(node)[0], end: span(node)[1], block });
      else if (mode === 'pending') regions.push({ ...spanOf(node), reason: inherited });
      continue;
    }
    if (node.type === 'comment') {
      regions.push({ ...spanOf(node), reason: 'html:comment' });
      continue;
    }
    if (node.type === 'directive') {
      regions.push({ ...spanOf(node), reason: 'html:doctype' });
      continue;
    }
    if (!('children' in node)) continue;
    let m = mode;
    if (roots.has(node)) m = 'keep';
    else if (mode === 'pending' && !ancestors.has(node)) {
      if (node.type !== 'root') {
        regions.push({ ...spanOf(node), reason: choice.dropped.get(node) ?? inherited });
        continue;
      }
    } else if (mode === 'keep' && choice.dropped.has(node) && !ancestors.has(node)) {
      regions.push({ ...spanOf(node), reason: choice.dropped.get(node)! });
      continue;
    }
    const isBlock = (node as Element).name !== undefined && BLOCK_TAGS.has((node as Element).name);
    if (isBlock) {
      block++;
      stack.push({ exit: true });
    }
    const reason = m === 'pending' ? (choice.dropped.get(node) ?? inherited) : inherited;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, mode: m, inherited: reason });
  }
  dropBlankRuns(html, kept);
  // Keep only the article part of a `<title>` used as the headline; the site name is removed.
  if (titleText) trimTitle(html, titleText, kept, regions);

  const b = new EditBuilder(html);
  emitGaps(b, html, kept, regions);
  for (let i = 0; i < kept.length; i++) emitText(b, html, kept[i]!, kept[i - 1], kept[i + 1]);
  const findings: Finding[] = [];
  if (choice.fallback)
    findings.push({ rule: 'html:no-main-content', message: `No container scored as a story (best prose score ${choice.score} < 40): kept all visible text` });
  const result = b.finish();
  const title = headline ? squash(textOf(headline)) : page.titleMain;
  const meta: HtmlMeta = {
    ...(title ? { title } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(page.charset ? { charset: page.charset } : {}),
    ...(Object.keys(page.fields).length ? { fields: page.fields } : {}),
  };
  return { text: result.text, edits: result.edits, findings: [...(result.findings ?? []), ...findings], meta };
}

/** A run of source whitespace only. */
const BLANK = /^[ \t\r\n\f]*$/;

/**
 * Drop whitespace-only texts that do not sit between two texts of their own line: between blocks
 * they are source indentation, and keeping them would double the line breaks.
 */
function dropBlankRuns(html: string, kept: Kept[]): void {
  const blank = kept.map((k) => BLANK.test(html.slice(k.start, k.end)));
  const keep: boolean[] = kept.map(() => true);
  let prevBlock: number | undefined;
  for (let i = 0; i < kept.length; i++) {
    if (!blank[i]) {
      prevBlock = kept[i]!.block;
      continue;
    }
    let j = i + 1;
    while (j < kept.length && blank[j]) j++;
    const nextBlock = kept[j]?.block;
    keep[i] = prevBlock === kept[i]!.block && nextBlock === kept[i]!.block;
  }
  let w = 0;
  for (let i = 0; i < kept.length; i++) if (keep[i]) kept[w++] = kept[i]!;
  kept.length = w;
}

/**
 * The nodes after `a` and before `b` in document order, top-most only (a before b): following
 * siblings on a's side, the siblings between the two branches, preceding siblings on b's side.
 * Mostly-link blocks (menus) are left out.
 */
function between(a: AnyNode, b: AnyNode): AnyNode[] {
  const chain = (n: AnyNode): AnyNode[] => {
    const out: AnyNode[] = [];
    for (let p: AnyNode | null = n; p; p = p.parent) out.unshift(p);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const lca = ca[i - 1];
  if (!lca || !ca[i] || !cb[i] || !('children' in lca)) return [];
  const kidsOf = (n: AnyNode): AnyNode[] => ('children' in n ? (n.children as AnyNode[]) : []);
  const out: AnyNode[] = [];
  for (let d = ca.length - 1; d > i; d--) {
    const kids = kidsOf(ca[d - 1]!);
    out.push(...kids.slice(kids.indexOf(ca[d]!) + 1));
  }
  const kids = kidsOf(lca);
  const ia = kids.indexOf(ca[i]!);
  const ib = kids.indexOf(cb[i]!);
  if (ia < 0 || ib <= ia) return [];
  out.push(...kids.slice(ia + 1, ib));
  for (let d = i + 1; d < cb.length; d++) {
    const k = kidsOf(cb[d - 1]!);
    out.push(...k.slice(0, k.indexOf(cb[d]!)));
  }
  return out.filter((n) => linkShare(n) <= 0.5);
}

function spanOf(n: AnyNode): { start: number; end: number } {
  const [start, end] = span(n);
  return { start, end };
}

/** Narrow the kept `<title>` text to its article part; the rest becomes `html:site-name`. */
function trimTitle(html: string, node: AnyNode, kept: Kept[], regions: Region[]): void {
  const [start, end] = span(node);
  const i = kept.findIndex((k) => k.start === start);
  if (i < 0) return;
  const raw = html.slice(start, end);
  const main = titleMainPart(raw);
  const at = raw.indexOf(main);
  if (main === '' || at < 0) return;
  kept[i] = { ...kept[i]!, start: start + at, end: start + at + main.length };
  regions.push({ start, end, reason: 'html:site-name' });
  regions.sort((a, b) => a.start - b.start);
}

/**
 * Remove every gap between kept texts, region by region with its reason; a gap crossing a block
 * boundary ends in a line break.
 */
function emitGaps(b: EditBuilder, html: string, kept: readonly Kept[], regions: readonly Region[]): void {
  const gaps: GapState = { b, regions, region: 0, start: -1, end: -1, reason: '' };
  let prevEnd = 0;
  let prevBlock: number | undefined;
  for (const k of kept) {
    emitGap(gaps, prevEnd, k.start, prevBlock !== undefined && prevBlock !== k.block);
    prevEnd = k.end;
    prevBlock = k.block;
  }
  emitGap(gaps, prevEnd, html.length, false);
}

/** Where emitGaps is: the first region that may still reach a gap, and the piece not yet emitted. */
interface GapState {
  readonly b: EditBuilder;
  readonly regions: readonly Region[];
  region: number;
  start: number;
  end: number;
  reason: string;
}

/** Queue one piece of a gap, emitting the one before it (the last piece of a gap may end the line). */
function queuePiece(g: GapState, start: number, end: number, reason: string): void {
  if (g.start >= 0) g.b.remove(g.start, g.end, g.reason);
  g.start = start;
  g.end = end;
  g.reason = reason;
}

/**
 * Remove the gap `[from, to)`: the parts inside removed regions with their reasons, the rest as
 * `html:tag`; with `lineBreak`, its last piece becomes a line break (`html:block` for a tag).
 */
function emitGap(g: GapState, from: number, to: number, lineBreak: boolean): void {
  const { regions } = g;
  let at = from;
  while (g.region < regions.length && regions[g.region]!.end <= from) g.region++;
  for (let j = g.region; j < regions.length && regions[j]!.start < to; j++) {
    const r = regions[j]!;
    const s = Math.max(at, r.start);
    const e = Math.min(to, r.end);
    if (e <= s) continue;
    if (s > at) queuePiece(g, at, s, 'html:tag');
    queuePiece(g, s, e, r.reason);
    at = e;
  }
  if (at < to) queuePiece(g, at, to, 'html:tag');
  if (g.start < 0) return;
  if (lineBreak) g.b.replace(g.start, g.end, '\n', g.reason === 'html:tag' ? 'html:block' : g.reason);
  else g.b.remove(g.start, g.end, g.reason);
  g.start = -1;
}

/** Decode entities in one kept text and undo the source's line wrapping and indentation. */
function emitText(b: EditBuilder, html: string, k: Kept, prev: Kept | undefined, next: Kept | undefined): void {
  const raw = html.slice(k.start, k.end);
  const lineStart = !prev || prev.block !== k.block;
  const lineEnd = !next || next.block !== k.block;
  for (const m of raw.matchAll(SPACE_RUN)) {
    const s = m.index;
    const e = s + m[0].length;
    const atStart = s === 0;
    const atEnd = e === raw.length;
    if ((atStart && lineStart) || (atEnd && lineEnd)) {
      b.remove(k.start + s, k.start + e, 'html:space');
      continue;
    }
    if (m[0] === ' ') continue;
    const before = atStart ? html[prev!.end - 1] : raw[s - 1];
    const after = atEnd ? html[next!.start] : raw[e];
    const keepSpace = before !== undefined && after !== undefined && LATIN.test(before) && LATIN.test(after);
    b.replace(k.start + s, k.start + e, keepSpace ? ' ' : '', 'html:space');
  }
  if (raw.indexOf('&') === -1) return;
  for (const m of raw.matchAll(ENTITY_REF)) {
    const value = decodeHTML(m[0]);
    if (value !== m[0]) b.replace(k.start + m.index, k.start + m.index + m[0].length, value, 'html:entity');
  }
}
