import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureText } from '../src/figures.ts';

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
