import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from './types.ts';

const META = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };

test('should split sentences, skipping parts that are only white space', () => {
  const text = '一是加快。 \u3000\n二是推进！”\n\n  \t\n三是落实';
  const spans = createContext(text, META).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['一是加快。', '二是推进！”', '三是落实']);
  assert.deepEqual(createContext(text, META).sentences, [{ start: 0, end: 5 }, { start: 8, end: 14 }, { start: 20, end: 24 }]);
});

test('should give no sentence for an empty or blank text', () => {
  assert.deepEqual(createContext('', META).sentences, []);
  assert.deepEqual(createContext(' \n\u3000\n', META).sentences, []);
});

test('should split exactly where the sentence-end pattern matches', () => {
  const END = /[。！？；!?;]+[”」』）)]*|\n+/g;
  const alphabet = ['甲', '。', '！', '?', ';', '”', '」', ')', '\n', ' ', '）'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length);
  for (let n = 0; n < 500; n++) {
    const text = Array.from({ length: n % 24 }, () => alphabet[random()]).join('');
    const expected: { start: number; end: number }[] = [];
    let start = 0;
    for (const m of text.matchAll(END)) {
      const end = m.index + m[0].length;
      if (text.slice(start, end).trim()) expected.push({ start, end });
      start = end;
    }
    if (text.slice(start).trim()) expected.push({ start, end: text.length });
    assert.deepEqual(createContext(text, META).sentences, expected, JSON.stringify(text));
  }
});
