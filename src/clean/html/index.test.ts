import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../text/edits.ts';
import { extractHtml } from './index.ts';

const STORY =
  '<p>3月5日，某市召开产业集群推进会，研究部署新能源汽车产业链发展工作。</p>' +
  '<p>会议强调，要加快推进重点项目建设，培育一批龙头企业和专精特新企业。</p>';

function page(body: string, head = '<title>某市召开产业集群推进会_某某网</title>'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

test('should keep the headline and the story, one line per block', () => {
  const r = extractHtml(page(`<div class="nav"><a>首页</a><a>新闻</a></div><div><h1>某市召开产业集群推进会</h1><div class="text">${STORY}</div></div>`));
  assert.equal(
    r.text,
    '某市召开产业集群推进会\n3月5日，某市召开产业集群推进会，研究部署新能源汽车产业链发展工作。\n会议强调，要加快推进重点项目建设，培育一批龙头企业和专精特新企业。',
  );
  assert.equal(r.meta.title, '某市召开产业集群推进会');
  assert.deepEqual(r.findings, []);
});

test('should produce edits that rebuild the text from the source', () => {
  const html = page(`<h1>标题：产业集群</h1><div>${STORY}<p>A&amp;B&nbsp;公司</p></div>`);
  const r = extractHtml(html);
  assert.equal(applyEdits(html, r.edits).text, r.text);
  assert.ok(r.text.endsWith('A&B\u00a0公司'));
  assert.deepEqual(
    r.edits.filter((e) => e.reason === 'html:entity').map((e) => e.replacement),
    ['&', '\u00a0'],
  );
});

test('should remove scripts, comments and non-content blocks with their reasons', () => {
  const html = page(
    `<header><a>网站首页</a></header><div id="main"><h1>某市召开产业集群推进会</h1>${STORY}<!-- 注释 -->` +
      '<div class="bdshare">分享到：微信</div><div class="xgxw"><a>某县推进产业集群建设，强调要培育龙头企业</a></div></div>' +
      '<script>var x = "产业";</script><div class="footer">版权所有，某某网</div>',
  );
  const reasons = new Set(extractHtml(html).edits.map((e) => e.reason));
  for (const r of ['html:header', 'html:comment', 'html:share', 'html:related', 'html:script', 'html:footer', 'html:head', 'html:doctype'])
    assert.ok(reasons.has(r), r);
  assert.ok(!extractHtml(html).text.includes('分享'));
});

test('should use the <title> minus the site name when the body has no headline', () => {
  const html = page(`<div>${STORY}</div>`, '<title>某市召开产业集群推进会 - 某某网</title>');
  const r = extractHtml(html);
  assert.equal(r.meta.title, '某市召开产业集群推进会');
  assert.ok(r.text.startsWith('某市召开产业集群推进会\n3月5日'));
  assert.ok(r.edits.some((e) => e.reason === 'html:site-name' && html.slice(e.start, e.end) === ' - 某某网'));
});

test('should read the publishing time and fields from meta tags', () => {
  const head =
    '<title>标题_网</title><meta property="article:published_time" content="2024-03-05T10:20:00+08:00">' +
    '<meta name="ContentSource" content="某某日报"><meta name="keywords" content="产业集群,新能源">';
  const r = extractHtml(page(`<div>${STORY}</div>`, head));
  assert.equal(r.meta.published, '2024-03-05T10:20:00+08:00');
  assert.deepEqual(r.meta.fields, { 来源: '某某日报', 关键词: '产业集群,新能源' });
  assert.equal(r.meta.charset, 'utf-8');
});

test('should join source line wraps inside Chinese text and keep spaces between Latin words', () => {
  const r = extractHtml(page(`<div><p>研究部署\n    新能源汽车产业链发展工作，推进产业集群建设。</p><p>Electric\n  vehicle 产业集群，加快推进项目建设。</p></div>`));
  assert.equal(r.text, '某市召开产业集群推进会\n研究部署新能源汽车产业链发展工作，推进产业集群建设。\nElectric vehicle 产业集群，加快推进项目建设。');
});

test('should fall back to all visible text with a finding when nothing reads as a story', () => {
  const r = extractHtml(page('<div><a>首页</a> <a>新闻</a></div><p>联系我们</p>', '<title>网站</title>'));
  assert.equal(r.text, '网站\n首页 新闻\n联系我们');
  assert.equal(r.findings?.[0]?.rule, 'html:no-main-content');
});

test('should return empty text for empty input', () => {
  const r = extractHtml('');
  assert.equal(r.text, '');
  assert.deepEqual(r.meta, {});
});

test('should not overflow the stack on thousands of unclosed tags', () => {
  const html = '<html><body>' + '<div><font>产业集群建设，'.repeat(3000) + '</body></html>';
  const r = extractHtml(html);
  assert.equal(r.text, '产业集群建设，'.repeat(3000).split('，').slice(0, -1).map((s) => s + '，').join('\n'));
});

test('should export exactly the stage entry points', async () => {
  assert.deepEqual(Object.keys(await import('./index.ts')).sort(), ['extractHtml', 'removeTagRemnants']);
});

test('should keep short paragraphs beside one long paragraph', () => {
  const long = '会议指出，' + '要加快推进产业集群建设，培育龙头企业，完善配套体系，'.repeat(12) + '确保目标实现。';
  const r = extractHtml(page(`<div class="nav"><a>首页</a></div><div class="text"><p>3月5日，某市召开推进会。</p><p>${long}</p><p>市领导出席。</p></div>`, '<title>t</title>'));
  assert.equal(r.text, `t\n3月5日，某市召开推进会。\n${long}\n市领导出席。`);
});

test('should never throw and always rebuild its text on tag soup', () => {
  const parts = ['<div>', '</div>', '<p>', '</p>', '<a href="x">', '</a>', '<br>', '<script>', '</script>', '<!--', '-->', '<li class="nav">',
    '<span class="share">', '&nbsp;', '&amp', '3<5', ' > ', '\n  ', '产业集群建设，', '推进项目。', '<h1>', '</h1>', '<title>', '</title>', '<b', '"', "'", '<table><tr><td>'];
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) >>> 0) >>> 8;
  for (let i = 0; i < 300; i++) {
    let html = '';
    const n = next() % 60;
    for (let j = 0; j < n; j++) html += parts[next() % parts.length];
    const r = extractHtml(html);
    assert.equal(applyEdits(html, r.edits).text, r.text, html);
    for (let k = 1; k < r.edits.length; k++) assert.ok(r.edits[k]!.start >= r.edits[k - 1]!.end, html);
  }
});

test('should cut the site name from a <title> without splitting numbers', () => {
  for (const [title, main] of [
    ['关于印发2023-2025年产业集群行动计划的通知_某某网', '关于印发2023-2025年产业集群行动计划的通知'],
    ['某市产业集群发展综述-某某新闻网', '某市产业集群发展综述'],
    ['某市产业集群发展综述 | 频道 | 某某网', '某市产业集群发展综述'],
  ]) {
    assert.equal(extractHtml(page(`<div>${STORY}</div>`, `<title>${title}</title>`)).meta.title, main);
  }
});

test('should drop hidden blocks', () => {
  const r = extractHtml(page(`<div>${STORY}<div style="display: none">隐藏的关键词堆砌，产业集群产业集群。</div></div>`));
  assert.ok(!r.text.includes('隐藏'));
  assert.ok(r.edits.some((e) => e.reason === 'html:hidden'));
});
