import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import iconv from 'iconv-lite';
import { buildDemo } from './demo.ts';
import { decodeText, type TextEncoding } from './formats.ts';
import { loadCleanCorpus, CORPUS_DIR } from './source.ts';

const docs = loadCleanCorpus();
const demo = buildDemo(docs);
const DEMO_DIR = join(CORPUS_DIR, 'demo');
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });

function digest(files: ReadonlyMap<string, Uint8Array>): string {
  const h = createHash('sha256');
  for (const name of [...files.keys()].sort()) h.update(name).update(files.get(name)!);
  return h.digest('hex');
}

/** The WARC response records of a .warc.gz: [charset, body bytes]. */
function warcBodies(gz: Uint8Array): [string, Buffer][] {
  const all = gunzipSync(gz);
  const out: [string, Buffer][] = [];
  let at = 0;
  while (at < all.length) {
    const headEnd = all.indexOf('\r\n\r\n', at);
    const head = all.subarray(at, headEnd).toString('latin1');
    const len = Number(/Content-Length: (\d+)/.exec(head)![1]);
    const block = all.subarray(headEnd + 4, headEnd + 4 + len);
    if (/WARC-Type: response/.test(head)) {
      const httpEnd = block.indexOf('\r\n\r\n');
      const charset = /charset=([\w-]+)/.exec(block.subarray(0, httpEnd).toString('latin1'))![1]!;
      out.push([charset, block.subarray(httpEnd + 4)]);
    }
    at = headEnd + 4 + len + 4;
  }
  return out;
}

test('should build the same bytes for the same seed, and pin them', () => {
  assert.equal(digest(buildDemo(docs).files), digest(demo.files));
  assert.notEqual(digest(buildDemo(docs.slice(0, 3), 'other-seed').files), digest(buildDemo(docs.slice(0, 3)).files));
  assert.equal(digest(demo.files).slice(0, 16), '5ced8006216634c2');
});

test('should match the committed corpus/demo folder', { skip: !existsSync(DEMO_DIR) }, () => {
  for (const [name, bytes] of demo.files) {
    assert.ok(Buffer.from(bytes).equals(readFileSync(join(DEMO_DIR, name))), `${name} is stale: run npm run corpus:demo`);
  }
});

test('should keep the demo folder under 2 MB and use every output form', () => {
  let size = 0;
  for (const b of demo.files.values()) size += b.length;
  assert.ok(size < 2 * 2 ** 20, `${size} bytes`);
  const forms = new Set(demo.manifest.map((m) => `${m.format}:${m.encoding}`));
  for (const f of ['txt:utf-8', 'txt:gbk', 'txt:gb18030', 'txt:big5', 'html:utf-8', 'html:gbk', 'jsonl:utf-8', 'warc:gbk', 'warc:utf-8']) {
    assert.ok(forms.has(f), `no ${f}`);
  }
});

test('should write Big5 files a Big5 decoder reads whole (code page 950, no HKSCS-only bytes)', () => {
  const big5 = demo.manifest.filter((m) => m.encoding === 'big5');
  assert.equal(big5.length, 5);
  for (const m of big5) {
    const bytes = Buffer.from(demo.files.get(m.file)!);
    const text = iconv.decode(bytes, 'cp950');
    assert.doesNotMatch(text, /\uFFFD/, m.file);
    assert.ok(iconv.encode(text, 'cp950').equals(bytes), m.file);
    assert.equal(new TextDecoder('big5').decode(bytes), text, m.file);
  }
});

test('should apply every noise kind somewhere in the demo corpus', () => {
  const kinds = new Set(demo.manifest.flatMap((m) => m.noise));
  assert.deepEqual([...kinds].sort(), [
    'advertisement', 'breadcrumb', 'comment-count', 'disclaimer', 'headline-duplicate', 'html-remnant', 'info-bar',
    'jammer', 'lead-duplicate', 'lost-char', 'mojibake', 'pinyin', 'related-list', 'share-bar', 'traditional',
  ]);
});

test('should decode every demo document back to text holding its headline after t2s', () => {
  const headline = new Map(docs.map((d) => [d.slug, d.headline]));
  const jsonl = Buffer.from(demo.files.get('bundle.jsonl')!).toString('utf8').trim().split('\n');
  const warc = warcBodies(demo.files.get('crawl.warc.gz')!);
  assert.equal(demo.manifest.length, docs.length);
  for (const m of demo.manifest) {
    let text: string;
    if (m.format === 'jsonl') {
      const rec = JSON.parse(jsonl[m.record! - 1]!) as { text?: string; html?: string };
      text = rec.text ?? rec.html ?? '';
    } else if (m.format === 'warc') {
      const [charset, body] = warc[m.record! - 1]!;
      text = decodeText(body, charset as TextEncoding);
    } else {
      text = decodeText(demo.files.get(m.file)!, m.encoding);
    }
    const want = headline.get(m.source)!;
    assert.ok(twToCn(text).includes(want) || hkToCn(text).includes(want), `${m.file}#${m.record ?? ''}: headline of ${m.source} lost`);
  }
});
