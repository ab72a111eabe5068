/**
 * Tag remnants in plain text: HTML left behind by a crawler that kept a page's markup in a txt
 * copy (`</b>`, `<br>`, `<p class="x">`) or lost the `<` of a closing tag to a bad re-encoding
 * (`?/b>`, where the `<` became `?`). Removes only fragments naming a real HTML element, so that
 * angle brackets used as text (`3<5`, `首页 > 新闻`) stay.
 */
import { EditBuilder, type PassResult } from '../../text/edits.ts';

/** Element names we recognise in remnants (inline and block elements common in news CMS copy). */
const TAG_NAMES =
  'a|abbr|b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|font|h[1-6]|head|hr|html|i|img|li|ol|p|pre|s|section|article|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul';

/** One attribute: ASCII name, optional `=` with a quoted or bare value (no line breaks). */
const ATTRIBUTE = `\\s+[A-Za-z_:][-\\w:.]*(?:\\s*=\\s*(?:"[^"\\n<>]{0,200}"|'[^'\\n<>]{0,200}'|[^\\s"'<>]{1,200}))?`;

/**
 * A whole tag: `<b>`, `</b>`, `<br/>`, `<p class="content">`, `<img src=…>`. The name must be a
 * known element and what follows must parse as attributes, so `a<b 或 c>d` (text) stays.
 */
export const WHOLE_TAG = new RegExp(`<\\/?(?:${TAG_NAMES})(?:${ATTRIBUTE}){0,12}\\s*\\/?>`, 'gi');

/**
 * A closing tag whose `<` was lost or turned into a question mark (`?` ASCII or `？` U+FF1F
 * full-width) by a wrong-codec round trip: `?/b>`, `？/p>`, or a bare `/span>` glued to text.
 * Not preceded by `<` (that is a whole tag) nor by a letter, digit or `/` (a URL path `a/b>`).
 */
export const BROKEN_CLOSE_TAG = new RegExp(`(?<![<A-Za-z0-9/])[?？]?\\/(?:${TAG_NAMES})>`, 'gi');

/** Named and numeric entities left undecoded in text (`&nbsp;`, `&amp;`, `&#12288;`). */
export const ENTITY = /&(nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|emsp|ensp|#\d{2,6}|#x[0-9a-f]{2,5});/gi;

const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '\u201c', rdquo: '\u201d',
  lsquo: '\u2018', rsquo: '\u2019', mdash: '\u2014', hellip: '\u2026', middot: '\u00b7', emsp: '\u2003', ensp: '\u2002',
};

/** The character an entity body (`nbsp`, `#12288`, `#x3000`) stands for, or undefined. */
function entityValue(body: string): string | undefined {
  const lower = body.toLowerCase();
  if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16));
  if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10));
  return NAMED[lower];
}

function safeCodePoint(n: number): string | undefined {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
}

/** Sentence-final marks (。！？；： full-width, ！？ ASCII, closing quotes ”’」』 and brackets ）) after which a block tag was a paragraph end. */
const SENTENCE_END = /[。！？；：!?”’」』）)]/;

/** Block elements whose remnant stands for a line break rather than nothing. */
const BREAKING = /^<\/?(?:br|p|div|li|tr|h[1-6]|hr|section|article|blockquote|table|ul|ol)\b/i;

/**
 * Remove HTML tag remnants from plain text and decode stray entities.
 * Block-level tags (`<br>`, `</p>`) after a sentence end become a line break unless one is
 * already next to them; elsewhere they are removed.
 * @param text plain text (not an HTML page: pages go through `extractHtml`)
 * @returns the text without remnants; edits `html:remnant` and `html:entity`
 * @example removeTagRemnants('产业</b>集群。<br>发展').text // '产业集群。\n发展'
 */
export function removeTagRemnants(text: string): PassResult {
  const b = new EditBuilder(text);
  if (text.indexOf('>') === -1 && text.indexOf('&') === -1) return b.finish();
  // Each pattern is tried only where a match can start (found by indexOf), as sticky copies: the same
  // matches as a global scan, without running the regex over every character.
  for (const m of matchesFrom(text, WHOLE_TAG_AT, wholeTagStarts)) {
    const start = m.index;
    const end = start + m[0].length;
    const nearBreak = text[start - 1] === '\n' || text[end] === '\n' || start === 0 || end === text.length;
    // Mid-sentence (`常委<br>、秘书长`) the tag is noise injected into a flat text, not a paragraph end.
    const afterSentence = SENTENCE_END.test(text[start - 1] ?? '');
    if (BREAKING.test(m[0]) && !nearBreak && afterSentence) b.replace(start, end, '\n', 'html:remnant');
    else b.remove(start, end, 'html:remnant');
  }
  for (const m of matchesFrom(text, BROKEN_CLOSE_TAG_AT, brokenCloseTagStarts)) b.remove(m.index, m.index + m[0].length, 'html:remnant');
  for (const m of matchesFrom(text, ENTITY_AT, entityStarts)) {
    const value = entityValue(m[1]!);
    if (value !== undefined) b.replace(m.index, m.index + m[0].length, value, 'html:entity');
  }
  return b.finish();
}

/** Sticky copies of the patterns, run at one position at a time. */
const WHOLE_TAG_AT = new RegExp(WHOLE_TAG.source, 'iy');
const BROKEN_CLOSE_TAG_AT = new RegExp(BROKEN_CLOSE_TAG.source, 'iy');
const ENTITY_AT = new RegExp(ENTITY.source, 'iy');

/** Where a match may start, in order, from `from` on; -1 when nowhere. */
type Starts = (text: string, from: number) => number;

/** A WHOLE_TAG starts with `<`. */
const wholeTagStarts: Starts = (text, from) => text.indexOf('<', from);

/** An ENTITY starts with `&`. */
const entityStarts: Starts = (text, from) => text.indexOf('&', from);

/** A BROKEN_CLOSE_TAG starts at its `/` or at the `?`/`？` right before it. */
const brokenCloseTagStarts: Starts = (text, from) => {
  const slash = text.indexOf('/', from);
  if (slash <= from) return slash;
  const before = text.charCodeAt(slash - 1);
  return before === 0x3f || before === 0xff1f ? slash - 1 : slash;
};

/**
 * The matches a global scan of `text` with the pattern of `sticky` finds (leftmost first, each search
 * resuming at the end of the previous match), trying the pattern only at the positions `starts` gives,
 * which must include every position where a match can start.
 */
function* matchesFrom(text: string, sticky: RegExp, starts: Starts): Generator<RegExpExecArray> {
  for (let at = starts(text, 0); at >= 0; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) {
      yield m;
      at = starts(text, at + Math.max(1, m[0].length));
    } else at = starts(text, at + 1);
  }
}
