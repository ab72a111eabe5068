import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './index.ts';
import type { DocMeta } from '../analysis/schema.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
const events = (text: string, meta: Partial<DocMeta> = {}) =>
  extract(text, { ...META, ...meta }).events.map((e) => ({ type: e.type, date: e.date, place: e.place ?? null, lead: e.lead, participants: e.participants }));

test('should find the main event with its date, place and lead', () => {
  assert.deepEqual(events('常德日报讯 3月5日，市长王建国在澧县调研。市领导李明参加。王建国强调，要抓好落实。'), [
    { type: '调研', date: '--03-05', place: '澧县', lead: '王建国', participants: ['李明'] },
  ]);
});

test('should give 日前 events no date and read signings', () => {
  assert.deepEqual(events('日前，宜昌市与省科技厅签订合作协议。市委书记周平出席并讲话。'), [
    { type: '签约', date: null, place: '宜昌市', lead: '周平', participants: [] },
  ]);
});

test('should add another happening of the same day but not planned ones', () => {
  const e = events('5月8日，全市项目观摩活动举行。当天下午召开推进会。会议要求，要举办博览会。');
  assert.deepEqual(e.map((x) => [x.type, x.date]), [['观摩', '--05-08'], ['推进会', '--05-08']]);
});

test('should find no event in text without triggers', () => {
  assert.deepEqual(events('企业发展良好。'), []);
  assert.deepEqual(events(''), []);
});
