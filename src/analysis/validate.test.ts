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
