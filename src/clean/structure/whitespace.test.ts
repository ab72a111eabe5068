import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tidyWhitespace } from './whitespace.ts';
import { EditBuilder, type PassResult } from '../../text/edits.ts';

test('should trim line ends, collapse blank runs and strip the ends of the text', () => {
  assert.equal(tidyWhitespace('\n\n甲  \n\n\n\n乙\n\n').text, '甲\n\n乙');
});

test('should remove trailing blank lines even when they form a run', () => {
  const r = tidyWhitespace('甲\n\n\n\n');
  assert.equal(r.text, '甲');
  assert.deepEqual(r.edits, [{ start: 1, end: 5, replacement: '', reason: 'whitespace' }]);
});

test('should leave tidy text unchanged', () => {
  assert.deepEqual(tidyWhitespace('甲\n\n乙'), { text: '甲\n\n乙', edits: [], findings: [] });
});

/** The pass as it was written with regexes: the scans must give exactly its result. */
function tidyByRegex(text: string): PassResult {
  const b = new EditBuilder(text);
  for (const m of text.matchAll(/[ \t]+(?=\n|$)/g)) b.remove(m.index, m.index + m[0].length, 'whitespace');
  const lead = /^\s+/.exec(text);
  const trail = /\s+$/.exec(text);
  for (const m of text.matchAll(/\n{3,}/g)) {
    const end = m.index + m[0].length;
    if (m.index < (lead?.[0].length ?? 0) || (trail && end > trail.index)) continue;
    b.replace(m.index, end, '\n\n', 'whitespace');
  }
  if (lead) b.remove(0, lead[0].length, 'whitespace');
  if (trail && trail.index > (lead?.[0].length ?? 0)) b.remove(trail.index, text.length, 'whitespace');
  return b.finish();
}

test('should tidy exactly as the regexes do on random whitespace-heavy texts', () => {
  const pieces = [' ', '\t', '\n', '\n\n\n', '\r', '\u3000', '\u00a0', '甲', 'a', '  \n'];
  let seed = 5;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const texts = ['', ' ', '\n\n\n', '\t\n', '甲 \t', ' \n\n\n\n甲\n\n\n \n'];
  for (let k = 0; k < 20_000; k++) {
    let s = '';
    for (let i = Math.floor(rnd() * 14); i > 0; i--) s += pieces[Math.floor(rnd() * pieces.length)];
    texts.push(s);
  }
  for (const s of texts) assert.deepEqual(tidyWhitespace(s), tidyByRegex(s), JSON.stringify(s));
});
