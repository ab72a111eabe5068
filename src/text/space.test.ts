import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isJsSpace } from './space.ts';

test('should agree with a regex \\s on every code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});
