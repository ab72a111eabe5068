import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Converter, Locale } from 'opencc-js/t2cn';
import { OPENCC_FROM } from './constants.ts';
import { tw2s } from './tw2s.ts';

const opencc = Converter({ from: OPENCC_FROM, to: 'cn' });
const IDS = /[\u2FF0-\u2FFF]/;

/** Every key of every dictionary the converter uses. */
function allKeys(): string[] {
  const config = (Locale as unknown as { configs: Record<string, Record<string, unknown>> }).configs[`${OPENCC_FROM}2s`];
  const dicts = Object.values(config).flat(4).filter((d): d is string => typeof d === 'string');
  return [...new Set(dicts.flatMap((d) => d.split('|').map((e) => e.split(' ')[0]!)))].filter((k) => !IDS.test(k));
}

test('should convert every dictionary key exactly as opencc-js does', () => {
  const keys = allKeys();
  assert.ok(keys.length > 6000, `expected the full tables, got ${keys.length} keys`);
  for (const k of keys) assert.equal(tw2s(k), opencc(k), k);
});

test('should convert every key between neighbours and runs of keys exactly as opencc-js does', () => {
  const keys = allKeys();
  for (let i = 0; i < keys.length; i++) {
    const s = `的${keys[i]}${keys[(i * 7919 + 13) % keys.length]}了${keys[(i * 104729 + 7) % keys.length]}`;
    assert.equal(tw2s(s), opencc(s), s);
  }
});

test('should convert sentences with phrases, variants and astral characters as opencc-js does', () => {
  for (const s of ['乾隆年間氣候乾燥', '他看著報紙,裡面寫著麵條很乾淨', '', 'ABC 123', '\u{2A6D6}發展\u{20000}國際', '\uD800發\uDC00']) {
    assert.equal(tw2s(s), opencc(s), s);
  }
});
