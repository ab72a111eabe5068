import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charTable, has, matchAllOf, matchesAt, positionsOf, sticky, unitTable } from './sticky.ts';

const RUN = /[京津冀]{2,}/g;
const QUALIFIED = /(?<=[在来])([湘鄂])(?=调研|考察)/g;
const table = charTable(['京津冀', '湘鄂']);
const pick = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

test('should hold exactly the characters of a char table', () => {
  const t = charTable(['京津', '\u0000', '\uffff']);
  assert.deepEqual([0, 1, 31, 32, 0x4eac, 0x6d25, 0x4eab, 0xffff].map((c) => has(t, c)), [true, false, false, false, true, true, false, true]);
});

test('should find the positions of the table characters, ascending', () => {
  assert.deepEqual(positionsOf('在湘调研，京津冀', table), [1, 5, 6, 7]);
  assert.deepEqual(positionsOf('', table), []);
});

test('should give the matches of a global scan, runs not re-entered', () => {
  const text = '京津冀协同，冀京两地，京城，在湘调研，来鄂考察，湘鄂';
  const positions = positionsOf(text, table);
  assert.deepEqual(pick(matchesAt(sticky(RUN), text, positions)), pick([...text.matchAll(RUN)]));
  assert.deepEqual(pick(matchesAt(sticky(RUN), text, positions)), [[0, '京津冀'], [6, '冀京']]);
  assert.deepEqual(pick(matchesAt(sticky(QUALIFIED), text, positions)), [[15, '湘'], [20, '鄂']]);
});

test('should keep the flags but global, and add sticky', () => {
  assert.equal(sticky(/a/gi).flags, 'iy');
});

test('should give re.test of each code unit from a unit table', () => {
  const re = /[\s，。A-Z]/;
  const t = unitTable(re);
  const text = '中，A\u3000b。\n\ud83d\ude00';
  const byTable = Array.from({ length: text.length }, (_, i) => (has(t, text.charCodeAt(i)) ? 1 : 0));
  const byRegex = Array.from({ length: text.length }, (_, i) => (re.test(text[i]!) ? 1 : 0));
  assert.deepEqual(byTable, byRegex);
  assert.deepEqual([...'中，A\u3000b。\n'].map((c) => has(t, c.charCodeAt(0))), [false, true, true, true, false, true, true]);
  assert.equal(t.length, 0x10000 / 32);
  for (let c = 0; c < 0x10000; c++) assert.equal(has(t, c), re.test(String.fromCharCode(c)));
});

test('should refuse a global or sticky pattern for a unit table', () => {
  assert.throws(() => unitTable(/[a]/g), /Expected a pattern without the g or y flag, got \/\[a\]\/g/);
  assert.throws(() => unitTable(/[a]/y), /Expected a pattern without the g or y flag/);
});

test('should give the matches of matchAll from lastIndex and leave lastIndex as it was', () => {
  const re = /([京津])(冀)?/g;
  const text = '京津冀，津，京冀';
  const pick2 = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1], m[2]]);
  assert.deepEqual(pick2(matchAllOf(re, text)), pick2([...text.matchAll(re)]));
  re.lastIndex = 3;
  assert.deepEqual(pick2(matchAllOf(re, text)), pick2([...text.matchAll(re)]));
  assert.deepEqual(pick2(matchAllOf(re, text)), [[4, '津', '津', undefined], [6, '京冀', '京', '冀']]);
  assert.equal(re.lastIndex, 3);
  assert.deepEqual(matchAllOf(/x/g, ''), []);
});

test('should step over empty matches as matchAll does', () => {
  const re = /a*/g;
  assert.deepEqual(matchAllOf(re, 'baab').map((m) => [m.index, m[0]]), [...'baab'.matchAll(re)].map((m) => [m.index, m[0]]));
  const u = /(?:)/gu;
  assert.deepEqual(matchAllOf(u, 'a😀b').map((m) => m.index), [...'a😀b'.matchAll(u)].map((m) => m.index));
});

test('should refuse a pattern without the g flag, as matchAll does', () => {
  assert.throws(() => matchAllOf(/a/, 'a'), TypeError);
});
