/**
 * Text rendering for `show`: removals marked in the original, mentions marked in the clean
 * text. ANSI colours on a TTY, plain bracket markers otherwise.
 */
import type { Removal } from '../analysis/schema.ts';
import type { StoredMention } from '../store/types.ts';

/** ANSI SGR colour per mention type (ECMA-48). */
const COLOURS: Readonly<Record<string, string>> = Object.freeze({
  region: '32', person: '35', title: '95', organization: '36', industry: '33', quantity: '34', date: '90', event: '31',
});

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Non-overlapping spans in order: the first (then longest) span at each point wins. */
function outermost<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let at = -1;
  for (const s of sorted) if (s.start >= at && s.end > s.start) (out.push(s), (at = s.end));
  return out;
}

function mark<T extends Span>(text: string, spans: readonly T[], wrap: (inner: string, s: T) => string): string {
  let out = '';
  let at = 0;
  for (const s of outermost(spans)) {
    out += text.slice(at, s.start) + wrap(text.slice(s.start, s.end), s);
    at = s.end;
  }
  return out + text.slice(at);
}

/** The original text with each removed span marked: `[-text-]` (red strike-through on a TTY). */
export function markRemovals(original: string, removals: readonly Removal[], tty: boolean): string {
  return mark(original, removals, (inner, r) =>
    tty ? `\x1b[9;31m${inner}\x1b[0m${r.replacement ? `\x1b[32m${r.replacement}\x1b[0m` : ''}` : `[-${inner}-${r.replacement ? `→${r.replacement}` : ''}]`,
  );
}

/** The clean text with each mention marked: `[text|type:key]` (coloured by type on a TTY). */
export function markMentions(clean: string, mentions: readonly StoredMention[], tty: boolean): string {
  return mark(clean, mentions, (inner, m) =>
    tty ? `\x1b[${COLOURS[m.type] ?? '1'}m${inner}\x1b[0m` : `[${inner}|${m.type}${m.key ? `:${m.key}` : ''}]`,
  );
}

/**
 * A stored `published` instant as the story's readers saw it, China Standard Time (UTC+8, no daylight
 * saving since 1991), with the stored UTC value after it; empty for null, anything unparsable as given.
 * @example chinaTime('2024-10-18T23:00:00.000Z') // '2024-10-19 07:00 +08:00 (2024-10-18T23:00:00.000Z)'
 */
export function chinaTime(published: string | null | undefined): string {
  if (!published) return '';
  // Only an ISO 8601 instant with a time: V8's Date.parse also reads looser text ('--07-21').
  const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(published) ? Date.parse(published) : NaN;
  if (Number.isNaN(t)) return published;
  const local = new Date(t + 8 * 3600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} +08:00 (${published})`;
}

/** One line per removal: `start-end stage/reason "text"`. */
export function listRemovals(removals: readonly Removal[]): string[] {
  return removals.map(
    (r) => `  ${r.start}-${r.end} ${r.stage}/${r.reason} ${JSON.stringify(r.text)}${r.replacement !== undefined ? ` → ${JSON.stringify(r.replacement)}` : ''}`,
  );
}
