/**
 * Browser tests: the map renders coloured provinces, a province lists its clusters, a cluster
 * shows figures linked to their source sentence, a document shows removals and highlights,
 * search finds a known phrase, and an uploaded file shows up in search. Screenshots: test-artifacts/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureUi } from '../../src/server/index.ts';
import { FIXTURE_CITY, FIXTURE_INDUSTRY, KNOWN_PHRASE, openFixtureStore } from '../../src/server/fixture.ts';
import type { Store } from '../../src/store/index.ts';
import { browserSkipReason, colouredPixels, openSession, type Session } from './harness.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('web UI in Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  let store: Store;
  let s: Session;
  before(async () => {
    await ensureUi();
    ({ store } = await openFixtureStore());
    s = await openSession(store);
  });
  after(async () => {
    await s?.close();
    await store?.close();
  });

  it('should render the map with coloured provinces and a ranked list', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/`);
    await page.waitForSelector('[data-testid=map] canvas');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=map]')?.getAttribute('data-colored')) > 0);
    await page.waitForTimeout(600); // ECharts animates the first paint
    assert.equal(await page.getAttribute('[data-testid=map]', 'data-colored'), '3');
    assert.ok((await colouredPixels(page, '[data-testid=map]')) > 50, 'expected coloured provinces on the canvas');
    // Ties (one document each) are ordered by fact counts, which move as extractors land.
    const ranked = await page.locator('[data-testid=ranking] li button').allTextContents();
    assert.deepEqual([ranked[0], ranked.slice(1).sort()], ['湖南省', ['四川省', '浙江省'].sort()]);
    await s.shot('map-china');
  });

  it('should drill into a province and list its clusters', async () => {
    const { page } = s;
    await page.click('[data-testid=ranking] button[data-code="430000"]');
    await page.waitForSelector('[data-testid=map][data-level=city]');
    await page.waitForSelector(`[data-testid=clusters] a[href="#/cluster/${FIXTURE_CITY}/${FIXTURE_INDUSTRY}"]`);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=map]')?.getAttribute('data-colored')) > 0);
    assert.deepEqual(await page.locator('[data-testid=ranking] li a').allTextContents(), ['长沙市']);
    await page.waitForTimeout(600);
    await s.shot('map-hunan');
  });

  it('should show cluster figures linked to their source sentence', async () => {
    const { page } = s;
    await page.click(`[data-testid=clusters] a[href="#/cluster/${FIXTURE_CITY}/${FIXTURE_INDUSTRY}"]`);
    await page.waitForSelector('[data-testid=figures] a.source-link');
    assert.ok((await page.locator('[data-testid=figures] td.num').allTextContents()).includes('130家'));
    assert.ok((await page.locator('[data-testid=conflicts] .conflict').count()) >= 1);
    // Directives are grouped under the policy instrument's name, not its id (finance).
    assert.ok((await page.locator('[data-testid=directives] h4').allTextContents()).some((h) => h.startsWith('金融资本 (')));
    // The chain of 工程机械 from the taxonomy: no fixture document names a member, so all five are gaps.
    assert.equal(await page.textContent('[data-testid=chain-gaps]'), '缺口 5/5');
    assert.deepEqual(await page.locator('[data-testid=chain] .chain-role h4').allTextContents(), ['中游', '配套零部件']);
    assert.equal(await page.locator('[data-testid=chain] li.gap').count(), 5);
    await s.shot('cluster');
    await page.locator('[data-testid=figures] tr', { hasText: '130家' }).locator('a.source-link').first().click();
    await page.waitForSelector('[data-testid=focus]');
    assert.equal((await page.locator('[data-testid=focus]').allTextContents()).join(''), '规上企业达到130家');
    await s.shot('document-focus');
  });

  it('should show removals struck through with reasons and entities highlighted', async () => {
    const { page } = s;
    const doc = await (await fetch(`${s.server.url}/api/documents?limit=50`)).json();
    const ids: string[] = doc.items.map((d: any) => d.id);
    let shown = false;
    for (const id of ids) {
      const d = await (await fetch(`${s.server.url}/api/documents/${id}`)).json();
      if (!d.removals.length || !d.mentions.length) continue;
      await page.goto(`${s.server.url}/#/doc/${id}`);
      // Deletions are del.removed, rewrites (full-width → half-width, 門 → 门) del.replaced; both say why.
      await page.waitForSelector('[data-testid=original] del');
      const title = await page.getAttribute('[data-testid=original] del', 'title');
      assert.match(title ?? '', /: \S/);
      assert.ok((await page.locator('[data-testid=clean] mark.m').count()) >= 1);
      await s.shot('document');
      shown = true;
      break;
    }
    assert.ok(shown, 'expected a fixture document with removals and mentions');
  });

  it('should find a known phrase in search with highlighted hits', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/search`);
    await page.fill('[data-testid=search-input]', KNOWN_PHRASE);
    await page.press('[data-testid=search-input]', 'Enter');
    await page.waitForSelector('[data-testid=hits] li');
    assert.equal(await page.textContent('[data-testid=search-total]'), '共 1');
    assert.deepEqual(await page.locator('[data-testid=hits] .snippet mark').allTextContents(), [KNOWN_PHRASE, KNOWN_PHRASE]);
    await s.shot('search');
  });

  it('should show an uploaded file in search afterwards', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/upload`);
    const seen = s.errors.length;
    await page.fill('[data-testid=token]', 'wrong-token');
    await page.setInputFiles('[data-testid=file-input]', [{ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('无效令牌') }]);
    await page.click('[data-testid=upload-button]');
    assert.equal(await page.textContent('[data-testid=upload-error]'), '上传令牌无效：请填写 serve 启动时打印的令牌（或 ATLAS_TOKEN）。');
    // The refused upload is the one expected error; the last test checks that nothing else logged one.
    assert.deepEqual(s.errors.splice(seen), ['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    await page.goto(`${s.server.url}/#/`);
    await page.goto(`${s.server.url}/#/upload`);
    await page.fill('[data-testid=token]', 'browser-test-token');
    await page.setInputFiles('[data-testid=file-input]', [
      { name: 'upload.txt', mimeType: 'text/plain', buffer: Buffer.from('厦门半导体产业论坛举办\n厦门日报讯 2025年8月2日，厦门市举办半导体产业论坛。') },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    await page.click('[data-testid=upload-button]');
    await page.waitForSelector('[data-testid=job][data-status=finished]', { timeout: 30_000 });
    assert.deepEqual(await page.locator('[data-testid=job-files] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))), ['stored', 'rejected']);
    assert.deepEqual(await page.locator('[data-testid=job-files] li strong').allTextContents(), ['已入库', '失败']);
    assert.match((await page.textContent('[data-testid=job-status]')) ?? '', /^已完成 · /);
    await s.shot('upload');
    await page.goto(`${s.server.url}/#/search?q=${encodeURIComponent('半导体产业论坛')}`);
    await page.waitForSelector('[data-testid=hits] li');
    assert.equal(await page.textContent('[data-testid=hits] .hit-title'), '厦门半导体产业论坛举办');
  });

  it('should date a document by its China-time day and name facts and rewrites in the UI language', async () => {
    const { page } = s;
    // Published 07:30 on 2 August in Xiamen is 23:30 UTC on 1 August: the page must say 2 August.
    const text = '厦门集成电路产业论坛举办\n发布时间：2025-08-02 07:30  来源：厦门日报\n厦门日报讯 8月1日，厦门市举办集成电路产业论坛，市长张三出席。厦門企业300余家参加。\n';
    const form = new FormData();
    form.append('files', new Blob([text], { type: 'text/plain' }), 'dated.txt');
    const res = await fetch(`${s.server.url}/api/ingest`, { method: 'POST', body: form, headers: { authorization: 'Bearer browser-test-token' } });
    let job = await res.json();
    while (job.status !== 'finished' && job.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 100));
      job = await (await fetch(`${s.server.url}/api/ingest/${job.id}`)).json();
    }
    const hit = await (await fetch(`${s.server.url}/api/search?q=${encodeURIComponent('集成电路产业论坛')}`)).json();
    const id = hit.hits[0].id;
    assert.equal(hit.hits[0].published, '2025-08-01T23:30:00.000Z');
    await page.goto(`${s.server.url}/#/doc/${id}`);
    await page.waitForSelector('[data-testid=facts] li');
    assert.equal(await page.textContent('[data-testid=doc-date]'), '2025年8月2日');
    const facts = await page.locator('[data-testid=facts] li').allTextContents();
    assert.ok(facts.includes('数据 企业 300余家'), facts.join(' | '));
    assert.ok(facts.some((f) => f.startsWith('人物 张三 市长 (')), facts.join(' | '));
    assert.ok(!facts.some((f) => /quantity|person|organization|participant|company/.test(f)), facts.join(' | '));
    // 厦門 → 厦门 is a rewrite, drawn apart from deleted noise and counted apart.
    assert.equal(await page.getAttribute('[data-testid=original] del.replaced', 'title'), '改写为: 门 · 原因: normalize:t2s');
    assert.equal(await page.getAttribute('[data-testid=original] del.removed', 'title'), '原因: boilerplate:info-bar (structure)');
    assert.match((await page.textContent('[data-testid=removal-counts]')) ?? '', /^清洗记录 \(删除的噪声 \d+ · 改写 1\)$/);
    await page.goto(`${s.server.url}/#/search?q=${encodeURIComponent('集成电路产业论坛')}`);
    await page.waitForSelector('[data-testid=hits] li');
    assert.equal(await page.textContent('[data-testid=hit-date]'), '2025年8月2日');
    await s.shot('document-dated');
  });

  it('should list a region\'s documents from its page, without search terms', async () => {
    const { page } = s;
    const api = await (await fetch(`${s.server.url}/api/documents?region=430000&limit=50`)).json();
    assert.equal(api.total, 3);
    await page.goto(`${s.server.url}/#/region/430000`);
    // Two measures, each labelled: documents about the region (home) and documents mentioning it (the list).
    assert.equal(await page.textContent('[data-testid=region-home-count]'), '报道本地区的文档: 3');
    assert.equal(await page.textContent('[data-testid=region-documents]'), '提及本地区的文档: 3 →');
    await page.click('[data-testid=region-documents]');
    await page.waitForSelector('[data-testid=hits] li');
    assert.equal(await page.textContent('[data-testid=search-total]'), '共 3');
    assert.deepEqual(await page.locator('[data-testid=hits] .hit-title').allTextContents(), api.items.map((d: any) => d.title));
    // Without search terms there are no facets to count: only the active filter's box, to remove it.
    assert.deepEqual(await page.locator('.facet').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))), ['facet-region']);
    // The active filter is named, not shown as its code.
    assert.equal(await page.textContent('[data-testid=active-region]'), '✕ 湖南省');
    await page.goto(`${s.server.url}/#/search`);
    await page.waitForSelector('[data-testid=search-hint]');
  });

  it('should count undated documents under the timeline and list them', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/region/430000`);
    await page.waitForSelector('[data-testid=timeline-undated]');
    assert.equal(await page.textContent('[data-testid=timeline-undated]'), '1 篇文档无日期，未计入上图 →');
    // The bars count what the region's document list shows: documents mentioning it.
    assert.equal(await page.textContent('[data-testid=timeline-measure]'), '按月统计提及本地区的文档');
    await page.click('[data-testid=timeline-undated] a');
    await page.waitForSelector('[data-testid=hits] li');
    assert.equal(await page.textContent('[data-testid=search-total]'), '共 1');
    assert.equal(await page.textContent('[data-testid=hits] .hit-title'), '长沙工程机械规上企业数量统计');
    assert.equal(await page.textContent('[data-testid=facet-undated]'), '✕ 无日期');
  });

  it('should show regions and industries by their English names in English', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/`);
    await page.click('[data-testid=lang-toggle]');
    try {
      await page.waitForSelector('[data-testid=ranking] li button');
      const ranked = await page.locator('[data-testid=ranking] li button').allTextContents();
      // Fujian: the Xiamen pages uploaded by the tests above.
      assert.deepEqual([ranked[0], ranked.slice(1).sort()], ['Hunan', ['Fujian', 'Sichuan', 'Zhejiang']]);
      assert.ok((await page.locator('[data-testid=industry-select] option').allTextContents()).includes('Construction machinery (3)'));
      await s.shot('map-china-english');
      await page.goto(`${s.server.url}/#/cluster/${FIXTURE_CITY}/${FIXTURE_INDUSTRY}`);
      await page.waitForSelector('[data-testid=chain]');
      assert.equal(await page.textContent('[data-testid=cluster-title]'), 'Changsha · Construction machinery');
      assert.deepEqual(await page.locator('[data-testid=chain] li a').allTextContents(),
        ['Concrete machinery', 'Excavators', 'Loaders', 'Construction machinery parts', 'Hydraulic systems']);
      await page.goto(`${s.server.url}/#/region/430100`);
      await page.waitForSelector('[data-testid=region-home-count]');
      assert.equal(await page.textContent('[data-testid=region-title]'), 'Hunan › Changsha');
      assert.equal(await page.textContent('[data-testid=region-home-count]'), 'Documents about this region: 3');
      assert.ok((await page.locator('.region-page li a').allTextContents()).includes('Yuelu District'));
      await page.click('[data-testid=region-documents]');
      await page.waitForSelector('[data-testid=active-region]');
      assert.equal(await page.textContent('[data-testid=active-region]'), '✕ Changsha');
      await page.goto(`${s.server.url}/#/search?q=${encodeURIComponent(KNOWN_PHRASE)}`);
      await page.waitForSelector('[data-testid=facet-region] li');
      assert.deepEqual(await page.locator('[data-testid=facet-region] li button').allTextContents(), ['Sichuan']);
      await s.shot('search-english');
    } finally {
      await page.click('[data-testid=lang-toggle]');
    }
  });

  it('should say 未找到 for a bad address, a missing document and an unknown industry', async () => {
    const { page } = s;
    const seen = s.errors.length;
    await page.goto(`${s.server.url}/#/no-such-page`);
    assert.equal(await page.textContent('[data-testid=not-found]'), '未找到');
    await page.goto(`${s.server.url}/#/doc/${'0'.repeat(64)}`);
    assert.equal(await page.textContent('[data-testid=not-found]'), `未找到 (no document ${'0'.repeat(64)})`);
    await page.goto(`${s.server.url}/#/cluster/${FIXTURE_CITY}/no-such-industry`);
    assert.equal(await page.textContent('[data-testid=not-found]'), '未找到 (no industry no-such-industry)');
    // The two 404s are expected here; the last test checks that no other page logged an error.
    assert.deepEqual(s.errors.splice(seen).map((e) => e.replace(/\d{3}.*/, '')), Array(2).fill('console: Failed to load resource: the server responded with a status of '));
  });

  it('should draw documents per month as bars with the empty months between', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/industry/${FIXTURE_INDUSTRY}`);
    await page.waitForSelector('[data-testid=timeline] canvas');
    await page.waitForTimeout(800); // ECharts animates the first paint
    assert.ok((await colouredPixels(page, '[data-testid=timeline]')) > 20, 'expected bars on the timeline canvas');
  });

  it('should work at phone width and switch to English and Traditional', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${s.server.url}/#/cluster/${FIXTURE_CITY}/${FIXTURE_INDUSTRY}`);
    await page.waitForSelector('[data-testid=figures]');
    await page.click('[data-testid=script-toggle]');
    await page.waitForFunction(() => document.querySelector('[data-testid=cluster-title]')?.textContent?.includes('長沙市'));
    await page.click('[data-testid=lang-toggle]');
    await page.waitForFunction(() => document.querySelector('footer')?.textContent?.startsWith('Map data'));
    await s.shot('phone-traditional-english');
    await page.click('[data-testid=script-toggle]');
    await page.click('[data-testid=lang-toggle]');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(s.errors.filter((e) => !e.includes('favicon')), []);
  });
});
