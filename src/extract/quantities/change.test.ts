import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeOfColumn, leadingChange, readChange } from './change.ts';
import { QUANTITY_CHANGE } from '../../analysis/schema.ts';

test('should read a change off the end of a phrase and normalize it', () => {
  assert.deepEqual(readChange('营业收入同比增长'), { change: '同比增长', rest: '营业收入', respectively: false });
  assert.deepEqual(readChange('出口额较去年同期下降了'), { change: '同比下降', rest: '出口额', respectively: false });
  assert.deepEqual(readChange('工业增加值增速'), { change: '增长', rest: '工业增加值', respectively: false });
  assert.deepEqual(readChange('工业产值年增'), { change: '增长', rest: '工业产值', respectively: false });
  assert.deepEqual(readChange('利润比上月减少'), { change: '环比减少', rest: '利润', respectively: false });
  assert.deepEqual(readChange('营收年均增长'), { change: '年均增长', rest: '营收', respectively: false });
  assert.deepEqual(readChange('产值和税收分别增长'), { change: '增长', rest: '产值和税收', respectively: true });
  assert.deepEqual(readChange('收入同比分别增长'), { change: '同比增长', rest: '收入', respectively: true });
});

test('should read no change from a noun ending in 增 or from nothing', () => {
  assert.equal(readChange('新增'), null);
  assert.equal(readChange('产值'), null);
  assert.equal(readChange(''), null);
});

test('should read a change verb opening a phrase, but not 增加值 or a phrase of the verb alone', () => {
  assert.deepEqual(leadingChange('减少二氧化碳排放'), { change: '减少', rest: '二氧化碳排放', respectively: false });
  assert.deepEqual(leadingChange('提升生产效率'), { change: '提高', rest: '生产效率', respectively: false });
  assert.equal(leadingChange('增加值'), null);
  assert.equal(leadingChange('减少'), null);
  assert.equal(leadingChange('新增企业'), null);
});

test('should name a change column and nothing else', () => {
  assert.equal(changeOfColumn('同比增长'), '同比增长');
  assert.equal(changeOfColumn('增速'), '增长');
  assert.equal(changeOfColumn('营业收入'), null);
  assert.equal(changeOfColumn('营业收入增长'), null);
});

test('should only give changes the schema accepts', () => {
  for (const p of ['同比增长', '较上季度提升', '年均下降', '比去年同期增加', '回落', '降幅']) assert.match(readChange(p)!.change, QUANTITY_CHANGE);
});
