import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCleanCorpus, CORPUS_DIR } from './source.ts';

// GB/T 2260 codes: current names (latest-2024.txt) and every name a code ever had (result.csv).
const AREA_DIR = resolve(CORPUS_DIR, '../../shared/data/areacodes');
const haveAreaCodes = existsSync(resolve(AREA_DIR, 'latest-2024.txt'));

function areaNames(): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const add = (code: string, name: string) => {
    if (!names.has(code)) names.set(code, new Set());
    names.get(code)!.add(name);
  };
  for (const line of readFileSync(resolve(AREA_DIR, 'latest-2024.txt'), 'utf8').split('\n')) {
    const [code, name] = line.trim().split(/\s+/);
    if (code && name) add(code, name);
  }
  for (const line of readFileSync(resolve(AREA_DIR, 'result.csv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split(',');
    if (cols[0] && cols[3]) add(cols[0], cols[3]);
  }
  return names;
}

// Short form of a region name as texts write it: 十堰 for 十堰市, 广西 for 广西壮族自治区.
function shortName(name: string): string {
  const m = /^(.+?)(?:壮族|回族|维吾尔)?自治区$/.exec(name);
  if (m) return m[1]!;
  return name.length > 2 && /[省市县区]$/.test(name) ? name.slice(0, -1) : name;
}

const docs = loadCleanCorpus();

test('should have at least 40 documents of 300 to 1,200 characters, each with an annotation', () => {
  assert.ok(docs.length >= 40, `only ${docs.length} documents`);
  for (const d of docs) {
    const n = d.text.replace(/\s/g, '').length;
    assert.ok(n >= 300 && n <= 1200, `${d.slug}: ${n} characters`);
    assert.equal(d.annotation.metadata?.title, d.headline, d.slug);
  }
});

test('should cover at least 20 provinces', { skip: !haveAreaCodes }, () => {
  const provinces = new Set(docs.flatMap((d) => (d.annotation.regions ?? []).map((r) => r.code.slice(0, 2))));
  assert.ok(provinces.size >= 20, `only ${provinces.size} provinces`);
});

// The codes a region code belongs to: its prefecture-level city and its province.
function parentCodes(code: string): string[] {
  const out: string[] = [];
  if (!code.endsWith('00')) out.push(`${code.slice(0, 4)}00`);
  if (!code.endsWith('0000')) out.push(`${code.slice(0, 2)}0000`);
  return out;
}

test('should give every region a GB/T 2260 code that had that name, written or a parent of a written one', { skip: !haveAreaCodes }, () => {
  const names = areaNames();
  for (const d of docs) {
    const regions = d.annotation.regions ?? [];
    const written = regions.filter((r) => d.text.includes(shortName(r.name)));
    const parents = new Set(written.flatMap((r) => parentCodes(r.code)));
    for (const r of regions) {
      assert.match(r.code, /^\d{6}$/, `${d.slug}: ${r.name}`);
      assert.ok(names.get(r.code)?.has(r.name), `${d.slug}: ${r.code} is not ${r.name}`);
      assert.ok(written.includes(r) || parents.has(r.code), `${d.slug}: region ${r.name} is neither in the text nor a parent`);
    }
    // Every parent of a written region that is a region itself (not 市辖区) is annotated.
    const annotated = new Set(regions.map((r) => r.code));
    for (const p of parents) if (names.has(p) && !annotated.has(p)) assert.ok(![...names.get(p)!].some((n) => /[省市州盟区]$/.test(n) && !/^(?:市辖区|县|.*直辖.*)$/.test(n)), `${d.slug}: parent ${p} not annotated`);
  }
});

test('should find every annotated string in its clean text', () => {
  for (const d of docs) {
    const a = d.annotation;
    const strings: (string | null | undefined)[] = [a.metadata?.outlet, ...(a.metadata?.reporters ?? [])];
    for (const p of a.people ?? []) strings.push(p.name, ...(p.titles ?? []));
    for (const o of a.organizations ?? []) strings.push(o.name, o.canonical);
    strings.push(...(a.industries ?? []));
    for (const q of a.quantities ?? []) strings.push(q.metric, q.qualifier);
    for (const e of a.events ?? []) strings.push(e.lead);
    for (const s of strings) if (s) assert.ok(d.text.includes(s), `${d.slug}: "${s}" not in text`);
  }
});

test('should use only the schema vocabularies and date forms', () => {
  const kinds = new Set(['company', 'government', 'association', 'research', 'platform', 'park', 'project', 'honor', 'other']);
  const events = new Set(['座谈会', '调研', '签约', '拉练', '观摩', '推进会', '大会', '展会', '揭牌', '开工', '投产', 'other']);
  const roles = new Set(['lead', 'participant', 'journalist', 'photographer', 'referenced', 'mentioned']);
  const date = /^(\d{4}|-)-\d{2}-\d{2}$/;
  for (const d of docs) {
    const a = d.annotation;
    for (const o of a.organizations ?? []) assert.ok(kinds.has(o.kind), `${d.slug}: kind ${o.kind}`);
    for (const p of a.people ?? []) assert.ok(roles.has(p.role ?? ''), `${d.slug}: role ${p.role}`);
    for (const e of a.events ?? []) {
      assert.ok(events.has(e.type), `${d.slug}: event ${e.type}`);
      assert.ok(e.date === null || date.test(e.date), `${d.slug}: date ${e.date}`);
    }
    for (const q of a.quantities ?? []) assert.equal(typeof q.value, 'number', d.slug);
    const dl = a.metadata?.dateline;
    assert.ok(dl === null || dl === undefined || date.test(dl), `${d.slug}: dateline ${dl}`);
    const pub = a.metadata?.published;
    assert.ok(pub === null || pub === undefined || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(pub), `${d.slug}: ${pub}`);
    assert.equal(pub ?? null, a.page.published, d.slug);
  }
});
