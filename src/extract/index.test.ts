import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extract, extractMany } from './index.ts';
import type { DocMeta } from '../analysis/schema.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: '2024-05-10', extra: {} };
const CLEAN = new URL('../../corpus/clean/', import.meta.url);
const texts = readdirSync(CLEAN)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 12)
  .map((f) => readFileSync(new URL(f, CLEAN), 'utf8'));

test('should give what extract gives for each document, in order', () => {
  const docs = texts.map((text) => ({ text, meta: META }));
  assert.deepEqual(extractMany(docs), docs.map((d) => extract(d.text, d.meta)));
  assert.equal(extractMany(docs)[0]!.constructor, Object);
});

test('should give nothing for no documents', () => {
  assert.deepEqual(extractMany([]), []);
});

test('should return the error of a document that breaks the contract, and go on with the others', () => {
  const broken = { text: '十堰市', meta: null as unknown as DocMeta };
  const out = extractMany([{ text: texts[0]!, meta: META }, broken, { text: texts[1]!, meta: META }]);
  assert.ok(out[1] instanceof TypeError);
  assert.throws(() => extract(broken.text, broken.meta), TypeError);
  assert.deepEqual(out[0], extract(texts[0]!, META));
  assert.deepEqual(out[2], extract(texts[1]!, META));
});
