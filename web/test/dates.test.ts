import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatPublished } from '../src/dates.ts';

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

describe('formatPublished', () => {
  it('should show the China-time day of a published instant, not its UTC day', () => {
    assert.equal(formatPublished('2024-07-20T23:30:00.000Z', '2024-07-20', 'zh'), '2024年7月21日');
    assert.equal(formatPublished('2024-07-20T23:30:00.000Z', null, 'en'), '2024-07-21');
    assert.equal(formatPublished('2024-07-20T15:59:00Z', null, 'en'), '2024-07-20');
  });
  it('should fall back to the dateline as written, formatted', () => {
    assert.equal(formatPublished(null, '--01-09', 'zh'), '1月9日');
    assert.equal(formatPublished(null, '--01-09', 'en'), 'Jan 9');
    assert.equal(formatPublished(null, '2024-04-15', 'zh'), '2024年4月15日');
  });
  it('should give a dash when there is no date at all', () => {
    assert.equal(formatPublished(null, null, 'zh'), '—');
    assert.equal(formatPublished('', undefined, 'en'), '—');
  });
});
