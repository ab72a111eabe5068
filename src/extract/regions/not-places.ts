/**
 * extract/regions/not-places: where a gazetteer name is written but no place of the story is meant.
 *
 * - inside a reporter credit: 李长春 in (记者 普某华 李长春) is a name, not 长春;
 * - inside the outlet's name when the place is not the home region or above it: 井冈山报 is 吉安's paper
 *   (regions/home.ts makes 吉安 the home when the title names it as the county's city);
 * - a short name right after an official's title and a surname: 柘城县委书记李卫东 is a person, not 卫东(区);
 * - a county-level name of another province right before 党工委/管委会 (the party or management body
 *   of a development zone): 滨海新区党工委 in a 绍兴 story is 绍兴's zone, not 天津's district;
 * - a name right after a weight (年产300吨白银): a material, not a place (白银市).
 */
import { loadPeopleLexicon } from '../people/lexicon.ts';
import { creditMatches } from '../people/credits.ts';
import type { ExtractContext } from '../types.ts';
import { within } from './resolve.ts';
import { charTable, has } from '../sticky.ts';
import type { RegionEntry } from './gazetteer.ts';

/** A zone's party or management body right after its name. */
const ZONE_BODY_AFTER = /^(?:党工委|管委会|工委)/;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** What follows 记者 when it starts a sentence rather than a credit: 从/在/向 (from, at, to), 了解/获悉 (learned), 采访. */
const NOT_A_CREDIT = /^(?:从|在|向|了解|获悉|采访|近日|日前)/;

/** Spans of the names in reporter credits (记者 甲 乙, 通讯员 丙) of the document. */
export function creditSpans(ctx: ExtractContext): Span[] {
  const out: Span[] = [];
  for (const m of creditMatches(ctx)) {
    // 记者从天津市滨海新区获悉 (the reporter learned from …): a sentence about the reporter, not a credit.
    if (NOT_A_CREDIT.test(m[1]!)) continue;
    out.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
  }
  return out;
}

/** Spans of the outlet's name in the text. */
export function outletSpans(text: string, outlet: string | null): Span[] {
  const out: Span[] = [];
  if (!outlet) return out;
  for (let i = text.indexOf(outlet); i >= 0; i = text.indexOf(outlet, i + outlet.length)) out.push({ start: i, end: i + outlet.length });
  return out;
}

const inside = (spans: readonly Span[], start: number, end: number) => spans.some((s) => s.start <= start && s.end >= end);

/**
 * True when the name at [start, end) read as `entry` is no place of the story.
 * @param outlets spans of the outlet's name
 * @param home the document's home region, or null
 */
export function notAPlace(text: string, start: number, end: number, entry: RegionEntry, outlets: readonly Span[], home: RegionEntry | null): boolean {
  // The outlet's own region stays (长沙晚报 → 长沙, 湖南日报 → 湖南 around a 长沙 home); another one goes.
  if (inside(outlets, start, end) && !(home && (entry.code === home.code || within(home.code, entry)))) return true;
  return !!home && entry.level === 'county' && entry.code.slice(0, 2) !== home.code.slice(0, 2) && ZONE_BODY_AFTER.test(text.slice(end, end + 3));
}

/** Longest title read before a surname (副厅长, 县委书记, 二级巡视员 …: the title's last characters suffice). */
const TITLE_WINDOW = 8;

/**
 * True when the name starting at `start` is the given name of a person: the character before it is a
 * surname and a title head ends right before that (县委书记李卫东, 副市长王江川).
 */
export function givenNameAfterTitle(text: string, start: number): boolean {
  if (start < 2) return false;
  const lex = loadPeopleLexicon();
  if (!lex.surnames.has(text[start - 1]!)) return false;
  return lex.titleEnd.test(text.slice(Math.max(0, start - 1 - TITLE_WINDOW), start - 1));
}

/** A weight right before a name: 300吨, 1.5万吨, 20公斤 (吨/千克/公斤/克/盎司 after a number). */
const WEIGHT_BEFORE = /\d(?:\.\d+)?\s*[万亿]?(?:吨|千克|公斤|克|盎司)$/;
/** The last characters of WEIGHT_BEFORE's weight words: a name after any other character needs no pattern. */
const WEIGHT_LAST = charTable(['吨', '克', '斤', '司']);

/** True when the name starting at `start` is a material weighed before it (年产300吨白银 is silver, not 白银市). */
export function weighedMaterial(text: string, start: number): boolean {
  if (!has(WEIGHT_LAST, text.charCodeAt(start - 1))) return false; // no weight word ends right before it
  return WEIGHT_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
