import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tr, type Key } from '../src/i18n.ts';
import { displayName, industryLabel } from '../src/labels.ts';

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

describe('displayName', () => {
  it('should show the English name, capitalised, when English is chosen and there is one', () => {
    assert.equal(displayName('工程机械', 'construction machinery', 'en'), 'Construction machinery');
    assert.equal(displayName('长沙市', 'Changsha', 'en'), 'Changsha');
  });
  it('should show the Chinese name in Chinese, or when there is no English name', () => {
    assert.equal(displayName('工程机械', 'construction machinery', 'zh'), '工程机械');
    assert.equal(displayName('工程机械', null, 'en'), '工程机械');
    assert.equal(displayName('工程机械', '', 'en'), '工程机械');
  });
});
