/**
 * Validation of the annotated sets the quality gate scores (demo `corpus/` and held-out `corpus/gate/`):
 * annotations parse and use the schema vocabularies, region codes exist in GB/T 2260 with that name,
 * every annotated string occurs in its document, noisy manifests point at real files and annotations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t2sEdits } from '../../src/normalize/index.ts';
import { applyEdits } from '../../src/text/edits.ts';
import { loadAnnotations, REPO_ROOT, SETS, type SetName } from './sets.ts';
import { QUANTITY_CHANGE } from '../../src/analysis/schema.ts';

// A metric that is only a change word (增长, 同比增长, 年增, 增速): the @1 convention, now written as `change`.
const CHANGE_AS_METRIC = /^(?:同比|环比|年均|年)?(?:增长|下降|增速|增幅|增)$/;

// GB/T 2260 codes: current names (latest-2024.txt) and every name a code ever had (result.csv).
const AREA_DIR = resolve(REPO_ROOT, '../shared/data/areacodes');
const haveAreaCodes = existsSync(join(AREA_DIR, 'latest-2024.txt')) && existsSync(join(AREA_DIR, 'result.csv'));

function areaNames(): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const add = (code: string, name: string) => {
    if (!names.has(code)) names.set(code, new Set());
    names.get(code)!.add(name);
  };
  for (const line of readFileSync(join(AREA_DIR, 'latest-2024.txt'), 'utf8').split('\n')) {
    const [code, name] = line.trim().split(/\s+/);
    if (code && name) add(code, name);
  }
  for (const line of readFileSync(join(AREA_DIR, 'result.csv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split(',');
    if (cols[0] && cols[3]) add(cols[0], cols[3]);
  }
  return names;
}

// The autonomy suffix of a region name: 自治区/自治州/自治县/自治旗 (autonomous region/prefecture/county/banner).
const AUTONOMY_SUFFIX = /自治[区州县旗]$/;
// An ethnic group name before the autonomy suffix: 蒙古族, 藏族, 朝鲜族, 布依族, 苗族, 满族, 回族, 维吾尔, 壮族 …
const ETHNIC_SUFFIX = /(?:蒙古|藏|回|维吾尔|壮|朝鲜|布依|苗|满|彝|哈尼|侗|土家|傣|白|黎|羌|哈萨克|土|撒拉)族?$/;
// A generic level suffix: 地区 (prefecture), 盟 (league), 省/市/县/区 (province, city, county, district).
const LEVEL_SUFFIX = /(?:地区|盟|[省市县区])$/;

/** How a text may write a region: 十堰 for 十堰市, 海西 for 海西蒙古族藏族自治州, 广西 for 广西壮族自治区. */
function regionShortName(name: string): string {
  if (AUTONOMY_SUFFIX.test(name)) {
    let s = name.replace(AUTONOMY_SUFFIX, '');
    for (let t = s.replace(ETHNIC_SUFFIX, ''); t !== s && t.length >= 2; t = s.replace(ETHNIC_SUFFIX, '')) s = t;
    return s;
  }
  return name.length > 2 ? name.replace(LEVEL_SUFFIX, '') : name;
}

/** The codes a region code belongs to: its prefecture-level city and its province. */
function parentCodes(code: string): string[] {
  const out: string[] = [];
  if (!code.endsWith('00')) out.push(`${code.slice(0, 4)}00`);
  if (!code.endsWith('0000')) out.push(`${code.slice(0, 2)}0000`);
  return out;
}

const KINDS = new Set(['company', 'government', 'association', 'research', 'platform', 'park', 'project', 'honor', 'other']);
const EVENT_TYPES = new Set(['座谈会', '调研', '签约', '拉练', '观摩', '推进会', '大会', '展会', '揭牌', '开工', '投产', 'other']);
const ROLES = new Set(['lead', 'participant', 'journalist', 'photographer', 'referenced', 'mentioned']);
// A story date: `2025-03-08`, or `--03-08` when the document states no year.
const DATE = /^(?:\d{4}|-)-\d{2}-\d{2}$/;
// A publish time: ISO 8601 with the +08:00 offset.
const PUBLISHED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

/** The annotated documents of a set, each text in Simplified script (annotations name what the Simplified analysis text holds). */
function documents(set: SetName) {
  const { dir } = SETS[set];
  return [...loadAnnotations(dir)].map(([slug, annotation]) => {
    const raw = readFileSync(join(dir, 'clean', `${slug}.txt`), 'utf8');
    return { slug, annotation, text: applyEdits(raw, t2sEdits(raw)).text };
  });
}

test('should hold at least 32 held-out gate documents of 300 to 1,000 characters, each with its annotation', () => {
  const dir = SETS.gate.dir;
  const texts = readdirSync(join(dir, 'clean')).filter((n) => n.endsWith('.txt'));
  const notes = readdirSync(join(dir, 'annotations')).filter((n) => n.endsWith('.json'));
  assert.deepEqual(texts.map((n) => n.slice(0, -4)).sort(), notes.map((n) => n.slice(0, -5)).sort());
  assert.ok(texts.length >= 32, `only ${texts.length} gate documents`);
  for (const d of documents('gate')) {
    const n = d.text.replace(/\s/g, '').length;
    assert.ok(n >= 300 && n <= 1000, `${d.slug}: ${n} characters`);
  }
});

