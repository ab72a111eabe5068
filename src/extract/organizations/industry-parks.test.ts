import { test } from 'node:test';
import assert from 'node:assert/strict';
import { industryParks, type PlaceSpan } from './industry-parks.ts';

const never = () => false;
/** Region mentions of `names` (each with a code) at their first occurrence in `text`. */
function places(text: string, names: Record<string, string>): PlaceSpan[] {
  return Object.entries(names).map(([name, key]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, key };
  });
}

test('should find nothing without an industry word before 园区, or without a name', () => {
  assert.deepEqual(industryParks('', [], never), []);
  assert.deepEqual(industryParks('会议听取了园区规划。', [], never), []);
  assert.deepEqual(industryParks('推动化工园区认定和安全整治。', [], never), []);
  assert.deepEqual(industryParks('全市光伏园区装机量增长。', [], never), []);
  assert.deepEqual(industryParks('我省化工园区、各地新材料园区和特色光伏园区。', [], never), []);
});

test('should take a 2-4 character proper name bounded by punctuation, a verb, a conjunction or a place', () => {
  const text = '其中，白石滩光伏园区装机突破百万千瓦；市长来到红柳湾新材料园区调研。风电场和青松岭化工园区';
  assert.deepEqual(
    industryParks(text, [], never).map((p) => p.name),
    ['白石滩光伏园区', '红柳湾新材料园区', '青松岭化工园区'],
  );
  const after = '云岭县白石滩光伏园区';
  assert.deepEqual(industryParks(after, places(after, { 云岭县: '530100' }), never), [{ name: '白石滩光伏园区', start: 3, end: 10 }]);
});

test('should take a county or city of the gazetteer as the name, but not a province alone', () => {
  const county = '考察了云岭县光伏园区。';
  assert.deepEqual(industryParks(county, places(county, { 云岭县: '530199' }), never), [{ name: '云岭县光伏园区', start: 3, end: 10 }]);
  const chain = '云南云岭县化工园区';
  assert.deepEqual(industryParks(chain, places(chain, { 云南: '530000', 云岭县: '530199' }), never).map((p) => p.name), ['云南云岭县化工园区']);
  const province = '推进云南化工园区建设';
  assert.deepEqual(industryParks(province, places(province, { 云南: '530000' }), never), []);
});

test('should not take a run longer than four characters as a proper name', () => {
  assert.deepEqual(industryParks('位于白石滩北岸东区光伏园区', [], never), []);
});

test('should leave a run the caller calls generic', () => {
  assert.deepEqual(industryParks('。重点光伏园区', [], (run) => run === '重点'), []);
  assert.deepEqual(industryParks('。龙头光伏园区', [], (run) => run === '龙头'), []);
});

test('should not take a common word, a verb or a locality word for a proper name', () => {
  for (const s of ['推进沿江化工园区整治。', '已认定化工园区12个。', '开展合规化工园区评估。', '出台智能化工园区建设指南。', '。农业光伏园区', '。农光互补光伏园区', '。零碳光伏园区']) {
    assert.deepEqual(industryParks(s, [], never), [], s);
  }
});

test('should take one character after a place with the place (a port, a bay)', () => {
  const text = '来到云岭港化工园区调研';
  assert.deepEqual(industryParks(text, places(text, { 云岭: '530199' }), never), [{ name: '云岭港化工园区', start: 2, end: 9 }]);
});
