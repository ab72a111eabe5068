/**
 * Stored XSS: pages carrying `<script>` and `onerror=` (as markup, and as literal text that survives
 * cleaning) are uploaded, then shown on every page that renders document text. Nothing may run:
 * no dialog, no `window.__pwned`, and the literal text is displayed as text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureUi } from '../../src/server/index.ts';
import { openFixtureStore } from '../../src/server/fixture.ts';
import type { Store } from '../../src/store/index.ts';
import { browserSkipReason, openSession, type Session } from '../../web/test/harness.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

const TOKEN = 'xss-test-token';

/** An HTML page: real markup attacks plus escaped ones that become literal text in the clean copy. */
const HTML_PAGE = `<!doctype html><html><head><title>苏州生物医药产业大会&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>
<script>window.__pwned = 'head-script'</script></head><body>
<img src="x" onerror="window.__pwned='img-onerror'">
<p>苏州日报讯 2025年9月1日，苏州市举办生物医药产业大会。&lt;img src=x onerror="window.__pwned='text-img'"&gt;</p>
<p>会议强调，要推动生物医药产业集聚发展。<svg onload="window.__pwned='svg'"></svg>&lt;script&gt;window.__pwned='text-script'&lt;/script&gt;</p>
<a href="javascript:window.__pwned='href'">链接</a></body></html>`;

/** A text file whose body is raw markup. */
const TEXT_PAGE = `杭州数字经济产业推进会召开<script>window.__pwned='txt-script'</script>
杭州日报讯 2025年9月2日，杭州市召开数字经济产业推进会。<img src=x onerror="window.__pwned='txt-img'"><b onmouseover="window.__pwned='hover'">加粗</b>`;

describe('stored XSS in the browser', { skip: skip ?? false, timeout: 90_000 }, () => {
  let store: Store;
  let s: Session;
  const dialogs: string[] = [];
  before(async () => {
    await ensureUi();
    ({ store } = await openFixtureStore());
    s = await openSession(store, TOKEN);
    s.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  after(async () => {
    await s?.close();
    await store?.close();
  });

  it('should render uploaded script and onerror payloads as inert text everywhere', async () => {
    const form = new FormData();
    form.append('files', new Blob([HTML_PAGE]), 'attack.html');
    form.append('files', new Blob([TEXT_PAGE]), 'attack.txt');
    const res = await fetch(`${s.server.url}/api/ingest`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 202);
    let job = await res.json();
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await (await fetch(`${s.server.url}/api/ingest/${job.id}`)).json();
    }
    assert.deepEqual(job.files.map((f: any) => f.status), ['stored', 'stored']);
    const ids: string[] = job.files.flatMap((f: any) => f.docIds);
    const { page } = s;
    const pages = [
      ...ids.map((id) => `/#/doc/${id}`),
      `/#/search?q=${encodeURIComponent('生物医药')}`,
      `/#/search?q=${encodeURIComponent('script')}`,
      `/#/search?q=${encodeURIComponent('onerror')}`,
      `/#/search?q=${encodeURIComponent('数字经济')}`,
      '/#/',
      '/#/?province=320000',
      '/#/cluster/320500',
      '/#/region/330100',
    ];
    let literal = 0;
    for (const p of pages) {
      await page.goto(`${s.server.url}${p}`);
      await page.waitForSelector('main > *');
      await page.waitForTimeout(150);
      await page.mouse.move(200, 300);
      await page.locator('b, mark, del').first().hover({ timeout: 150 }).catch(() => undefined);
      assert.equal(await page.evaluate(() => (window as any).__pwned), undefined, `script ran on ${p}`);
      assert.equal(await page.locator('main script, main img, main svg, main iframe, main [onerror], main [onload], main [onmouseover]').count(), 0, p);
      const text = (await page.textContent('main')) ?? '';
      if (/onerror=|<script>/.test(text)) literal++;
    }
    assert.ok(literal >= 2, `expected the payloads shown as literal text on the document pages, got ${literal}`);
    assert.deepEqual(dialogs, []);
    await page.goto(`${s.server.url}/#/doc/${ids[1]}`);
    await page.waitForSelector('[data-testid=clean]');
    await s.shot('xss-document');
    assert.deepEqual(s.errors.filter((e) => !e.includes('favicon')), []);
  });

  it('should keep English names, filter chips and the undated count inert, in English too', async () => {
    const { page } = s;
    const payload = `<img src=x onerror="window.__pwned='chip'">`;
    const pages = [
      // The active filter chips (named from the answer, or the raw value for an outlet) and the undated link.
      `/#/search?outlet=${encodeURIComponent(payload)}&undated=true`,
      `/#/search?region=320500&industry=${encodeURIComponent('biomedicine')}`,
      `/#/search?q=${encodeURIComponent('生物医药')}`,
      '/#/region/320500', '/#/?province=320000', '/#/', '/#/cluster/320500/biomedicine', '/#/industry/biomedicine',
    ];
    await page.goto(`${s.server.url}/#/`);
    await page.evaluate(() => localStorage.setItem('atlas.lang', 'en'));
    try {
      for (const p of pages) {
        await page.goto(`${s.server.url}${p}`);
        await page.reload();
        await page.waitForSelector('main > *');
        await page.waitForTimeout(150);
        await page.mouse.move(300, 300); // the map's tooltip (HTML) over a province
        assert.equal(await page.evaluate(() => (window as any).__pwned), undefined, `script ran on ${p}`);
        assert.equal(await page.locator('main img, main script, main [onerror]').count(), 0, p);
      }
      await page.goto(`${s.server.url}/#/search?outlet=${encodeURIComponent(payload)}&undated=true`);
      await page.reload();
      await page.waitForSelector('[data-testid=active-outlet]');
      assert.equal(await page.textContent('[data-testid=active-outlet]'), `✕ ${payload}`);
      assert.deepEqual(dialogs, []);
    } finally {
      await page.evaluate(() => localStorage.removeItem('atlas.lang'));
    }
  });
});
