/**
 * Every page over the five shared sample pages (issue #4 "Done when"): the samples are ingested
 * into an in-memory store from ../shared/samples/seeds (never copied into the project) and each
 * page — map, province, cluster, region, industry, entity, document, search, upload, English,
 * Traditional, phone width — must render without page errors, failed API calls or an error box.
 * Screenshots: test-artifacts/samples-*.png. Skipped when the samples or Chromium are absent.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../../src/ingest/ingest.ts';
import { ensureUi } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { browserSkipReason, openSession, type Session } from './harness.ts';

const SEEDS = resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/samples/seeds');
const skip = !existsSync(SEEDS) ? `no samples at ${SEEDS}` : browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('every page over the five samples', { skip: skip ?? false, timeout: 180_000 }, () => {
  let store: Store;
  let s: Session;
  const failed: string[] = [];
  const api = async (path: string) => (await fetch(`${s.server.url}${path}`)).json();

  /** Open a route, wait for the page to settle, check for an error box, save a screenshot. */
  async function visit(route: string, shot: string, ready = 'main h2, main h3'): Promise<void> {
    await s.page.goto(`${s.server.url}/${route}`);
    await s.page.waitForSelector(ready);
    await s.page.waitForTimeout(400); // ECharts animates its first paint
    assert.equal(await s.page.locator('main .error').count(), 0, `error box on ${route}`);
    await s.shot(`samples-${shot}`);
  }

  before(async () => {
    await ensureUi();
    store = await openStore({ dir: null });
    const summary = await ingest([SEEDS], { store, workers: 1 });
    assert.equal(summary.stored, 5);
    s = await openSession(store);
    s.page.on('response', (r) => r.url().includes('/api/') && r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  });
  after(async () => {
    await s?.close();
    await store?.close();
  });

  it('should colour every home province on the map and drill into each', async () => {
    await visit('#/', 'map', '[data-testid=ranking] li');
    const provinces = await s.page.locator('[data-testid=ranking] li button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-code')));
    assert.ok(provinces.length >= 3, `expected the samples' provinces, got ${provinces.join(',')}`);
    for (const code of provinces) await visit(`#/?province=${code}`, `province-${code}`, '[data-testid=map][data-level=city]');
  });

  it('should show each cluster, region and industry page', async () => {
    const clusters = (await api('/api/clusters?limit=5')).items as { region: string; industry: string }[];
    assert.ok(clusters.length > 0);
    for (const c of clusters) await visit(`#/cluster/${c.region}/${c.industry}`, `cluster-${c.region}-${c.industry}`, '[data-testid=cluster-title]');
    const docs = (await api('/api/documents?limit=10')).items as { id: string; homeRegion?: string | null }[];
    for (const code of new Set(clusters.map((c) => c.region))) await visit(`#/region/${code}`, `region-${code}`);
    await visit(`#/industry/${clusters[0].industry}`, 'industry');
    // Industries resolve to taxonomy names once data/industries exists: a bare id shows it is missing.
    const names = (await api('/api/map')).areas.flatMap((a: any) => a.topIndustries.map((i: any) => i.name));
    assert.ok(names.every((n: unknown) => typeof n === 'string' && n.length > 0), 'expected industry names from the taxonomy');
    assert.equal(docs.length, 5);
  });

  it('should show every document with its removals and highlights', async () => {
    const docs = (await api('/api/documents?limit=10')).items as { id: string }[];
    for (const [i, d] of docs.entries()) {
      await visit(`#/doc/${d.id}`, `document-${i + 1}`, '[data-testid=clean]');
      assert.ok((await s.page.locator('[data-testid=clean] mark.m').count()) > 0, `no highlights in document ${d.id}`);
    }
  });

  it('should show an entity, search, upload and the timeline', async () => {
    const doc = (await api('/api/documents?limit=10')).items[0];
    const detail = await api(`/api/documents/${doc.id}`);
    const m = detail.mentions.find((x: any) => x.entityId != null);
    if (m) await visit(`#/entity/${m.entityId}`, 'entity');
    await visit(`#/search?q=${encodeURIComponent('产业')}`, 'search', '[data-testid=hits] li');
    await visit(`#/search?q=${encodeURIComponent('链')}`, 'search-1char', '[data-testid=hits] li');
    await visit('#/upload', 'upload', '[data-testid=dropzone]');
    const timeline = await api('/api/timeline');
    assert.ok(timeline.points.length > 0);
  });

  it('should switch to English and Traditional and fit a phone', async () => {
    const { page } = s;
    const doc = (await api('/api/documents?limit=1')).items[0];
    await visit('#/', 'map-zh', '[data-testid=ranking] li');
    await page.click('[data-testid=lang-toggle]');
    await visit(`#/doc/${doc.id}`, 'document-en', '[data-testid=clean]');
    assert.equal(await page.textContent('[data-testid=lang-toggle]'), '中文');
    await page.click('[data-testid=lang-toggle]');
    await page.click('[data-testid=script-toggle]');
    await page.waitForFunction(() => document.querySelector('[data-testid=script-toggle]')?.textContent !== '繁體');
    await page.waitForTimeout(800); // the converter chunk loads on first use
    await s.shot('samples-document-traditional');
    await page.click('[data-testid=script-toggle]');
    await page.setViewportSize({ width: 390, height: 844 });
    await visit('#/', 'phone-map', '[data-testid=ranking] li');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than a phone`);
    await visit(`#/doc/${doc.id}`, 'phone-document', '[data-testid=clean]');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('should have made no failing API call and thrown no page error', () => {
    assert.deepEqual(failed, []);
    assert.deepEqual(s.errors, []);
  });
});
