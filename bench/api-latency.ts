/**
 * bench/api-latency: p50/p95 of the API's read routes over N generated documents (default 100,000).
 * Rows are generated in SQL (generate_series) straight into the store's tables — documents with a
 * jieba-style `search` tsvector, home regions, industries, entities, mentions and facts — so the
 * numbers measure the queries, not the pipeline. Requests go through the Hono app in-process.
 *
 *   node --import tsx bench/api-latency.ts [--docs 100000] [--requests 40] [--db DIR]
 *
 * Targets (task H): p95 ≤ 100 ms for map, cluster, chain and document; ≤ 200 ms for search.
 */
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/store/index.ts';
import { createApp } from '../src/server/app.ts';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const DOCS = Number(arg('docs', '100000'));
const REQUESTS = Number(arg('requests', '40'));
const DB = arg('db', '');

/** Cities (GB/T 2260) the generated documents are about, and industries. */
const CITIES = ['430100', '430200', '420300', '320200', '320500', '440300', '440600', '510100', '511500', '330100', '330600', '370200', '350200', '210100', '610100', '410100'];
/** Taxonomy ids with whole chains under them (`/api/chain` 404s an id the taxonomy lacks, as INDUSTRIES' are). */
const CHAIN_INDUSTRIES = ['equipment', 'automotive', 'rail-transit', 'electronics', 'new-energy', 'new-materials', 'biomedicine', 'textiles'];
const INDUSTRIES = ['engineering-machinery', 'battery', 'semiconductor', 'textile', 'biomedicine', 'rail-transit', 'auto', 'appliance', 'software', 'new-materials'];
const WORDS = ['工程机械', '动力电池', '集成电路', '纺织印染', '生物医药', '轨道交通', '商用车', '家电', '软件', '新材料'];
const FILLER = ['产业集群', '高质量发展', '推进会', '签约', '项目', '企业', '园区', '创新', '链长制', '招商引资', '数字化', '智能制造'];

