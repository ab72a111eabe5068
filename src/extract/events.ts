/**
 * extract/events: events — type, date, place, lead official, participants.
 *
 * 1. dates of the text, resolved against the dateline and publication date (extract/dates)
 * 2. the main event: the first trigger in the first sentence that carries a date (the lead
 *    paragraph), else in the first sentences; its date from that sentence, else the dateline
 * 3. other happenings: triggers of another type in reporting sentences (not 要/将 …)
 * 4. lead and participants from the people stage; place from the regions of the sentence
 */
import type { EventFact, EventType, Mention } from '../analysis/schema.ts';
import type { ExtractContext, Span, StageResult } from './types.ts';
import type { Found } from './index.ts';
import { dateMentions, findDates, type DateHit } from './dates.ts';
import { DATELINE_MARK, EVENT_TRIGGER, EVENT_TRIGGERS, NOT_REPORTED, SAME_DAY } from './events/lexicon.ts';

// How many sentences from the top may hold the main event when none carries a date.
const LEAD_SENTENCES = 4;

interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly type: EventType;
}

/** events: type, date, place, lead official, participants. */
export function extractEvents(ctx: ExtractContext, found: Found): StageResult<EventFact> {
  const { text, meta, sentences } = ctx;
  const dates = findDates(text, meta);
  const mentions: Mention[] = dateMentions(dates);
  const triggersIn = (s: Span): Trigger[] =>
    [...text.slice(s.start, s.end).matchAll(EVENT_TRIGGER)].map((m) => ({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
      type: EVENT_TRIGGERS[m[0]]!,
    }));
  const datesIn = (s: Span) => dates.filter((d) => d.start >= s.start && d.end <= s.end);

  // 2. the main event
  let main: { sentence: Span; trigger: Trigger } | null = null;
  for (const s of sentences) {
    if (datesIn(s).length === 0 && !DATELINE_MARK.test(text.slice(s.start, s.end))) continue;
    const t = triggersIn(s)[0];
    if (t) {
      main = { sentence: s, trigger: t };
      break;
    }
  }
  if (!main) {
    for (const s of sentences.slice(0, LEAD_SENTENCES)) {
      const t = triggersIn(s)[0];
      if (t) {
        main = { sentence: s, trigger: t };
        break;
      }
    }
  }
  if (!main) return { facts: [], mentions };

  const people = found.people.facts;
  const lead = people.find((p) => p.role === 'lead')?.name ?? null;
  const participants = people.filter((p) => p.role === 'participant').map((p) => p.name);
  const mainDate = eventDate(datesIn(main.sentence), main.trigger, meta.dateline);
  const facts: EventFact[] = [event(text, main.sentence, main.trigger, mainDate, placeIn(found, text, main.sentence), lead, participants)];
  mentions.push(eventMention(text, main.trigger, 'event.main'));

  // 3. other happenings of another type, reported (not planned) after the main sentence
  const seen = new Set<EventType>([main.trigger.type]);
  for (const s of sentences) {
    if (s.start <= main.sentence.start) continue;
    const body = text.slice(s.start, s.end);
    for (const t of triggersIn(s)) {
      if (seen.has(t.type) || NOT_REPORTED.test(text.slice(s.start, t.start))) continue;
      const own = datesIn(s);
      if (own.length === 0 && !SAME_DAY.test(body)) continue;
      seen.add(t.type);
      const date = own.length ? eventDate(own, t, meta.dateline) : mainDate;
      facts.push(event(text, s, t, date, placeIn(found, text, s), null, []));
      mentions.push(eventMention(text, t, 'event.other'));
    }
  }
  return { facts, mentions };
}

/** The date of an event: the sentence's last date before the trigger, else the dateline. */
function eventDate(dates: readonly DateHit[], t: Trigger, dateline: string | null): string | null {
  const before = dates.filter((d) => d.start < t.start);
  const d = before[before.length - 1] ?? dates[0];
  return d ? d.date : dateline;
}

/** The first region named in the sentence after any dateline (长沙晚报…讯 names the outlet). */
function placeIn(found: Found, text: string, s: Span): string | null {
  const mark = text.slice(s.start, s.end).lastIndexOf('讯');
  const from = mark >= 0 ? s.start + mark : s.start;
  const m = found.regions.mentions.find((r) => r.start >= from && r.end <= s.end && r.rule !== 'region.deictic');
  if (!m) return null;
  return found.regions.facts.find((f) => f.code === m.key)?.name ?? m.text;
}

function event(text: string, s: Span, t: Trigger, date: string | null, place: string | null, lead: string | null, participants: readonly string[]): EventFact {
  const raw = text.slice(s.start, s.end);
  const lead0 = raw.length - raw.trimStart().length;
  return { type: t.type, date, place, lead, participants, text: raw.trim(), start: s.start + lead0, end: s.start + lead0 + raw.trim().length };
}

function eventMention(text: string, t: Trigger, rule: string): Mention {
  return { type: 'event', text: text.slice(t.start, t.end), start: t.start, end: t.end, kind: t.type, rule };
}
