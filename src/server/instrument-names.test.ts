import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instrumentNames } from './instrument-names.ts';

describe('instrumentNames', () => {
  it('should name a category from data/policy-instruments', () => {
    const n = instrumentNames('investment');
    assert.deepEqual([n.name, n.nameEn], ['招商引资', 'Investment attraction']);
  });
  it('should name the extractor\'s catch-all category other', () => {
    assert.deepEqual([instrumentNames('other').name, instrumentNames('other').nameEn], ['其他', 'Other']);
  });
  it('should give nulls for an id the data lacks', () => {
    assert.deepEqual(instrumentNames('no-such-category'), { name: null, nameEn: null, description: null });
  });
});
