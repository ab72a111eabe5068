import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../pipeline.ts';
import { analysisJsonSchema, validateAnalysis } from './validate.ts';

test('should accept what analyze produces', () => {
  const a = analyze({ origin: { path: 'x.txt' }, format: 'text', bytes: new TextEncoder().encode('标题\n正文。') });
  assert.deepEqual(validateAnalysis(a), []);
});

test('should name the field that breaks the contract', () => {
  const a = analyze({ origin: { path: 'x.txt' }, format: 'text', text: '标题' });
  assert.deepEqual(validateAnalysis({ ...a, dateline: '2月16日' }), ['dateline: Invalid string: must match pattern /^(\\d{4}|--)-\\d{2}-\\d{2}$/']);
  assert.deepEqual(validateAnalysis(null), [': Invalid input: expected object, received null']);
});

test('should keep docs/analysis.schema.json equal to the generated schema', () => {
  const published = JSON.parse(readFileSync(new URL('../../docs/analysis.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(published, analysisJsonSchema(), 'run: node --import tsx scripts/write-schema.ts');
});

test('should accept a quantity with a change and no metric, and refuse @1 analyses and unknown change words', () => {
  const a = analyze({ origin: { path: 'x.txt' }, format: 'text', text: '标题\n去年产值达到50亿元，同比增长7%。' });
  assert.equal(a.schema, 'cluster-atlas/analysis@2');
  assert.deepEqual(
    a.quantities.map((q) => [q.metric, q.change, q.value, q.unit]),
    [['产值', null, 50, '亿元'], ['产值', '同比增长', 7, '%']],
  );
  assert.deepEqual(validateAnalysis(a), []);
  const q = a.quantities[1]!;
  assert.deepEqual(validateAnalysis({ ...a, quantities: [{ ...q, metric: null }] }), []);
  assert.deepEqual(validateAnalysis({ ...a, schema: 'cluster-atlas/analysis@1' }), ['schema: Invalid input: expected "cluster-atlas/analysis@2"']);
  assert.deepEqual(validateAnalysis({ ...a, quantities: [{ ...q, change: '同比增长了' }] }), [
    'quantities.0.change: Invalid string: must match pattern /^(?:同比|环比|年均)?(?:增长|下降|提高|降低|增加|减少)$/',
  ]);
  const { change: _omit, ...old } = q;
  assert.equal(validateAnalysis({ ...a, quantities: [old] }).length, 1);
});
