import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tr, type Key } from '../src/i18n.ts';
import { industryLabel } from '../src/labels.ts';

describe('industryLabel', () => {
  const zh = (k: Key) => tr('zh', k);
  const en = (k: Key) => tr('en', k);
  it('should show the taxonomy name when there is one', () => {
    assert.equal(industryLabel('工程机械', 'construction-machinery', zh), '工程机械');
  });
  it('should mark an id without a name instead of passing it off as a name', () => {
    assert.equal(industryLabel(null, 'battery', zh), 'battery（未收录）');
    assert.equal(industryLabel('', 'battery', en), 'battery (no name)');
    assert.equal(industryLabel(undefined, 'battery', en), 'battery (no name)');
  });
});
