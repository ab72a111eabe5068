import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureText, quantityLabel, quantityText } from '../src/figures.ts';

describe('figureText', () => {
  it('should put each qualifier where Chinese writes it', () => {
    assert.equal(figureText({ value: 400, unit: '家', qualifier: '余' }), '400余家');
    assert.equal(figureText({ value: 30, unit: '个', qualifier: '多' }), '30多个');
    assert.equal(figureText({ value: 60, unit: '%', qualifier: '以上' }), '60%以上');
    assert.equal(figureText({ value: 70, unit: '%', qualifier: '超过' }), '超过70%');
    assert.equal(figureText({ value: 12, unit: '平方公里', qualifier: '约' }), '约12平方公里');
  });
  it('should write ranges and figures without qualifier or unit', () => {
    assert.equal(figureText({ value: 3, valueMax: 5, unit: '亿元', qualifier: null }), '3–5亿元');
    assert.equal(figureText({ value: 1580, unit: '亿元' }), '1580亿元');
    assert.equal(figureText({ value: 7, unit: null, qualifier: null }), '7');
  });
});

describe('quantityText', () => {
  it('should show a change apart from a level in Chinese', () => {
    assert.equal(quantityText({ metric: '产值', change: '增长', value: 19.3, unit: '%' }, 'zh'), '产值 增长 19.3%');
    assert.equal(quantityText({ metric: '营业收入', change: '同比增长', value: 9, unit: '%' }, 'zh'), '营业收入 同比增长 9%');
    assert.equal(quantityText({ metric: '产值', change: null, value: 1680, unit: '亿元' }, 'zh'), '产值 1680亿元');
    assert.equal(quantityText({ metric: null, change: '增长', value: 8.7, unit: '%' }, 'zh'), '增长 8.7%');
  });
  it('should say up or down and the comparison in English', () => {
    assert.equal(quantityText({ metric: '产值', change: '增长', value: 19.3, unit: '%' }, 'en'), '产值 up 19.3%');
    assert.equal(quantityText({ metric: '营业收入', change: '同比增长', value: 9, unit: '%' }, 'en'), '营业收入 up 9% year on year');
    assert.equal(quantityText({ metric: '出口额', change: '同比下降', value: 3.2, unit: '%' }, 'en'), '出口额 down 3.2% year on year');
    assert.equal(quantityText({ metric: '利润', change: '环比减少', value: 2, unit: '亿元', qualifier: '近' }, 'en'), '利润 down 近2亿元 on the previous period');
    assert.equal(quantityText({ metric: '营收', change: '年均增长', value: 15, unit: '%' }, 'en'), '营收 up 15% a year on average');
    assert.equal(quantityText({ metric: '占比', change: '提高', value: 2, unit: '百分点' }, 'en'), '占比 up 2百分点');
    assert.equal(quantityText({ metric: null, change: '下降', value: 4, unit: '%' }, 'en'), 'down 4%');
  });
  it('should show a level without a change field as before', () => {
    assert.equal(quantityText({ metric: '企业', value: 400, unit: '家', qualifier: '余' }, 'en'), '企业 400余家');
  });
});

describe('quantityLabel', () => {
  it('should name what a figure is about and its change, without the figure', () => {
    assert.equal(quantityLabel({ metric: '营业收入', change: '同比增长' }, 'zh'), '营业收入 同比增长');
    assert.equal(quantityLabel({ metric: '营业收入', change: '同比增长' }, 'en'), '营业收入 up year on year');
    assert.equal(quantityLabel({ metric: null, change: '下降' }, 'en'), 'down');
    assert.equal(quantityLabel({ metric: '产值', change: null }, 'en'), '产值');
    assert.equal(quantityLabel({ metric: null, change: null }, 'zh'), '');
  });
});