test('should not share a headline between the gate set and the demo set', () => {
  const demo = new Set(documents('demo').map((d) => d.text.split('\n', 1)[0]));
  for (const d of documents('gate')) assert.ok(!demo.has(d.text.split('\n', 1)[0]), d.slug);
});

for (const set of Object.keys(SETS) as SetName[]) {
  const docs = documents(set);

  test(`should parse every ${set} annotation into the schema vocabularies and date forms`, () => {
    for (const { slug, annotation: a, text } of docs) {
      assert.equal(a.metadata?.title, text.split('\n', 1)[0], `${slug}: title is the first line`);
      assert.ok(a.metadata.dateline === null || DATE.test(a.metadata.dateline!), `${slug}: dateline ${a.metadata.dateline}`);
      assert.ok(a.metadata.published === null || PUBLISHED.test(a.metadata.published!), `${slug}: published ${a.metadata.published}`);
      for (const o of a.organizations ?? []) assert.ok(KINDS.has(o.kind), `${slug}: kind ${o.kind}`);
      for (const p of a.people ?? []) assert.ok(!p.role || ROLES.has(p.role), `${slug}: role ${p.role}`);
      for (const e of a.events ?? []) {
        assert.ok(EVENT_TYPES.has(e.type), `${slug}: event ${e.type}`);
        assert.ok(e.date === null || DATE.test(e.date), `${slug}: event date ${e.date}`);
      }
      for (const q of a.quantities ?? []) {
        assert.ok(Number.isFinite(q.value) && q.unit.length > 0, `${slug}: quantity ${q.metric}`);
        // Analysis @2: a change is its own field, never the metric (同比增长 as a metric was @1's convention).
        assert.ok(q.change == null || QUANTITY_CHANGE.test(q.change), `${slug}: change ${q.change}`);
        assert.ok(q.metric !== null || q.change != null, `${slug}: a quantity without metric or change`);
        assert.ok(q.metric === null || !CHANGE_AS_METRIC.test(q.metric), `${slug}: change word as metric ${q.metric}`);
      }
    }
  });

  test(`should find every annotated ${set} name, title, metric and qualifier in its document`, () => {
    for (const { slug, annotation: a, text } of docs) {
      const strings: (string | null | undefined)[] = [a.metadata?.outlet, ...(a.metadata?.reporters ?? [])];
      for (const p of a.people ?? []) strings.push(p.name, ...(p.titles ?? []));
      for (const o of a.organizations ?? []) strings.push(o.name, o.canonical);
      strings.push(...(a.industries ?? []));
      for (const q of a.quantities ?? []) strings.push(q.metric, q.qualifier);
      for (const e of a.events ?? []) strings.push(e.lead);
      for (const s of strings) if (s) assert.ok(text.includes(s), `${slug}: "${s}" not in its text`);
    }
  });

  test(`should give every ${set} region a GB/T 2260 code that had that name, written or a parent of a written one`, { skip: !haveAreaCodes }, () => {
    const names = areaNames();
    for (const { slug, annotation: a, text } of docs) {
      const regions = a.regions ?? [];
      const written = regions.filter((r) => text.includes(regionShortName(r.name)));
      const parents = new Set(written.flatMap((r) => parentCodes(r.code)));
      for (const r of regions) {
        assert.match(r.code, /^\d{6}$/, `${slug}: ${r.name}`);
        assert.ok(names.get(r.code)?.has(r.name), `${slug}: ${r.code} was never ${r.name}`);
        assert.ok(written.includes(r) || parents.has(r.code), `${slug}: region ${r.name} is neither written nor a parent`);
      }
      assert.equal(new Set(regions.map((r) => r.code)).size, regions.length, `${slug}: duplicate region`);
    }
  });

  test(`should map every noisy ${set} file of the manifest to an annotation and an existing file`, () => {
    const folder = join(SETS[set].dir, SETS[set].noisy);
    const manifestPath = join(folder, 'MANIFEST.json');
    if (!existsSync(manifestPath)) return;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: { file: string; source: string }[] };
    const slugs = new Set(docs.map((d) => d.slug));
    for (const e of manifest.documents) {
      assert.ok(slugs.has(e.source), `${e.file}: no annotation ${e.source}`);
      assert.ok(existsSync(join(folder, e.file)), `${e.file} is missing`);
    }
    assert.deepEqual(new Set(manifest.documents.map((e) => e.source)), slugs);
  });
}

test('should write region short forms as texts do', () => {
  assert.deepEqual(
    ['十堰市', '广西壮族自治区', '海西蒙古族藏族自治州', '岫岩满族自治县', '阿克苏地区', '翁牛特旗', '威县', '内蒙古自治区'].map(regionShortName),
    ['十堰', '广西', '海西', '岫岩', '阿克苏', '翁牛特旗', '威县', '内蒙古'],
  );
});
