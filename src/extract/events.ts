/**
 * extract/events: events — type, date, place, lead official, participants.
 *
 * 1. dates of the text, resolved against the dateline and publication date (extract/dates)
 * 2. the main event: the first trigger in the first sentence that carries a date (the lead
 *    paragraph), else in the first sentences; its date from that sentence, else the dateline
 * 3. other happenings: triggers of another type in reporting sentences (not 要/将 …)
 * 4. the lead: the first official named in the lead paragraph when their clause is an act of leading
 *    (宣布 / 出席 / 主持 / 揭牌 …; not 致辞); participants from the people stage; place from the
 *    regions of the sentence
 */
import type { EventFact, EventType, Mention } from '../analysis/schema.ts';
import type { ExtractContext, Span, StageResult } from './types.ts';
import type { Found } from './index.ts';
import { dateMentions, findDates, type DateHit } from './dates.ts';
import { Automaton } from './automaton.ts';
import {
  ALREADY_BEFORE,
  AT_MEETING_START,
  ATTEND_ACT,
  DECLARE_ACT,
  CONTEXT_AFTER,
  COUNT_AFTER,
  DATELINE_MARK,
  EVENT_LEAD_ACT,
  EVENT_TRIGGERS,
  LEAD_CLAUSE_END,
  SAME_DAY_START,
  NOT_REPORTED,
  PLANNED_BEFORE,
  RANGE_END_BEFORE,
  SAME_DAY,
} from './events/lexicon.ts';

/** Working meetings: what a sentence opening with 会上 reports happened inside them. */
const WORKING_MEETINGS: ReadonlySet<EventType> = new Set(['推进会', '座谈会']);

// How many sentences from the top may hold the main event when none carries a date.
const LEAD_SENTENCES = 4;

interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly type: EventType;
  /** The setting of another event (博览会期间), not the event reported. */
  readonly context: boolean;
}

// Person roles that never lead an event: credited staff and leaders only referred to.
const NOT_ACTORS: ReadonlySet<string> = new Set(['journalist', 'photographer', 'referenced']);
// How many paragraphs from the main sentence's are searched for the lead (headline, summary, lead).
const LEAD_PARAGRAPHS = 4;
// How far after the lead's name (or name list) the act of leading is looked for.
const LEAD_CLAUSE_MAX = 60;

/** Every trigger word (EVENT_TRIGGER's alternatives) in one automaton, matched leftmost-longest as the longest-first alternation was. */
const TRIGGERS = new Automaton(Object.keys(EVENT_TRIGGERS));

