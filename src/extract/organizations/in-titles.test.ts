import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../index.ts';
import type { DocMeta } from '../../analysis/schema.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
const orgs = (text: string) => extract(text, META).organizations.map((o) => `${o.kind}:${o.name}`);

test('should drop organizations named only inside an official title', () => {
  assert.deepEqual(orgs('副旗长、旗能源局局长赵某军通报情况，荆门高新区党工委书记李某主持。'), []);
});

test('should keep a body also named on its own, and a national body inside a title', () => {
  assert.deepEqual(orgs('市工信局局长孙某峰主持。市工信局负责同志参加。'), ['government:市工信局']);
  assert.deepEqual(orgs('中国纺织工业联合会副会长杨某国致辞。'), ['association:中国纺织工业联合会']);
});

test('should keep organizations when nobody has a title', () => {
  assert.deepEqual(orgs(''), []);
  assert.deepEqual(orgs('福州软件园集聚企业。'), ['park:福州软件园']);
});

test('should keep a company named only in its officer title: the officer speaks for it', () => {
  assert.deepEqual(orgs('全国人大代表、东岭重工集团有限公司董事长钱某明建议加快发展海工装备。'), ['company:东岭重工集团有限公司']);
  // 选举 before the company is the sentence's verb, not part of the name.
  assert.deepEqual(orgs('大会选举北辰体育器材有限公司董事长钱某明为联盟理事长。'), ['company:北辰体育器材有限公司']);
});

test('should not read 据 (according to) as the first character of a body', () => {
  assert.deepEqual(orgs('据南宁海关统计，出口增长。'), ['government:南宁海关']);
});