async function generate(db: Awaited<ReturnType<typeof openStore>>['db']): Promise<void> {
  const sql = `
  WITH g AS (SELECT i, ($1::text[])[1 + i % ${CITIES.length}] AS city, ($2::text[])[1 + i % ${INDUSTRIES.length}] AS ind,
    ($3::text[])[1 + i % ${WORDS.length}] AS word, ($4::text[])[1 + i % ${FILLER.length}] AS f1, ($4::text[])[1 + (i / 7) % ${FILLER.length}] AS f2
    FROM generate_series($5::int, $6::int) AS i)
  INSERT INTO documents (id, content_hash, schema, source_path, title, outlet, published, encoding, original, clean, extraction, home_region, search)
  SELECT md5(i::text) || md5((i + 1)::text), md5(i::text), 'cluster-atlas/analysis@2', 'gen/' || i || '.txt',
    word || f1 || '第' || i || '期', '日报' || (i % 50), timestamptz '2021-01-01' + (i % 1500) * interval '1 day', '{}'::jsonb,
    repeat(word || f1 || f2 || '，', 12) || '编号' || i, repeat(word || f1 || f2 || '，', 12) || '编号' || i,
    -- The document's one mention (its organization row is made below), which the document page reads from here.
    jsonb_build_object('mentions', jsonb_build_array(jsonb_build_object('type', 'organization', 'kind', 'company',
      'key', '企业' || (i % 5000), 'text', '企业' || (i % 5000), 'start', 10, 'end', 14, 'rule', 'gen'))), city,
    to_tsvector('simple', word || ' ' || f1 || ' ' || f2 || ' 编号 ' || i)
  FROM g`;
  const chunk = 20_000;
  for (let from = 0; from < DOCS; from += chunk) {
    const to = Math.min(DOCS, from + chunk) - 1;
    await db.query(sql, [CITIES, INDUSTRIES, WORDS, FILLER, from, to]);
    const ids = `SELECT i, md5(i::text) || md5((i + 1)::text) AS id, ($1::text[])[1 + i % ${CITIES.length}] AS city,
      ($2::text[])[1 + i % ${INDUSTRIES.length}] AS ind FROM generate_series($3::int, $4::int) AS i`;
    await db.query(`INSERT INTO doc_regions (doc_id, code, count, home) SELECT id, city, 2, true FROM (${ids}) x
      UNION ALL SELECT id, left(city, 2) || '0000', 1, false FROM (${ids}) y`, [CITIES, INDUSTRIES, from, to]);
    await db.query(`INSERT INTO doc_industries (doc_id, industry_id, count) SELECT id, ind, 2 FROM (${ids}) x`, [CITIES, INDUSTRIES, from, to]);
    await db.query(`INSERT INTO facts (doc_id, type, entity_id, region_code, industry_id, data, start, "end", date)
      SELECT id, 'quantity', NULL::bigint, city, ind, jsonb_build_object('metric', '规上企业', 'change', NULL, 'value', 100 + i % 50, 'unit', '家', 'year', 2020 + i % 5, 'text', '规上企业', 'start', 0, 'end', 4), 0, 4, (2020 + i % 5)::text FROM (${ids}) x
      UNION ALL SELECT id, 'event', NULL::bigint, city, NULL::text, jsonb_build_object('type', '签约', 'text', '签约仪式', 'date', '2024-01-01', 'participants', '[]'::jsonb), 4, 8, '2024-01-01' FROM (${ids}) x`,
    [CITIES, INDUSTRIES, from, to]);
  }
  await db.query(`INSERT INTO entities (type, kind, name, key, region_code, doc_count)
    SELECT 'organization', 'company', '企业' || j, 'org' || j, ($1::text[])[1 + j % ${CITIES.length}], 10 FROM generate_series(0, 4999) AS j`, [CITIES]);
  await db.query(`INSERT INTO facts (doc_id, type, entity_id, region_code, data, date)
    SELECT md5(i::text) || md5((i + 1)::text), 'organization', e.id, e.region_code, jsonb_build_object('name', e.name, 'kind', 'company'), NULL
    FROM generate_series(0, $1::int - 1) AS i JOIN entities e ON e.key = 'org' || (i % 5000)`, [DOCS]);
  await db.query(`INSERT INTO mentions (doc_id, entity_id, type, kind, key, text, start, "end", rule)
    SELECT md5(i::text) || md5((i + 1)::text), e.id, 'organization', 'company', e.name, e.name, 10, 14, 'gen'
    FROM generate_series(0, $1::int - 1) AS i JOIN entities e ON e.key = 'org' || (i % 5000)`, [DOCS]);
  await db.query(`INSERT INTO cluster_docs (industry_id, code, doc_id, published)
    SELECT i.industry_id, r.code, r.doc_id, d.published FROM doc_regions r JOIN doc_industries i ON i.doc_id = r.doc_id
    JOIN documents d ON d.id = r.doc_id WHERE r.home ON CONFLICT DO NOTHING`);
  // The map's counters are added by the ingest writer (migration 008), not by triggers: recount them here.
  await db.query('SELECT ui_map_recount()');
  await db.exec('ANALYZE');
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const store = await openStore({ dir: DB || null });
const t0 = performance.now();
const { rows } = await store.db.query<{ n: unknown }>('SELECT count(*) AS n FROM documents');
if (Number(rows[0].n) < DOCS) await generate(store.db);
const genS = (performance.now() - t0) / 1000;
const app = createApp({ store, token: 'bench', log: (m) => console.error(m) });
const ids = (await store.db.query<{ id: string }>(`SELECT id FROM documents ORDER BY id LIMIT ${REQUESTS}`)).rows.map((r) => r.id);
const routes: Record<string, (i: number) => string> = {
  'map (province)': (i) => `/api/map${i % 2 ? `?industry=${INDUSTRIES[i % INDUSTRIES.length]}` : ''}`,
  'map (city)': (i) => `/api/map?level=city&province=${CITIES[i % CITIES.length].slice(0, 2)}0000`,
  cluster: (i) => `/api/clusters/${CITIES[i % CITIES.length]}/${INDUSTRIES[i % INDUSTRIES.length]}`,
  chain: (i) => `/api/chain?industry=${CHAIN_INDUSTRIES[i % CHAIN_INDUSTRIES.length]}&region=${CITIES[i % CITIES.length]}`,
  document: (i) => `/api/documents/${ids[i % ids.length]}`,
  'search (word)': (i) => `/api/search?q=${encodeURIComponent(WORDS[i % WORDS.length] + FILLER[i % FILLER.length])}`,
  'search (rare)': (i) => `/api/search?q=${encodeURIComponent(`编号 ${1000 + i}`)}`,
  'search (1 char)': (i) => `/api/search?q=${encodeURIComponent('链')}&limit=20&offset=${i}`,
};
// CPU time of this process per request (PGlite runs on this thread): on a loaded machine the wall clock also
// counts waiting for a core, so CPU p50/p95 are printed beside it.
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const out: Record<string, { p50: number; p95: number; cpuP50: number; cpuP95: number }> = {};
for (const [name, url] of Object.entries(routes)) {
  await app.request(url(0)); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const s = performance.now();
    const c = cpuMs();
    const r = await app.request(url(i));
    if (r.status !== 200) throw new Error(`Expected 200 from ${url(i)}, got ${r.status}: ${await r.text()}`);
    await r.arrayBuffer();
    times.push(performance.now() - s);
    cpu.push(cpuMs() - c);
  }
  const r1 = (x: number) => Math.round(x * 10) / 10;
  out[name] = { p50: r1(pct(times, 50)), p95: r1(pct(times, 95)), cpuP50: r1(pct(cpu, 50)), cpuP95: r1(pct(cpu, 95)) };
  console.log(`${name.padEnd(16)} p50 ${String(out[name].p50).padStart(7)} ms   p95 ${String(out[name].p95).padStart(7)} ms` +
    `   CPU p50 ${String(out[name].cpuP50).padStart(7)} ms   p95 ${String(out[name].cpuP95).padStart(7)} ms`);
}
console.log(JSON.stringify({ docs: DOCS, requests: REQUESTS, generateSeconds: Math.round(genS), latencyMs: out }));
await store.close();