/** events: type, date, place, lead official, participants. */
export function extractEvents(ctx: ExtractContext, found: Found): StageResult<EventFact> {
  const { text, meta, sentences } = ctx;
  const dates = findDates(text, meta);
  const mentions: Mention[] = dateMentions(dates);
  const triggersIn = (s: Span): Trigger[] => {
    // EVENT_TRIGGER's matches in the sentence: leftmost-longest trigger words, not overlapping.
    const out: Trigger[] = [];
    for (let i = TRIGGERS.nextStart(text, s.start, s.end); i < s.end; i = TRIGGERS.nextStart(text, i, s.end)) {
      const k = TRIGGERS.longestAt(text, i, s.end);
      if (k < 0) {
        i++;
        continue;
      }
      const word = TRIGGERS.keys[k]!;
      const end = i + word.length;
      out.push({ start: i, end, type: EVENT_TRIGGERS[word]!, context: CONTEXT_AFTER.test(text.slice(end, end + 2)) });
      i = end;
    }
    return out;
  };
  const datesIn = (s: Span) => dates.filter((d) => d.start >= s.start && d.end <= s.end);
  // A trigger that can be the main event: reported, not the setting of another one, not announced.
  // A generic meeting ('other': 推介会, 论坛) yields to a specific happening reported in the same sentence
  // (招商推介会，现场签约项目12个: the signing is the event).
  const mainIn = (s: Span) => {
    const ok = triggersIn(s).filter(
      (x) => !x.context && !PLANNED_BEFORE.test(text.slice(s.start, x.start)) && !ALREADY_BEFORE.test(text.slice(Math.max(s.start, x.start - 6), x.start)),
    );
    return ok.find((x) => x.type !== 'other') ?? ok[0];
  };

  // 2. the main event
  let main: { sentence: Span; trigger: Trigger } | null = null;
  for (const s of sentences) {
    if (datesIn(s).length === 0 && !DATELINE_MARK.test(text.slice(s.start, s.end))) continue;
    const t = mainIn(s);
    if (t) {
      main = { sentence: s, trigger: t };
      break;
    }
  }
  if (!main) {
    for (const s of sentences.slice(0, LEAD_SENTENCES)) {
      const t = mainIn(s);
      if (t) {
        main = { sentence: s, trigger: t };
        break;
      }
    }
  }
  if (!main) return { facts: [], mentions };

  const people = found.people.facts;
  const lead = eventLead(text, found, main.sentence, dates);
  const participants = people.filter((p) => p.role === 'participant').map((p) => p.name);
  const mainDate = eventDate(datesIn(main.sentence), main.trigger, meta.dateline, text);
  const facts: EventFact[] = [event(text, main.sentence, main.trigger, mainDate, placeIn(found, text, main.sentence), lead, participants)];
  const mainMention = mentions.push(eventMention(text, main.trigger, 'event.main')) - 1;

  // 3. other happenings of another type, reported (not planned) after the main sentence
  const seen = new Set<EventType>([main.trigger.type]);
  // 推介会，现场签约…。推介会上，…介绍了: a generic meeting named in the main sentence is the setting of the
  // main event; a later 推介会上/会上 refers back to it, no second happening.
  if (triggersIn(main.sentence).some((t) => t.type === 'other')) seen.add('other');
  // the setting named in the main sentence (博览会期间 … 签约仪式): an event of the same day
  for (const t of triggersIn(main.sentence)) {
    if (!t.context || seen.has(t.type)) continue;
    seen.add(t.type);
    facts.push(event(text, main.sentence, t, mainDate, placeIn(found, text, main.sentence), null, []));
    mentions.push(eventMention(text, t, 'event.context'));
  }
  let tallied: EventType | null = null;
  for (const s of sentences) {
    if (s.start <= main.sentence.start) continue;
    const hits = triggersIn(s);
    if (hits.length === 0) continue; // no happening, and no tally (below) either
    const body = text.slice(s.start, s.end);
    // 现场签约项目15个，…企业签订合作协议: a sentence that counts a kind of event reports a tally, not one.
    const counted = new Set(hits.filter((t) => COUNT_AFTER.test(text.slice(t.end, t.end + 2))).map((t) => t.type));
    // 会上签约项目16个: a tally of the same day still tells what kind of meeting it was.
    if (!tallied && datesIn(s).length === 0) tallied = hits.find((t) => counted.has(t.type) && t.type !== 'other' && !NOT_REPORTED.test(text.slice(s.start, t.start)))?.type ?? null;
    // 会上，甲与乙签订了合作协议: at a working meeting (推进会, 座谈会) a signing is part of it, no second event
    // (a 大会's signings are events of their own; a generic meeting's, 推介会, give it their type below).
    const atMeeting = WORKING_MEETINGS.has(main.trigger.type) && AT_MEETING_START.test(body);
    for (const t of hits) {
      if (atMeeting || seen.has(t.type) || counted.has(t.type) || NOT_REPORTED.test(text.slice(s.start, t.start))) continue;
      // 近日，…新建产线投产: a vague date (近日, 日前) dates no happening of its own.
      const own = datesIn(s).filter((d) => d.kind !== 'vague');
      if (own.length === 0 && !SAME_DAY.test(body)) continue;
      seen.add(t.type);
      const date = own.length ? eventDate(own, t, meta.dateline, text) : mainDate;
      facts.push(event(text, s, t, date, placeIn(found, text, s), null, []));
      mentions.push(eventMention(text, t, 'event.other'));
    }
  }
  // 招商推介会举行。⏎推介会上，28个项目现场签约: a generic meeting whose same-day happening is specific
  // takes that happening's type (the annotation convention: a promotion meeting with signings is a 签约).
  const specific = facts[0]!.type === 'other' ? facts.findIndex((f, i) => i > 0 && f.type !== 'other' && f.date === mainDate) : -1;
  if (specific > 0) {
    facts[0] = { ...facts[0]!, type: facts[specific]!.type };
    mentions[mainMention] = { ...mentions[mainMention]!, kind: facts[specific]!.type };
    facts.splice(specific, 1);
  } else if (facts[0]!.type === 'other' && tallied) {
    facts[0] = { ...facts[0]!, type: tallied };
    mentions[mainMention] = { ...mentions[mainMention]!, kind: tallied };
  }
  return { facts, mentions };
}

