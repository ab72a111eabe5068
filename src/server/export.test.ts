import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv, toJsonl } from './export.ts';

describe('toCsv', () => {
  it('should quote commas, quotes and line breaks and use CRLF', () => {
    assert.equal(toCsv([{ a: 1, b: 'x,y' }, { a: 'say "hi"', c: 'l1\nl2' }]), 'a,b,c\r\n1,"x,y",\r\n"say ""hi""",,"l1\nl2"\r\n');
  });
  it('should defuse spreadsheet formulas and write nested values as JSON', () => {
    assert.equal(toCsv([{ a: '=1+1', b: [1, 2] }]), 'a,b\r\n\'=1+1,"[1,2]"\r\n');
  });
  it('should write only a header line for no rows', () => {
    assert.equal(toCsv([]), '\r\n');
  });
});

describe('toJsonl', () => {
  it('should write one object per line', () => {
    assert.equal(toJsonl([{ a: 1 }, { b: '中' }]), '{"a":1}\n{"b":"中"}\n');
    assert.equal(toJsonl([]), '');
  });
});
