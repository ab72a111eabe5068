/**
 * extract/people: people with title chains and roles (lead, participant, journalist,
 * photographer, referenced, mentioned).
 *
 * 1. reporter credits: (全媒体记者 凌晴 陈登辉) → journalists; 记者 余劭劼 摄 → photographer; the byline
 *    writers the metadata stage found (研究院 研究员 某某) → journalists
 * 2. title chains before names: 省委常委、市委书记胡衡华; lists sharing them: 市领导文树勋、廖建华
 * 3. leaders referred to: 习近平总书记
 * 4. the same names found again alone (胡衡华强调), for roles
 * 5. roles from what follows each occurrence (主持/调研/强调 lead, 参加/陪同 participant,
 *    …讲话精神 referenced); the person region from the title and the home region
 */
import type { Mention, PersonFact, PersonRole, RegionFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';
import {
  CHAIN_FILLER,
  CLAUSE_BREAK,
  CREDIT_ROLE,
  LEAD_VERBS,
  PARTICIPANT_VERBS,
  REFERENCED_AFTER,
  REFERENCED_LEADER,
  REDUNDANT_GOVERNMENT,
  RUNS_EVENT,
  loadPeopleLexicon,
  type PeopleLexicon,
} from './people/lexicon.ts';
import { creditMatches } from './people/credits.ts';
import { nameLengthAt, plausibleCreditName, plausibleName } from './people/names.ts';
import { loadGazetteer } from './regions/gazetteer.ts';
import { has, matchAllOf, matchesAt, unitTable } from './sticky.ts';

/** A mention this stage made and may still complete (its person kind is known at the end). */
type LocalMention = { -readonly [K in keyof Mention]: Mention[K] };

interface Person {
  readonly name: string;
  readonly titles: string[];
  score: number;
  participant: boolean;
  referenced: boolean;
  credit: 'journalist' | 'photographer' | null;
}

// Longest title part accepted in a chain (市工业(产业)园区标准化建设工作领导小组组长 is 24).
const MAX_TITLE = 32;
// Trailing credit words after reporter names: 摄 (photo), 报道 (reports).
const CREDIT_TAIL = /(?:摄影?|报道|报)$/;

/** people with title chains and roles (lead, participant, journalist, photographer, referenced). */
export function extractPeople(ctx: ExtractContext, found: Found): StageResult<PersonFact> {
  const lex = loadPeopleLexicon();
  const { text } = ctx;
  const people = new Map<string, Person>();
  const mentions: LocalMention[] = []; // made here, so their person kinds are set in place at the end
  const taken: [number, number][] = [];
  const isTaken = (s: number, e: number) => taken.some(([a, b]) => a < e && s < b);
  const person = (name: string): Person => {
    let p = people.get(name);
    if (!p) people.set(name, (p = { name, titles: [], score: 0, participant: false, referenced: false, credit: null }));
    return p;
  };
  const addName = (start: number, len: number, rule: string) => {
    const name = text.slice(start, start + len);
    mentions.push({ type: 'person', text: name, start, end: start + len, key: name, rule });
    taken.push([start, start + len]);
    return person(name);
  };

  // 1. reporter credits
  for (const m of creditMatches(ctx)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (NOT_CREDIT_AFTER.test(m[1]!)) continue; // 记者会上说, 记者从会上获悉: the reporter is no name here
    const photo = /^\s*摄/.test(text.slice(m.index + m[0].length)) || /摄$/.test(m[1]!);
    const dispatch = DISPATCH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    for (const tok of creditNames(withoutReportPlace(m[1]!, dispatch).replace(CREDIT_TAIL, '').trim(), lex)) {
      const at = text.indexOf(tok.text, start);
      const p = person(tok.name);
      p.credit = photo ? 'photographer' : 'journalist';
      mentions.push({ type: 'person', text: tok.text, start: at, end: at + tok.text.length, key: tok.name, kind: p.credit, rule: 'person.credit' });
      taken.push([at, at + tok.text.length]);
    }
    taken.push([m.index, m.index + m[0].length]);
  }
  // A byline the metadata stage read (华禹产业研究院 研究员 周某远): its writers are journalists too.
  for (const name of ctx.meta.reporters) {
    if (people.has(name) || !plausibleCreditName(name)) continue;
    const at = text.indexOf(name);
    if (at < 0 || isTaken(at, at + name.length)) continue;
    const p = person(name);
    p.credit = 'journalist';
    mentions.push({ type: 'person', text: name, start: at, end: at + name.length, key: name, kind: p.credit, rule: 'person.byline' });
    taken.push([at, at + name.length]);
  }

  // 2. title chains and the names (or lists of names) after them
  let lastEnd = 0;
  for (const h of matchesAt(lex.titleHeadAt, text, lex.titleWords.keyStarts(text))) {
    const he = h.index + h[0].length;
    if (h.index < lastEnd || isTaken(h.index, he)) continue;
    let at = he;
    let len = nameLengthAt(text, he, lex, false);
    if (len === 0) [at, len] = captionNameAt(text, he, lex);
    if (len === 0) continue;
    const titles = titleChain(text, Math.max(lastEnd, clauseStart(text, h.index)), he, lex, mentions);
    const group = [addName(at, len, at === he ? 'person.title' : 'person.caption')];
    let end = at + len;
    // 市领导文树勋、廖建华、邱继兴: names after 、 share the titles (but not 副市长、市公安局长).
    while (text[end] === '、') {
      lex.titleHead.lastIndex = 0;
      const l = nameLengthAt(text, end + 1, lex, true);
      if (l === 0 || startsTitle(text, end + 1, lex)) break;
      group.push(addName(end + 1, l, 'person.list'));
      end += 1 + l;
    }
    for (const p of group) for (const t of titles) if (!p.titles.includes(t)) p.titles.push(t);
    // 选举…董事长赵某为联盟理事长: a post the sentence gives the person after the name is one of their titles.
    const after = group.length === 1 ? titleAfterName(text, end, lex) : null;
    if (after && !group[0]!.titles.includes(after)) group[0]!.titles.push(after);
    judge(text, end, group);
    lastEnd = end;
  }

  // 3. leaders referred to by name and 总书记
  for (const m of matchAllOf(REFERENCED_LEADER, text)) {
    const name = m[1]!;
    if (isTaken(m.index, m.index + m[0].length) || !plausibleName(name, lex, true)) continue;
    const p = addName(m.index, name.length, 'person.leader');
    if (!p.titles.includes(m[2]!)) p.titles.push(m[2]!);
    p.referenced = true;
  }

  // 4. names found again alone: 胡衡华强调, 克克指出
  for (const p of [...people.values()]) {
    if (p.credit) continue;
    for (let i = text.indexOf(p.name); i >= 0; i = text.indexOf(p.name, i + 1)) {
      if (isTaken(i, i + p.name.length)) continue;
      addName(i, p.name.length, 'person.repeat');
      judge(text, i + p.name.length, [p]);
    }
  }

  // 5. roles and regions
  const lead = [...people.values()]
    .filter((p) => !p.credit && !p.referenced && p.score >= 2)
    .sort((a, b) => b.score - a.score)[0];
  const roleOf = (p: Person): PersonRole =>
    p.credit ?? (p.referenced ? 'referenced' : p === lead ? 'lead' : p.score > 0 || p.participant ? 'participant' : 'mentioned');
  const home = found.regions.facts.find((f) => f.home) ?? null;
  const facts: PersonFact[] = [...people.values()].map((p) => ({
    name: p.name,
    titles: p.titles,
    role: roleOf(p),
    region: personRegion(p.titles, home, found.regions.facts),
  }));
  const roles = new Map(facts.map((f) => [f.name, f.role]));
  for (const m of mentions) if (m.type === 'person') m.kind = roles.get(m.key!) ?? m.kind;
  return { facts, mentions: mentions.sort((a, b) => a.start - b.start) };
}

/**
 * A broadcast caption's name after its title: `【同期声】某局局长 孙某华:` — spaces, a name with a known surname
 * and a colon. Returns [start, length], [0, 0] when there is none.
 */
function captionNameAt(text: string, he: number, lex: PeopleLexicon): [number, number] {
  let p = he;
  while (p < he + 2 && (text[p] === ' ' || text[p] === '\u3000')) p++;
  if (p === he) return [0, 0];
  for (let len = 3; len >= 2; len--) {
    const c = text[p + len];
    if ((c === ':' || c === '：') && plausibleName(text.slice(p, p + len), lex, true)) return [p, len];
  }
  return [0, 0];
}

/** Split the names of a credit: `凌晴 陈登辉` → two; `叶 列` (spaced characters) → one. */
function creditNames(s: string, lex: PeopleLexicon): { name: string; text: string }[] {
  const toks = s.split(/\s+/).filter(Boolean);
  if (toks.length >= 2 && toks.length <= 3 && toks.every((t) => t.length === 1)) {
    const name = toks.join('');
    return plausibleName(name, lex, false) ? [{ name, text: s }] : [];
  }
  // (记者 周静怡 实习生 刘畅): staff words between the names are not names.
  return toks.filter((t) => !CREDIT_ROLE.test(t) && plausibleCreditName(t)).map((t) => ({ name: t, text: t }));
}

// A place and 报道 right after the names: 记者王晓东合肥报道 (reports from 合肥).
const PLACE_REPORT = /([\u4e00-\u9fff]{2,5})报道$/;
// A place's name as the credit's last characters, when a dispatch date follows (记者陈某豪厦门9日专电).
const PLACE_AT_END = /[\u4e00-\u9fff]{2,5}$/;
/** After a credit's names: a dispatch date, 9日专电 / 12日电 — the names end in the place filed from. */
const DISPATCH_AFTER = /^\d{1,2}日专?电/;
/**
 * What follows 记者 when it is no credit: 记者会 (press conference), 记者从…获悉, 记者在, 记者了解到 …, and the
 * labels of a broadcast transcript: 【记者出镜】 (piece to camera), 记者连线 (live link), 记者手记 (notebook).
 */
const NOT_CREDIT_AFTER = /^(?:会|从|在|了解|获悉|采访|注意到|看到|发现|一行|们|出镜|连线|手记)/;

/**
 * The credit `s` without a trailing place of reporting (王晓东合肥报道 → 王晓东): a region name before 报道,
 * or at the end when a dispatch date follows the credit (`dispatch`: 陈某豪厦门 before 9日专电).
 */
function withoutReportPlace(s: string, dispatch = false): string {
  const m = PLACE_REPORT.exec(s) ?? (dispatch ? PLACE_AT_END.exec(s) : null);
  if (!m) return s;
  const g = loadGazetteer();
  const tail = m[1] ?? m[0];
  // 齐齐哈尔台报道: the place's broadcaster (台, station) reports; the place still ends the names.
  const station = m[1] !== undefined && tail.endsWith('台') ? 1 : 0;
  // A place ending right before 报道, after a name of two characters at least (记者 李长春报道 keeps 李长春).
  // The place may be a word of its own after the names (记者 赵某婷 杨某 齐齐哈尔台报道).
  for (let i = tail.length - 2 - station; i >= 0; i--) {
    const k = g.names.longestKeyAt(tail, i);
    if (k < 0 || i + g.names.lengthOf(k) !== tail.length - station) continue;
    const rest = s.slice(0, m.index + i);
    if (i === 0 ? /\S\s+$/.test(rest) : (rest.split(/\s+/).pop() ?? '').length >= 2) return rest.trimEnd();
  }
  return s;
}

/** CLAUSE_BREAK's code units, read without a pattern call per character. */
const CLAUSE_BREAK_UNIT = unitTable(CLAUSE_BREAK);

/** Start of the clause holding position `i`. */
function clauseStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && !has(CLAUSE_BREAK_UNIT, text.charCodeAt(k - 1))) k--;
  return k;
}

