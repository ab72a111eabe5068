import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isJsSpace, lastNonSpace } from './space.ts';

test('should agree with a regex \\s on every code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('should give the last character a regex \\s does not match', () => {
  assert.equal(lastNonSpace('摄 ) \u3000'), 0x29);
  assert.equal(lastNonSpace('好'), 0x597d);
  assert.equal(lastNonSpace(' \t'), -1);
  assert.equal(lastNonSpace(''), -1);
});
