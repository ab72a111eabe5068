/**
 * extract/directives: what officials said — speech verb, speaker, the clauses that follow, each
 * tagged with policy-instrument categories (data/policy-instruments).
 *
 * 1. find a speech verb (强调, 指出, 要求, 表示, 希望, 提出) with a speaker right before it: a person
 *    mention (胡衡华强调, 胡衡华在讲话中强调), a pronoun (他强调 → the last named official before it,
 *    else the lead) or the meeting (会议强调, speaker null); no speaker, no directive;
 * 2. read what follows to the end of the sentence; split it at 。； and before each clause-opening 要:
 *    each 要… clause is one directive (text before the first 要 is kept only when there is no 要);
 * 3. continue over the next sentences while they keep the 要 form (要…, 一是要…, 同时要…);
 * 4. tag each clause with the categories whose cues it contains.
 */
import type { DirectiveFact, Mention } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';
import { BETWEEN_SPEAKER_AND_VERB, CLAUSE_END, CONTINUES, MEETING, PRONOUN, SPEECH_VERB, YAO_START } from './directives/lexicon.ts';
import { categorize } from './directives/instruments.ts';
import { has, matchAllOf, unitTable } from './sticky.ts';

// Per-character tests, by code-unit table (each exactly the pattern's test of that character).
/** Spaces and commas between a speech verb and what is said. */
const LEAD_SPACE = unitTable(/[，,：:\s]/);
/** Sentence ends and spaces between two sentences of one speech. */
const BETWEEN_SENTENCES = unitTable(/[。！？!?；;\s]/);
/** What ends a sentence: 。！？ and line breaks. */
const SENTENCE_STOP = unitTable(/[。！？!?\n]/);
/** CLAUSE_END by code unit. */
const CLAUSE_END_UNIT = unitTable(CLAUSE_END);
/** Spaces and commas trimmed off a clause. */
const CLAUSE_SPACE = unitTable(/[\s，,：:]/);

/** Longest stretch of text looked at before a verb for its speaker. */
const LOOK_BACK = 30;

/** Directives of a clean text, in text order. */
export function extractDirectives(ctx: ExtractContext, found: Found): StageResult<DirectiveFact> {
  const { text } = ctx;
  const people = found.people.mentions
    .filter((m) => m.type === 'person' && m.kind !== 'journalist' && m.kind !== 'photographer')
    .sort((a, b) => a.start - b.start); // speakerOf walks them in text order
  const lead = found.people.facts.find((p) => p.role === 'lead')?.name ?? null;
  const facts: DirectiveFact[] = [];
  let covered = 0; // text already read as a speech

  SPEECH_VERB.lastIndex = 0;
  for (const m of matchAllOf(SPEECH_VERB, text)) {
    const verbStart = m.index;
    if (verbStart < covered) continue;
    const verb = m[1]!;
    const speaker = speakerOf(text, verbStart, people, lead);
    if (speaker === undefined) continue;
    let from = verbStart + m[0].length;
    while (from < text.length && has(LEAD_SPACE, text.charCodeAt(from))) from++;
    let end = sentenceEnd(text, from);
    const clauses = splitClauses(text, from, end);
    // Continue over sentences that keep the 要 form of the same speech.
    while (end < text.length) {
      let next = end;
      while (next < text.length && has(BETWEEN_SENTENCES, text.charCodeAt(next))) next++;
      if (next >= text.length || !CONTINUES.test(text.slice(next, next + 8))) break;
      if (SPEECH_VERB.test(text.slice(next, sentenceEnd(text, next)).slice(0, 12))) break; // a new speaker's line
      const e = sentenceEnd(text, next);
      clauses.push(...splitClauses(text, next, e));
      end = e;
    }
    SPEECH_VERB.lastIndex = 0;
    covered = end;
    for (const c of clauses) {
      facts.push({ speaker, verb, text: text.slice(c.start, c.end), categories: categorize(text.slice(c.start, c.end)), start: c.start, end: c.end });
    }
  }
  // Facts carry their own spans; no mention type stands for a directive.
  const mentions: Mention[] = [];
  return { facts, mentions };
}

/**
 * The speaker of a verb at `at`: a person named right before it, a pronoun resolved to the last
 * named person (else the lead), null for a meeting, undefined when nobody speaks.
 */
function speakerOf(text: string, at: number, people: readonly Mention[], lead: string | null): string | null | undefined {
  const head = text.slice(Math.max(0, at - LOOK_BACK), at);
  let last: Mention | null = null;
  for (const p of people) {
    if (p.end > at) break;
    last = p;
    if (p.end > at - LOOK_BACK && BETWEEN_SPEAKER_AND_VERB.test(text.slice(p.end, at))) return p.key ?? p.text;
  }
  if (PRONOUN.test(head)) return last ? (last.key ?? last.text) : lead;
  if (MEETING.test(head)) return null;
  return undefined;
}

/** End of the sentence that starts at or before `from` (index of its 。！？ or line break). */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (has(SENTENCE_STOP, text.charCodeAt(i))) return i;
  return text.length;
}

/** Split [from, to) into directive clauses at semicolons and before each clause-opening 要. */
function splitClauses(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Parts between semicolons.
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || has(CLAUSE_END_UNIT, text.charCodeAt(i))) {
      if (i > s) out.push(...splitYao(text, s, i));
      s = i + 1;
    }
  }
  return out.filter((c) => c.end - c.start >= 4);
}

/** Split one part at each clause-opening 要; a part with no 要 is one clause. */
function splitYao(text: string, from: number, to: number): { start: number; end: number }[] {
  const part = text.slice(from, to);
  const starts: number[] = [];
  YAO_START.lastIndex = 0;
  for (const m of matchAllOf(YAO_START, part)) starts.push(m.index + m[0].length);
  if (starts.length === 0) return [trim(text, from, to)];
  const out: { start: number; end: number }[] = [];
  // Text before the first 要 (指出，当前…，要…) is a finding, kept only when there is no 要 at all.
  for (let k = 0; k < starts.length; k++) {
    const e = k + 1 < starts.length ? starts[k + 1]! : part.length;
    out.push(trim(text, from + starts[k]!, from + e));
  }
  return out;
}

/** Trim spaces and trailing commas off a clause span. */
function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && has(CLAUSE_SPACE, text.charCodeAt(start))) start++;
  while (end > start && has(CLAUSE_SPACE, text.charCodeAt(end - 1))) end--;
  return { start, end };
}
