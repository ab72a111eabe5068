import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate } from '../src/dates.ts';

describe('formatDate', () => {
  it('should show a day without a year as month and day', () => {
    assert.equal(formatDate('--07-07', 'zh'), '7月7日');
    assert.equal(formatDate('--07-07', 'en'), 'Jul 7');
  });
  it('should show full, month and year precision', () => {
    assert.equal(formatDate('2024-09-25', 'zh'), '2024年9月25日');
    assert.equal(formatDate('2024-09', 'zh'), '2024年9月');
    assert.equal(formatDate('2024', 'zh'), '2024年');
    assert.equal(formatDate('2024-09-25', 'en'), '2024-09-25');
    assert.equal(formatDate('2024-09-25T13:43:00Z', 'en'), '2024-09-25');
  });
  it('should return a dash for null or empty and other text as given', () => {
    assert.equal(formatDate(null, 'zh'), '—');
    assert.equal(formatDate('', 'en'), '—');
    assert.equal(formatDate('上旬', 'zh'), '上旬');
  });
});
