import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, partsToHtml, snippetParts } from './search.ts';
import { regionPattern } from './common.ts';

describe('snippetParts', () => {
  it('should mark every occurrence of the longest matching term', () => {
    assert.deepEqual(snippetParts('甲乙丙丁乙丙', ['乙', '乙丙'], 10), [
      { text: '甲', mark: false }, { text: '乙丙', mark: true }, { text: '丁', mark: false }, { text: '乙丙', mark: true },
    ]);
  });
  it('should cut a window around the first match with ellipses', () => {
    assert.deepEqual(snippetParts('一二三四五六七八九十', ['六'], 2), [
      { text: '…四五', mark: false }, { text: '六', mark: true }, { text: '七八九…', mark: false },
    ]);
  });
  it('should return the start of the text when nothing matches, and nothing for empty text', () => {
    assert.deepEqual(snippetParts('一二三四五', ['六'], 2), [{ text: '一二三四…', mark: false }]);
    assert.deepEqual(snippetParts('', ['四'], 2), []);
  });
});

describe('partsToHtml', () => {
  it('should escape before marking', () => {
    assert.equal(partsToHtml([{ text: '<script>', mark: false }, { text: 'a&b', mark: true }]), '&lt;script&gt;<mark>a&amp;b</mark>');
    assert.equal(escapeHtml(`"'`), '&quot;&#39;');
  });
});

describe('regionPattern', () => {
  it('should match descendants of provinces and cities and counties exactly', () => {
    assert.equal(regionPattern('430000'), '43%');
    assert.equal(regionPattern('430100'), '4301%');
    assert.equal(regionPattern('430102'), '430102');
  });
});
