/**
 * quality/seeds: checks an Analysis against one entry of the acceptance file
 * (`../shared/acceptance/seeds.json`). Each expectation becomes one named check
 * (`present: …`, `people: 胡衡华 [省委常委, 市委书记]`, `trap: …`), so a report can
 * say exactly what passes and a gate can pin how many must.
 */
import type { Analysis } from '../analysis/schema.ts';

/** One expectation and whether the analysis meets it. */
export interface SeedCheck {
  readonly field: string;
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
  /** True for `_stretch` expectations (aimed for, not required). */
  readonly stretch?: boolean;
}

/** The shape of one document in seeds.json (only the fields used here). */
export interface SeedExpectation {
  readonly file: string;
  readonly absent?: readonly string[];
  readonly present?: readonly string[];
  readonly present_once?: readonly string[];
  readonly present_stretch?: readonly string[];
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly regions?: readonly { name: string; code: string }[];
  readonly people?: readonly { name: string; titles: readonly string[]; role?: string }[];
  readonly organizations?: readonly { name: string; kind: string; aliases?: readonly string[]; canonical_stretch?: string }[];
  readonly parks?: readonly string[];
  readonly projects?: readonly string[];
  readonly honors?: readonly string[];
  readonly industries?: readonly string[];
  readonly quantities?: readonly { metric: string; value: number; unit: string; qualifier?: string }[];
  readonly events?: readonly { type: string; date: string | null; lead: string | null }[];
  readonly traps?: readonly string[];
}

// Whitespace normalization used for absent/present comparisons: NBSP folded, runs collapsed.
const SPACES = /[\s\u00a0\u3000]+/g;
const fold = (s: string) => s.replace(SPACES, ' ').trim();
const squash = (s: string) => s.replace(SPACES, '');

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Check one analysis against its seed expectation. */
export function checkSeed(a: Analysis, exp: SeedExpectation): SeedCheck[] {
  const out: SeedCheck[] = [];
  const text = fold(a.text);
  const flat = squash(a.text);
  const has = (s: string) => text.includes(fold(s)) || flat.includes(squash(s));

  for (const s of exp.absent ?? []) out.push({ field: 'absent', name: s, ok: !text.includes(fold(s)) });
  for (const s of exp.present ?? []) out.push({ field: 'present', name: s, ok: has(s) });
  for (const s of exp.present_stretch ?? []) out.push({ field: 'present', name: s, ok: has(s), stretch: true });
  for (const s of exp.present_once ?? []) {
    const n = Math.max(countOccurrences(text, fold(s)), countOccurrences(flat, squash(s)));
    out.push({ field: 'present_once', name: s, ok: n === 1, detail: `found ${n}×` });
  }

  for (const [key, want] of Object.entries(exp.metadata ?? {})) {
    const stretch = key.endsWith('_stretch');
    const field = stretch ? key.slice(0, -'_stretch'.length) : key;
    const got = (a as unknown as Record<string, unknown>)[field];
    out.push({ field: 'metadata', name: `${field} = ${JSON.stringify(want)}`, ok: JSON.stringify(got) === JSON.stringify(want), detail: `got ${JSON.stringify(got)}`, stretch });
  }

  for (const r of exp.regions ?? []) {
    out.push({ field: 'regions', name: `${r.name} ${r.code}`, ok: a.regions.some((x) => x.code === r.code && x.name === r.name) });
  }

  for (const p of exp.people ?? []) {
    const got = a.people.find((x) => x.name === p.name);
    const titlesOk = !!got && p.titles.every((t) => got.titles.includes(t));
    const roleOk = !p.role || (got?.role === 'referenced');
    out.push({
      field: 'people',
      name: `${p.name} [${p.titles.join(', ')}]${p.role ? ' ' + p.role : ''}`,
      ok: titlesOk && roleOk,
      detail: got ? `got [${got.titles.join(', ')}] ${got.role}` : 'not found',
    });
  }

  const orgs = a.organizations;
  for (const o of exp.organizations ?? []) {
    const got = orgs.find((x) => x.name === o.name && x.kind === o.kind);
    out.push({ field: 'organizations', name: `${o.name} (${o.kind})`, ok: !!got, detail: got ? undefined : `kinds seen: ${orgs.filter((x) => x.name === o.name).map((x) => x.kind).join(',') || 'none'}` });
    for (const alias of o.aliases ?? []) {
      out.push({ field: 'organizations', name: `${o.name} alias ${alias}`, ok: !!got && (got.aliases ?? []).includes(alias) });
    }
    if (o.canonical_stretch) {
      out.push({ field: 'organizations', name: `${o.name} → ${o.canonical_stretch}`, ok: got?.canonical === o.canonical_stretch, stretch: true });
    }
  }
  const kinds: [string, readonly string[] | undefined][] = [['park', exp.parks], ['project', exp.projects], ['honor', exp.honors]];
  for (const [kind, names] of kinds) {
    for (const n of names ?? []) out.push({ field: `${kind}s`, name: n, ok: orgs.some((x) => x.name === n && x.kind === kind) });
  }

  for (const n of exp.industries ?? []) out.push({ field: 'industries', name: n, ok: a.industries.some((x) => x.name === n) });

  for (const q of exp.quantities ?? []) {
    const ok = a.quantities.some(
      (x) => x.metric === q.metric && x.value === q.value && x.unit === q.unit && (q.qualifier === undefined || x.qualifier === q.qualifier),
    );
    out.push({ field: 'quantities', name: `${q.metric} ${q.qualifier ?? ''}${q.value}${q.unit}`, ok });
  }

  for (const e of exp.events ?? []) {
    const ok = a.events.some((x) => x.type === e.type && x.date === e.date && x.lead === e.lead);
    out.push({ field: 'events', name: `${e.type} ${e.date} ${e.lead}`, ok, detail: JSON.stringify(a.events.map((x) => [x.type, x.date, x.lead])) });
  }

  for (const t of exp.traps ?? []) out.push({ field: 'traps', name: t, ok: checkTrap(a, t) });
  return out;
}

