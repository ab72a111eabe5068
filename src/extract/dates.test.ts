import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.ts';

const dates = (text: string, dateline: string | null = null, published: string | null = null) =>
  findDates(text, { dateline, published }).map((d) => `${d.text}=${d.date}`);

test('should keep a month-day without a year as --MM-DD', () => {
  assert.deepEqual(dates('2月16日，会议召开。'), ['2月16日=--02-16']);
});

test('should take the year from the publication date or the dateline', () => {
  assert.deepEqual(dates('9月25日，活动举行。', null, '2024-09-26T10:00:00+08:00'), ['9月25日=2024-09-25']);
  assert.deepEqual(dates('12月30日，活动举行。', null, '2025-01-02T10:00:00+08:00'), ['12月30日=2024-12-30']);
  assert.deepEqual(dates('9月25日，活动举行。', '2024-09-25'), ['9月25日=2024-09-25']);
});

test('should resolve a bare day from the month before it', () => {
  assert.deepEqual(dates('本报7月7日讯 7日下午，调研。'), ['7月7日=--07-07', '7日=--07-07']);
});

test('should resolve 昨日 only with a publication date, and 近日 to null', () => {
  assert.deepEqual(dates('昨日，调研。', null, '2026-01-25T13:43:00+08:00'), ['昨日=2026-01-24']);
  assert.deepEqual(dates('昨日，调研。近日，签约。'), ['昨日=null', '近日=null']);
});

test('should read full dates and skip impossible ones', () => {
  assert.deepEqual(dates('2024年9月25日与13月40日'), ['2024年9月25日=2024-09-25']);
  assert.deepEqual(dates(''), []);
});
