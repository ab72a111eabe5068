import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableFigures } from './table.ts';

const figures = (text: string) =>
  tableFigures(text).map((f) => (f.change ? [f.metric, f.change, f.value, f.unit, text.slice(f.start, f.end)] : [f.metric, f.value, f.unit, text.slice(f.start, f.end)]));

test('should read the cells of a flattened table by their column header and unit', () => {
  const text = '各县市区排名如下:\n排名 县市区 营业收入(亿元) 同比增长(%)\n1 甲县 412.6 9.8\n2 乙县 365.2 8.1\n从产业看,装备产业增长较快。';
  assert.deepEqual(figures(text), [
    ['营业收入', 412.6, '亿元', '412.6'],
    ['营业收入', '同比增长', 9.8, '%', '9.8'],
    ['营业收入', 365.2, '亿元', '365.2'],
    ['营业收入', '同比增长', 8.1, '%', '8.1'],
  ]);
});

test('should give a change column no metric when no level column stands before it', () => {
  assert.deepEqual(figures('排名 县市区 增速(%) 产值(亿元)\n1 甲县 9.8 412.6'), [
    [null, '增长', 9.8, '%', '9.8'],
    ['产值', 412.6, '亿元', '412.6'],
  ]);
});

test('should line a row up from the right when it lost its first cell, and take a noisy cell\'s leading number', () => {
  assert.deepEqual(figures('排名 名称 产值（万元）\n1 甲公司 1200\n乙公司 980_\n'), [
    ['产值', 1200, '万元', '1200'],
    ['产值', 980, '万元', '980'],
  ]);
});

test('should end a table at a line whose figure cell holds no number, and read no table without a unit header', () => {
  assert.deepEqual(figures('排名 名称 产值(亿元)\n1 甲县 12.5\n2 乙县 暂缺\n3 丙县 9.1'), [['产值', 12.5, '亿元', '12.5']]);
  assert.deepEqual(figures('排名 名称 得分\n1 甲园区 92.6'), []);
  assert.deepEqual(figures('全市产值(亿元)增长,见下表。\n1 甲县 12.5'), []);
  assert.deepEqual(figures(''), []);
});