// Trap texts are prose; these general checks cover the kinds they describe.
function checkTrap(a: Analysis, trap: string): boolean {
  const names = (trap.match(/[\u4e00-\u9fff]{2,4}(?=[,，\s]|$| as)/g) ?? []).filter((n) => !/作为|年份/.test(n));
  if (/as people of this story|as a participant/.test(trap)) {
    // Named persons must not be people of the story (photographers may be listed with that role).
    return names.every((n) => !a.people.some((p) => p.name === n && p.role !== 'photographer' && p.role !== 'journalist'));
  }
  const year = /\b(19|20)\d\d\b/.exec(trap)?.[0];
  if (year && /year/.test(trap)) {
    return !(a.dateline ?? '').startsWith(year) && !a.events.some((e) => (e.date ?? '').startsWith(year));
  }
  if (/any year attached/.test(trap)) {
    return (a.dateline === null || a.dateline.startsWith('--')) && a.events.every((e) => e.date === null || e.date.startsWith('--'));
  }
  const figure = /(\d+(?:\.\d+)?)(亿美元|亿元|万)?/.exec(trap.replace(/\b(19|20)\d\d年/g, ''));
  if (/quantity|figure/.test(trap) && figure) {
    const v = Number(figure[1]);
    return !a.quantities.some((q) => q.value === v);
  }
  if (/phone number|e-mail/.test(trap)) {
    return !a.mentions.some((m) => /\d{3,4}-\d{7,8}|@/.test(m.text));
  }
  if (/jammer characters/.test(trap)) {
    return !a.mentions.some((m) => /[`#$%&*+\\~|^@[\]{}]/.test(m.text));
  }
  if (/导读|lead counted/.test(trap)) {
    const body = squash(a.text);
    const first = a.events[0]?.text ?? '';
    return !first || countOccurrences(body, squash(first)) <= 1;
  }
  return true;
}