/** True when a title head (or a title part ending in one before 、) starts at `i`. */
function startsTitle(text: string, i: number, lex: PeopleLexicon): boolean {
  const part = /^[^，,。、；;\s]{1,32}/.exec(text.slice(i, i + 32))?.[0] ?? '';
  for (let k = part.length; k >= 2; k--) if (lex.titleEnd.test(part.slice(0, k))) return k >= part.length - 3 || /[长记委任员导]/.test(part[k - 1]!);
  return false;
}

/**
 * The title chain in `text[from, to)`: parts joined by 、, each ending with a title head,
 * fillers before it cut (由, 会见, 与 ...). Adds a `title` mention (the bare head) per part.
 */
function titleChain(text: string, from: number, to: number, lex: PeopleLexicon, mentions: Mention[]): string[] {
  const raw = text.slice(from, to);
  const chain = raw.replace(CHAIN_FILLER, '');
  let offset = to - chain.length;
  const parts = chain.split('、');
  const out: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.trim();
    const head = lex.titleEnd.exec(part);
    if (!head || part.length > MAX_TITLE) break;
    out.unshift(REDUNDANT_GOVERNMENT.exec(part)?.[1] ?? part);
  }
  for (const part of out) {
    const at = text.indexOf(part, offset);
    const head = lex.titleEnd.exec(part)!;
    mentions.push({ type: 'title', text: head[0], start: at + head.index, end: at + part.length, key: part, rule: 'title.chain' });
    offset = at + part.length;
  }
  return out;
}

