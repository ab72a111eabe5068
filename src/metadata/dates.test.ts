import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameDayYear, signatureDate, storyDate, toIsoPublished } from './dates.ts';

const PUB = '2025-03-02T09:15:00+08:00';

test('should turn info-bar times into ISO with +08:00', () => {
  assert.equal(toIsoPublished('2025-03-02 09:15'), PUB);
  assert.equal(toIsoPublished('2025年3月2日 9:15:30'), '2025-03-02T09:15:30+08:00');
  assert.equal(toIsoPublished('2025/3/2'), '2025-03-02');
  assert.equal(toIsoPublished('2025-03-02T01:15:00Z'), '2025-03-02T01:15:00Z');
  assert.equal(toIsoPublished('Sat, 25 Jan 2026 05:43:00 GMT'), '2026-01-25T13:43:00+08:00');
  assert.equal(toIsoPublished('昨天'), null);
  assert.equal(toIsoPublished(undefined), null);
});

test('should read an explicit full date', () => {
  assert.equal(storyDate('2024年11月3日,某县举行签约仪式,', null), '2024-11-03');
});

test('should keep a month-day without a year when nothing dates the story', () => {
  assert.equal(storyDate('某市日报讯(记者 张三)3月1日,某市召开会议。', null), '--03-01');
});

test('should give a month-day the published year, or the year before when it would be later', () => {
  assert.equal(storyDate('3月1日,某市召开会议。', PUB), '2025-03-01');
  assert.equal(storyDate('12月28日,某市召开会议。', PUB), '2024-12-28');
});

test('should resolve 昨日 and 前天 against published', () => {
  assert.equal(storyDate('某市日报讯:昨日,市长调研园区。', PUB), '2025-03-01');
  assert.equal(storyDate('前天,市长调研园区。', PUB), '2025-02-28');
  assert.equal(storyDate('昨日,市长调研园区。', null), null);
});

test('should resolve a day with a time of day against published, falling back a month', () => {
  assert.equal(storyDate('本报讯 1日下午,市长调研园区。', PUB), '2025-03-01');
  assert.equal(storyDate('本报讯 27日上午,市长调研园区。', PUB), '2025-02-27');
  assert.equal(storyDate('本报讯 27日上午,市长调研园区。', null), null);
});

test('should prefer the dateline month-day over a later day', () => {
  assert.equal(storyDate('某市晚报5月8日讯(记者 李四)8日下午,', null), '--05-08');
});

test('should take a year from the current quarter named in the same sentence only', () => {
  assert.equal(storyDate('10月12日,某市召开2023年第四季度项目观摩会。', null), '2023-10-12');
  assert.equal(storyDate('10月12日,某市召开2023年第三季度项目点评会。', null), '2023-10-12');
  assert.equal(storyDate('10月12日,某市召开2023年第一季度项目点评会。', null), '--10-12');
  assert.equal(storyDate('10月12日,某市召开会议。会上回顾了2023年第四季度。', null), '--10-12');
  assert.equal(storyDate('7月20日,某市总结2022年上半年经济运行情况。', null), '2022-07-20');
});

test('should return null when no date opens the story', () => {
  assert.equal(storyDate('日前,某市与某集团签订2012年度合作协议。', null), null);
  assert.equal(storyDate('', PUB), null);
});

test('should take the date after a paper dateline as the story date', () => {
  assert.equal(storyDate('某市日报3月2日讯(记者 张三)3月1日,市长调研园区。', PUB), '2025-03-01');
  assert.equal(storyDate('某市日报3月2日讯(记者 张三)3月1日,市长调研园区。', null), '--03-01');
  assert.equal(storyDate('某市日报3月2日讯(记者 张三)昨日,市长调研园区。', null), '--03-01');
  assert.equal(storyDate('某市日报3月1日讯 昨日,市长调研园区。', null), '--02-29');
  assert.equal(storyDate('某市日报3月2日讯 市长调研园区。', PUB), '2025-03-02');
});

test('should read the signature date closing a notice', () => {
  assert.equal(signatureDate('一、申报范围。\n某市经济和信息化局\n2024年4月15日\n'), '2024-04-15');
  assert.equal(signatureDate('2024年4月15日,某市召开会议。\n正文。'), null);
});

test('should date a yearless story by the edition year of the event its sentence names', () => {
  assert.equal(storyDate('某报讯(记者 王某)3月18日,2025某市卫星互联网产业生态大会在高新区举行,', null), '2025-03-18');
  assert.equal(storyDate('5月20日,2024中国国际数字经济博览会开幕。', null), '2024-05-20');
  // A year of figures, a model year or a year in another sentence is no edition year.
  assert.equal(storyDate('5月20日,某市召开座谈会,2024年全市产值增长10%。', null), '--05-20');
  assert.equal(storyDate('5月20日,2025款新车发布会举行。', null), '--05-20');
  assert.equal(storyDate('5月20日,某市召开座谈会。2025中国某某大会将在本市举行。', null), '--05-20');
  // A known publication year wins.
  assert.equal(storyDate('3月1日,2026某市产业生态大会举行,', PUB), '2025-03-01');
});

test('should give a yearless day the year the text writes that same day with, and only one', () => {
  assert.equal(sameDayYear('导读:2024年5月20日,某市召开座谈会。\n5月20日,某市召开座谈会。', '--05-20'), '2024-05-20');
  assert.equal(sameDayYear('5月20日,某市召开座谈会。2024年全市产值增长。', '--05-20'), null);
  assert.equal(sameDayYear('2024年5月21日,某县召开座谈会。', '--05-20'), null);
  assert.equal(sameDayYear('2023年5月20日开工,2024年5月20日投产。', '--05-20'), null);
  assert.equal(sameDayYear('', '--05-20'), null);
});
