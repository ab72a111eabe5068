import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { generateDocuments, type GeneratedDocument } from './large.ts';
import { parseSize } from './build.ts';
import { loadCleanCorpus } from './source.ts';

const docs = loadCleanCorpus();

function take(n: number, seed: string): GeneratedDocument[] {
  const out: GeneratedDocument[] = [];
  for (const d of generateDocuments(docs, seed)) {
    if (out.length >= n) break;
    out.push(d);
  }
  return out;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('should generate the same documents for the same seed', () => {
  const a = take(50, 's1').map((d) => sha(d.bytes));
  assert.deepEqual(take(50, 's1').map((d) => sha(d.bytes)), a);
  assert.notDeepEqual(take(50, 's2').map((d) => sha(d.bytes)), a);
  assert.equal(createHash('sha256').update(a.join('')).digest('hex').slice(0, 16), 'c8f55ae3c169cad4');
});

test('should give every generated document its own content hash', () => {
  const many = take(400, 's1');
  assert.equal(new Set(many.map((d) => sha(d.bytes))).size, many.length);
});

test('should mix text encodings and HTML', () => {
  const forms = new Set(take(200, 's1').map((d) => `${d.format}:${d.encoding}`));
  assert.deepEqual([...forms].sort(), ['html:gbk', 'html:utf-8', 'text:big5', 'text:gb18030', 'text:gbk', 'text:utf-8']);
});

test('should write Big5 documents whose text survives the encoding whole', () => {
  const big5 = take(400, 's1').filter((d) => d.encoding === 'big5');
  assert.equal(big5.length, 46);
  for (const d of big5) {
    assert.equal(iconv.decode(Buffer.from(d.bytes), 'cp950'), d.text, d.name);
    assert.equal(new TextDecoder('big5').decode(d.bytes), d.text, d.name);
  }
});

test('should parse sizes and reject nonsense', () => {
  assert.equal(parseSize('60MB'), 60 * 2 ** 20);
  assert.equal(parseSize('1.5kb'), 1536);
  assert.equal(parseSize('42'), 42);
  assert.throws(() => parseSize('lots'), /Expected a size like 60MB, got lots/);
});
