import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreDocument, summarize } from './score.ts';
import type { Analysis } from '../analysis/schema.ts';

const base = {
  regions: [{ name: '长沙市', code: '430100', level: 'city', parent: '430000', count: 2 }],
  people: [
    { name: '张三', titles: ['市长'], role: 'lead' },
    { name: '李四', titles: ['副市长'], role: 'participant' },
  ],
  organizations: [{ name: '某某科技有限公司', kind: 'company' }],
  industries: [{ id: 'construction-machinery', name: '工程机械' }],
  quantities: [{ metric: '规上工业企业', value: 136, unit: '家', text: '', start: 0, end: 0 }],
  events: [{ type: '调研', date: '--07-07', lead: '张三', participants: [], text: '', start: 0, end: 0 }],
  mentions: [{ type: 'industry', text: '工程机械产业', start: 0, end: 6, key: 'construction-machinery', rule: 't' }],
  dateline: '--07-07',
  outlet: '长沙晚报',
  reporters: ['王五'],
} as unknown as Analysis;

test('should count true and false positives per field', () => {
  const s = scoreDocument(base, {
    regions: [{ name: '长沙市', code: '430100' }, { name: '湖南省', code: '430000' }],
    people: [{ name: '张三', titles: ['市长'] }, { name: '李四', titles: ['市委常委', '副市长'] }],
    organizations: [{ name: '某某科技有限公司', kind: 'company' }],
    industries: ['工程机械产业'],
    quantities: [{ metric: '规上工业企业', value: 136, unit: '家' }],
    events: [{ type: '调研', date: '--07-07', lead: '张三' }],
    metadata: { outlet: '长沙晚报', dateline: '--07-07', reporters: ['王五', '赵六'] },
  });
  assert.deepEqual(s.regions, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(s.people, { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(s.people_titles, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(s.companies, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(s.industries, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(s.quantities, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(s.events, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(s.metadata, { tp: 2, fp: 1, fn: 1 });
});

test('should compute precision, recall and F1', () => {
  const sum = summarize([{ regions: { tp: 3, fp: 1, fn: 0 } }, { regions: { tp: 1, fp: 0, fn: 4 } }]);
  assert.deepEqual(sum.regions, { tp: 4, fp: 1, fn: 4, precision: 0.8, recall: 0.5, f1: 0.615 });
  assert.deepEqual(sum.events, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
});

test('should find an annotated industry named by a mention without its chain word (石化 in 石化产业, 化妆品 in 化妆品深加工)', () => {
  const a = {
    ...base,
    industries: [{ id: 'chemicals', name: '石油化工' }, { id: 'daily-chemicals', name: '日化' }],
    mentions: [
      { type: 'industry', text: '石化产业', start: 0, end: 4, key: 'chemicals', rule: 't' },
      { type: 'industry', text: '化妆品深加工', start: 5, end: 11, key: 'daily-chemicals', rule: 't' },
    ],
  } as unknown as Analysis;
  assert.deepEqual(scoreDocument(a, { industries: ['石化', '化妆品'] }).industries, { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(scoreDocument(a, { industries: ['石化', '汽车'] }).industries, { tp: 1, fp: 1, fn: 1 });
});