/**
 * The lead of the event in sentence `s`: the first official named from there to the paragraph's end
 * (journalists and leaders only referred to left out), when the clause after their name — and after
 * the names listed with them (州委书记甲，州委副书记、州长乙率…) — holds an act of leading, or is
 * attendance (参加) by the only official named there. Null when the first official only speaks
 * (致辞) or attends beside others: the annotation convention (corpus/README.md).
 */
function eventLead(text: string, found: Found, s: Span, dates: readonly DateHit[]): string | null {
  // The paragraph from the main sentence on; when it names no official (a headline, a summary line),
  // the next paragraph that carries a date or a dateline (讯), or the one right after a dated paragraph
  // that named none (讯…开工仪式举行。⏎州委书记甲宣布开工: the officials get their own paragraph), and
  // on through paragraphs that name none (签约仪式举行。⏎会上，某集团…⏎市委书记甲在签约仪式上说).
  let from = s.start;
  let named: Mention[] = [];
  let end = from;
  let afterDated = false;
  // 3月7日，甲带队赴苏州…⏎当天，…签订投资协议: a same-day sentence opening its paragraph continues the
  // paragraph before, which names the officials; it is read first.
  const paraStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (paraStart === s.start && paraStart > 0 && SAME_DAY_START.test(text.slice(s.start, s.start + 2))) {
    const prev = text.lastIndexOf('\n', paraStart - 2) + 1;
    const nl = text.indexOf('\n', paraStart);
    const paraEnd = nl < 0 ? text.length : nl;
    const own = found.people.mentions.some((m) => m.type === 'person' && m.start >= paraStart && m.end <= paraEnd);
    if (!own) from = prev;
  }
  for (let tries = 0; tries < LEAD_PARAGRAPHS && from < text.length; tries++) {
    const nl = text.indexOf('\n', from);
    end = nl < 0 ? text.length : nl;
    const para = text.slice(from, end);
    const dated = tries === 0 || DATELINE_MARK.test(para) || dates.some((d) => d.start >= from && d.end <= end);
    const follows: boolean = afterDated;
    afterDated = dated || follows;
    if (dated || follows) {
      const lo = from;
      named = found.people.mentions.filter((m) => m.type === 'person' && m.start >= lo && m.end <= end && !NOT_ACTORS.has(m.kind ?? ''));
      if (named.length > 0) break;
    }
    from = end + 1;
  }
  const first = named[0];
  if (!first) return null;
  // 甲，乙，丙出席开幕式，乙宣布博览会开幕: the official who declares it open leads it.
  const declarer = named.find((m) => DECLARE_ACT.test(text.slice(m.end, m.end + 2)));
  if (declarer) return declarer.key ?? declarer.text;
  const titles = found.people.mentions.filter((m) => m.type === 'title' && m.start >= first.end && m.end <= end);
  let pos = first.end;
  for (const p of named.slice(1)) {
    let gap = text.slice(pos, p.start);
    for (const t of titles) if (t.end <= p.start && t.end - (t.key ?? t.text).length >= pos) gap = gap.replace(t.key ?? t.text, '');
    if (!LISTED_GAP.test(gap)) break;
    pos = p.end;
  }
  const clause = text.slice(pos, pos + LEAD_CLAUSE_MAX).split(LEAD_CLAUSE_END)[0]!;
  if (EVENT_LEAD_ACT.test(clause)) return first.key ?? first.text;
  // 市长甲参加 with no other official in the paragraph: the one official present leads it.
  const alone = named.every((m) => (m.key ?? m.text) === (first.key ?? first.text));
  return alone && ATTEND_ACT.test(clause) ? (first.key ?? first.text) : null;
}

// Between two names of one list once their titles are cut: 、 ， 和 及 与 and spaces only.
const LISTED_GAP = /^[、，,和及与\s]*$/;

/** The date of an event: the sentence's last date before the trigger (not a range's end), else the dateline. */
function eventDate(dates: readonly DateHit[], t: Trigger, dateline: string | null, text = ''): string | null {
  const before = dates.filter((d) => d.start < t.start && !RANGE_END_BEFORE.test(text.slice(Math.max(0, d.start - 1), d.start)));
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