/** 为 + a title ending the clause right after a name (赵某为联盟理事长。), up to 14 characters. */
const TITLE_AFTER_NAME = /为([^，,。；;、：:\s]{2,14}?)(?=[，,。；;]|$)/y;

/** The title written after a name as 为…理事长 (elected or appointed to it), or null. */
function titleAfterName(text: string, end: number, lex: PeopleLexicon): string | null {
  TITLE_AFTER_NAME.lastIndex = end;
  const m = TITLE_AFTER_NAME.exec(text);
  return m && lex.titleEnd.test(m[1]!) ? m[1]! : null;
}

// A name list, then more names, ending in 等参加 / 陪同 / 出席 (… attend).
const LIST_THEN_ATTEND = /^[，,][^。；;]*?(?:参加|陪同|出席)[^，,。；;]{0,6}(?:[。；;]|$)/;

/** Read what follows a name (or list) in its clause: lead verbs, participation, references. */
function judge(text: string, end: number, group: readonly Person[]): void {
  const after = /^[^。；;！!？?\n]*/.exec(text.slice(end, end + 80))![0];
  if (REFERENCED_AFTER.test(after)) {
    for (const p of group) p.referenced = true;
    return;
  }
  const clause = /^[^，,]*/.exec(after)![0];
  // 市委常委、副市长黄继军，副市长、市公安局长柴普军等参加: the sentence's 参加 covers every list.
  if (clause === '' && LIST_THEN_ATTEND.test(after)) {
    for (const p of group) p.participant = true;
    return;
  }
  const acts = clause.match(LEAD_VERBS) ?? [];
  const lead = acts.length;
  const weight = acts.reduce((n, v) => n + (RUNS_EVENT.test(v) ? 4 : 2), 0);
  const part = PARTICIPANT_VERBS.test(clause.slice(0, 6));
  for (const p of group) {
    // 市长蔡战胜参加 alone is attendance; the chair or speaker leads.
    if (part && lead <= 1) p.participant = true;
    else p.score += weight;
  }
}

/** A region name without its level character (湖北省 → 湖北, 十堰市 → 十堰), memoized by name. */
const bareNames = new Map<string, string>();
function bareName(name: string): string {
  let bare = bareNames.get(name);
  if (bare === undefined) bareNames.set(name, (bare = name.replace(/[省市县区]$/, '')));
  return bare;
}

/** The region a person serves: 市… → the home city, 县/区… → the home county, 省… → its province. */
function personRegion(titles: readonly string[], home: RegionFact | null, regions: readonly RegionFact[]): string | null {
  for (let i = titles.length - 1; i >= 0; i--) {
    const t = titles[i]!;
    const named = regions.find((r) => r.count > 0 && (t.startsWith(r.name) || t.startsWith(bareName(r.name))));
    if (named && named.name.length >= 2) return named.code;
    if (!home) continue;
    if (t.startsWith('市')) return home.level === 'county' ? home.parent : home.code;
    if (/^[县区]/.test(t) && home.level === 'county') return home.code;
    if (t.startsWith('省')) return home.code.slice(0, 2) + '0000';
  }
  return null;
}
