/** In-process API tests (Hono `app.request`) on an in-memory PGlite store filled by the real pipeline. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Store } from '../store/index.ts';
import { createApp } from './app.ts';
import { FIXTURE_CITY, FIXTURE_INDUSTRY, KNOWN_PHRASE, openFixtureStore } from './fixture.ts';

const TOKEN = 'test-token-123';
let store: Store;
let app: Hono;

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const r = await app.request(path, init);
  return { status: r.status, body: await r.json() };
}

before(async () => {
  ({ store } = await openFixtureStore());
  app = createApp({ store, token: TOKEN, log: () => undefined });
});
after(async () => {
  await store.close();
});

describe('api basics', () => {
  it('should answer health with the document count', async () => {
    assert.deepEqual(await json('/api/health'), { status: 200, body: { status: 'ok', documents: 5 } });
  });
  it('should serve an OpenAPI 3 document listing every route', async () => {
    const { status, body } = await json('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const p of ['/api/search', '/api/map', '/api/clusters/{region}/{industry}', '/api/ingest', '/api/documents/{id}']) assert.ok(body.paths[p], p);
  });
  it('should answer an unknown API route with a JSON 404', async () => {
    assert.deepEqual(await json('/api/nope'), { status: 404, body: { error: 'not-found', message: 'no such API route' } });
  });
  it('should set a Content-Security-Policy without inline scripts', async () => {
    const r = await app.request('/api/health');
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'(;|$)/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  });
});

describe('search', () => {
  it('should find a known phrase with a marked, escaped snippet', async () => {
    const { status, body } = await json(`/api/search?q=${encodeURIComponent(KNOWN_PHRASE)}`);
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    assert.equal(body.facetSample, 1);
    assert.equal(body.mode, 'fulltext');
    assert.equal(body.hits[0].title, '宜宾动力电池项目集中开工');
    assert.match(body.hits[0].snippet, /<mark>动力电池<\/mark>/);
    assert.deepEqual(body.hits[0].snippetParts.filter((p: any) => p.mark).map((p: any) => p.text), ['动力电池', '动力电池']);
    assert.deepEqual(body.facets.region, [{ value: '510000', label: '四川省', labelEn: 'Sichuan', count: 1 }]);
  });
  it('should fall back to a substring match for a one-character query', async () => {
    const { body } = await json(`/api/search?q=${encodeURIComponent('锂')}`);
    assert.equal(body.mode, 'substring');
    assert.equal(body.total, 1);
  });
  it('should filter by region and industry', async () => {
    const all = await json(`/api/search?q=${encodeURIComponent('工程机械')}`);
    assert.equal(all.body.total, 3);
    const hunan = await json(`/api/search?q=${encodeURIComponent('工程机械')}&region=430000&industry=${FIXTURE_INDUSTRY}`);
    assert.equal(hunan.body.total, 3); // every Hunan document names 工程机械, a taxonomy industry
    const sichuan = await json(`/api/search?q=${encodeURIComponent('工程机械')}&region=510000`);
    assert.equal(sichuan.body.total, 0);
  });
  it('should reject a missing query and a bad filter with a 400 naming the field', async () => {
    assert.deepEqual(await json('/api/search'), { status: 400, body: { error: 'bad-request', message: 'q: Invalid input: expected string, received undefined' } });
    const bad = await json('/api/search?q=x&region=43');
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /^region: expected a six-digit region code/);
  });
  it('should export hits as CSV and JSONL', async () => {
    const csv = await app.request(`/api/search?q=${encodeURIComponent(KNOWN_PHRASE)}&format=csv`);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\r\n');
    assert.equal(lines[0], 'id,title,outlet,published,dateline,homeRegion,sourcePath,rank,snippet');
    assert.equal(lines.length, 2);
    const jsonl = await app.request(`/api/search?q=${encodeURIComponent(KNOWN_PHRASE)}&format=jsonl`);
    assert.equal(JSON.parse((await jsonl.text()).trim()).title, '宜宾动力电池项目集中开工');
  });
});

describe('documents', () => {
  it('should page the list with a total', async () => {
    const { body } = await json('/api/documents?limit=2&offset=1');
    assert.equal(body.total, 5);
    assert.equal(body.items.length, 2);
    assert.equal(body.limit, 2);
    assert.equal(body.offset, 1);
  });
  it('should return one document with texts, removals, mentions and facts', async () => {
    const list = await json(`/api/documents?region=${FIXTURE_CITY}&limit=10`);
    const id = list.body.items.find((d: any) => d.title === '长沙工程机械产业集群再添新动能').id;
    const { status, body } = await json(`/api/documents/${id}`);
    assert.equal(status, 200);
    assert.ok(body.original.length > 0 && body.clean.length > 0);
    assert.ok(Array.isArray(body.removals));
    const q = body.facts.filter((f: any) => f.type === 'quantity');
    assert.deepEqual(q.map((f: any) => body.clean.slice(f.start, f.end)), ['规上企业达到130家', '产值2150亿元', '12.5%']);
    assert.deepEqual(q.map((f: any) => [f.data.metric, f.data.change]), [['规上企业', null], ['产值', null], ['产值', '同比增长']]);
    for (const m of body.mentions) assert.equal(body.clean.slice(m.start, m.end), m.text);
  });
  it('should answer 404 for an unknown id and 400 for a malformed one', async () => {
    assert.equal((await json(`/api/documents/${'0'.repeat(64)}`)).status, 404);
    assert.equal((await json('/api/documents/..%2F..%2Fetc')).status, 400);
  });
});

describe('map, regions, industries, entities', () => {
  it('should count documents per province with top industries', async () => {
    const { body } = await json('/api/map');
    // Ties on documents are broken by fact counts, which grow as extractors land: compare ties as a set.
    const pairs = body.areas.map((a: any) => [a.code, a.documents]);
    assert.deepEqual(pairs[0], ['430000', 3]);
    assert.deepEqual(pairs.slice(1).sort(), [['330000', 1], ['510000', 1]]);
    assert.deepEqual(body.areas[0].topIndustries, [{ id: FIXTURE_INDUSTRY, name: '工程机械', nameEn: 'construction machinery', documents: 3 }]);
    assert.deepEqual([body.areas[0].name, body.areas[0].nameEn], ['湖南省', 'Hunan']);
    assert.equal(body.areas[0].enterprises, 2);
  });
  it('should filter the map by industry and drill into cities', async () => {
    const ind = await json(`/api/map?industry=${FIXTURE_INDUSTRY}`);
    assert.deepEqual(ind.body.areas.map((a: any) => [a.code, a.documents]), [['430000', 3]]);
    const city = await json('/api/map?level=city&province=430000');
    assert.deepEqual(city.body.areas.map((a: any) => [a.code, a.name, a.documents]), [['430100', '长沙市', 3]]);
    assert.equal((await json('/api/map?level=city')).status, 400);
  });
  it('should list the region tree and one region', async () => {
    const tree = await json('/api/regions');
    const hunan = tree.body.items.find((p: any) => p.code === '430000');
    assert.equal(hunan.documents, 3);
    assert.equal(hunan.children.find((c: any) => c.code === '430100').documents, 3);
    const cs = await json('/api/regions/430100');
    assert.deepEqual([cs.body.name, cs.body.nameEn], ['长沙市', 'Changsha']);
    assert.deepEqual(cs.body.parent, { code: '430000', name: '湖南省', nameEn: 'Hunan' });
    assert.deepEqual(cs.body.children.find((c: any) => c.code === '430104'), { code: '430104', name: '岳麓区', nameEn: 'Yuelu District', level: 'county' });
    assert.deepEqual(cs.body.industries, [{ id: FIXTURE_INDUSTRY, name: '工程机械', nameEn: 'construction machinery', documents: 3 }]);
    // Home documents (the page's count) and documents mentioning the city (its document list), both stated.
    assert.deepEqual([cs.body.documents, cs.body.mentioning], [3, 3]);
    assert.equal((await json('/api/documents?region=430100')).body.total, cs.body.mentioning);
    assert.equal((await json('/api/regions/999999')).status, 404);
  });
  it('should rank regions of an industry', async () => {
    const { body } = await json(`/api/industries/${FIXTURE_INDUSTRY}`);
    assert.deepEqual(body.regions, [{ code: '430000', name: '湖南省', nameEn: 'Hunan', documents: 3 }]);
    assert.deepEqual([body.name, body.nameEn], ['工程机械', 'construction machinery']);
    assert.equal((await json('/api/industries/unknown-industry')).status, 404);
  });
  it('should show an entity with its mentions in context', async () => {
    const list = await json(`/api/documents?region=${FIXTURE_CITY}&limit=10`);
    let found = false;
    for (const d of list.body.items) {
      const doc = await json(`/api/documents/${d.id}`);
      const m = doc.body.mentions.find((x: any) => x.entityId !== null);
      if (!m) continue;
      const e = await json(`/api/entities/${m.entityId}`);
      assert.equal(e.status, 200);
      assert.ok(e.body.mentions.some((x: any) => x.docId === d.id && x.text === m.text));
      found = true;
      break;
    }
    assert.ok(found, 'expected a mention linked to an entity');
    assert.equal((await json('/api/entities/0')).status, 400);
  });
  it('should count attention per month', async () => {
    const { body } = await json('/api/timeline?region=430000');
    assert.deepEqual(body, { points: [{ month: '2025-04', documents: 1 }, { month: '2025-06', documents: 1 }], undated: 1 });
    // The undated ones are listed by the documents route: the timeline's months and undated add up to the list.
    const undated = await json('/api/documents?region=430000&undated=true');
    assert.deepEqual(undated.body.items.map((d: any) => d.sourcePath), ['fixture/conflict.txt']);
    assert.equal((await json('/api/documents?region=430000')).body.total, 3);
  });
  it('should name the region and industry a list is filtered by', async () => {
    const { body } = await json(`/api/documents?region=430100&industry=${FIXTURE_INDUSTRY}&limit=1`);
    assert.deepEqual(body.filters, {
      region: { code: '430100', name: '长沙市', nameEn: 'Changsha' },
      industry: { id: FIXTURE_INDUSTRY, name: '工程机械', nameEn: 'construction machinery' },
    });
    assert.deepEqual((await json('/api/documents?limit=1')).body.filters, { region: null, industry: null });
    assert.deepEqual((await json('/api/search?q=动力电池&region=510000')).body.filters.region, { code: '510000', name: '四川省', nameEn: 'Sichuan' });
  });
});

describe('clusters', () => {
  it('should list clusters ranked by documents', async () => {
    // The taxonomy now also finds industries in the pipeline-built fixture documents: the fixture
    // cluster ranks first; the rest depend on the extractors and are only checked for order.
    const { body } = await json('/api/clusters');
    assert.deepEqual([body.items[0].region, body.items[0].industry, body.items[0].documents], [FIXTURE_CITY, FIXTURE_INDUSTRY, 3]);
    assert.ok(body.items.every((c: any, i: number) => i === 0 || body.items[i - 1].documents >= c.documents));
    assert.equal(body.total, body.items.length);
  });
  it('should show latest figures with their source spans and conflicting figures side by side', async () => {
    const { body } = await json(`/api/clusters/${FIXTURE_CITY}/${FIXTURE_INDUSTRY}`);
    assert.equal(body.documents, 3);
    const firms = body.figures.find((f: any) => f.metric === '规上企业');
    assert.deepEqual([firms.metric, firms.value, firms.unit, firms.text], ['规上企业', 130, '家', '规上企业达到130家']);
    // A level and its change are two figures of one metric: the change is not the level's latest value.
    assert.deepEqual(body.figures.filter((f: any) => f.metric === '产值' && f.change).map((f: any) => [f.change, f.value, f.unit]), [['同比增长', 12.5, '%']]);
    assert.ok(body.figures.some((f: any) => f.metric === '产值' && f.change === null && f.unit === '亿元'));
    const doc = await json(`/api/documents/${firms.docId}`);
    assert.equal(doc.body.clean.slice(firms.start, firms.end), '规上企业达到130家');
    const conflict = body.conflicts.find((c: any) => c.metric === '规上企业');
    assert.deepEqual(conflict.figures.map((f: any) => f.value).sort(), [128, 130]);
    assert.deepEqual(body.enterprises.map((o: any) => o.name).sort(), ['三一重工', '中联重科']);
    assert.deepEqual(body.parks.map((o: any) => o.name), ['长沙经开区工程机械产业园']);
    // The fixture's own directive; the directive extractor may find more in the pipeline-built documents.
    assert.ok(body.directives.some((g: any) => g.category === 'finance' && g.items.length >= 1));
    const finance = body.directives.find((g: any) => g.category === 'finance');
    assert.deepEqual([finance.name, finance.nameEn], ['金融资本', 'Finance and capital']);
    assert.equal(body.sources.length, 3);
  });
  it('should answer a region-only cluster and 404 an unknown region', async () => {
    assert.equal((await json(`/api/clusters/${FIXTURE_CITY}`)).body.documents, 3);
    assert.equal((await json('/api/clusters/999999/x')).status, 404);
  });
  it('should give an industry\'s chain with the region\'s documents per member, gaps at zero', async () => {
    const { status, body } = await json(`/api/chain?industry=${FIXTURE_INDUSTRY}&region=${FIXTURE_CITY}`);
    assert.equal(status, 200);
    assert.deepEqual([body.head.id, body.head.name, body.head.documents, body.focus, body.region], [FIXTURE_INDUSTRY, '工程机械', 3, FIXTURE_INDUSTRY, FIXTURE_CITY]);
    assert.deepEqual(body.members.map((m: any) => [m.id, m.role, m.documents]), [
      ['concrete-machinery', 'midstream', 0], ['excavators', 'midstream', 0], ['loaders', 'midstream', 0],
      ['construction-machinery-parts', 'component', 0], ['hydraulics', 'component', 0],
    ]);
    // A member's chain is its head's, focused on the member.
    const member = await json('/api/chain?industry=excavators');
    assert.deepEqual([member.body.head.id, member.body.focus, member.body.region, member.body.members.length], [FIXTURE_INDUSTRY, 'excavators', null, 5]);
    // An industry under a sector that has a chain is no member of it: 纺织机械 does not get 装备制造's components.
    const sibling = await json('/api/chain?industry=textile-machinery');
    assert.deepEqual([sibling.body.head.id, sibling.body.members], ['textile-machinery', []]);
    // No chain in the taxonomy: no members; unknown industry: 404.
    assert.deepEqual((await json('/api/chain?industry=food')).body.members, []);
    assert.equal((await json('/api/chain?industry=no-such-industry')).status, 404);
    assert.equal((await json('/api/chain')).status, 400);
  });
  it('should 404 an industry that is neither in the taxonomy nor in any document', async () => {
    const typo = await json(`/api/clusters/${FIXTURE_CITY}/no-such-industry`);
    assert.deepEqual([typo.status, typo.body.message], [404, 'no industry no-such-industry']);
    // A taxonomy industry without documents in the region is an empty cluster, not an error.
    const empty = await json(`/api/clusters/${FIXTURE_CITY}/textiles`);
    assert.deepEqual([empty.status, empty.body.documents, empty.body.industry.name !== null], [200, 0, true]);
  });
});

describe('ingest', () => {
  it('should refuse uploads without the token', async () => {
    const form = new FormData();
    form.append('files', new Blob(['x']), 'a.txt');
    const r = await json('/api/ingest', { method: 'POST', body: form });
    assert.equal(r.status, 401);
    const wrong = await json('/api/ingest', { method: 'POST', body: form, headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);
  });
  it('should ingest uploaded files with progress and per-file errors, then find them in search', async () => {
    const form = new FormData();
    form.append('files', new Blob(['青岛海洋装备产业联盟成立\n青岛日报讯 2025年7月1日，青岛市海洋装备产业联盟正式成立。']), '../../evil name.txt');
    form.append('files', new Blob([]), 'empty.txt');
    const r = await json('/api/ingest', { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(r.status, 202);
    let job = r.body;
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 50));
      job = (await json(`/api/ingest/${job.id}`)).body;
    }
    assert.equal(job.status, 'finished');
    assert.deepEqual(job.files.map((f: any) => [f.name, f.status]), [['../../evil name.txt', 'stored'], ['empty.txt', 'rejected']]);
    assert.equal(job.files[1].errors[0].code, 'empty');
    const s = await json(`/api/search?q=${encodeURIComponent('海洋装备')}`);
    assert.equal(s.body.total, 1);
    assert.equal((await json('/api/ingest/nope')).status, 404);
  });
  it('should map and cluster a county its province administers directly under its own name', async () => {
    const form = new FormData();
    form.append('files', new Blob(['仙桃非织造布产业推进会召开\n仙桃日报讯 2025年6月5日，仙桃市召开非织造布产业推进会，全市非织造布企业120家参加。']), 'xiantao.txt');
    let job = (await json('/api/ingest', { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } })).body;
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 50));
      job = (await json(`/api/ingest/${job.id}`)).body;
    }
    assert.equal(job.status, 'finished');
    // 仙桃市 is 429004 (city code 90: administered by Hubei directly); 429000 names nothing and the map draws 仙桃 itself.
    const map = await json('/api/map?level=city&province=420000');
    assert.deepEqual(map.body.areas.map((a: any) => [a.code, a.name, a.nameEn, a.documents]), [['429004', '仙桃市', 'Xiantao', 1]]);
    const clusters = await json('/api/clusters?region=420000&industry=nonwovens');
    assert.deepEqual(clusters.body.items.map((c: any) => [c.region, c.regionName, c.regionNameEn, c.industryNameEn]), [['429004', '仙桃市', 'Xiantao', 'nonwovens']]);
    const hubei = (await json('/api/regions')).body.items.find((p: any) => p.code === '420000');
    assert.deepEqual(hubei.children.find((c: any) => c.code === '429004'), { code: '429004', name: '仙桃市', nameEn: 'Xiantao', level: 'county', documents: 1 });
    assert.equal(hubei.documents, 1);
  });
  it('should refuse a request without files', async () => {
    const r = await json('/api/ingest', { method: 'POST', body: new FormData(), headers: { authorization: `Bearer ${TOKEN}` } });
    assert.deepEqual(r, { status: 400, body: { error: 'bad-request', message: 'files: at least one file is required' } });
  });
});
