import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditBuilder, OffsetMap, TextTrace, applyEdits, lineSpans } from './edits.ts';

test('should apply removals and replacements in order', () => {
  const r = applyEdits('abcdefgh', [
    { start: 5, end: 6, replacement: 'XY', reason: 'r2' },
    { start: 1, end: 3, replacement: '', reason: 'r1' },
  ]);
  assert.equal(r.text, 'adeXYgh');
  assert.deepEqual(r.edits.map((e) => e.reason), ['r1', 'r2']);
});

test('should drop an edit that overlaps an earlier one', () => {
  const r = applyEdits('abcdef', [
    { start: 1, end: 4, replacement: '', reason: 'a' },
    { start: 2, end: 5, replacement: '', reason: 'b' },
  ]);
  assert.equal(r.text, 'aef');
  assert.equal(r.edits.length, 1);
});

test('should map output spans back through a removal', () => {
  const input = 'ab--cd';
  const r = new EditBuilder(input).remove(2, 4, 'x').finish();
  assert.equal(r.text, 'abcd');
  const m = new OffsetMap(input.length, r.edits);
  assert.equal(m.start(2), 4); // 'c'
  assert.equal(m.end(2), 2); // after 'b'
  assert.equal(m.end(4), 6);
  assert.equal(m.start(0), 0);
});

test('should map a replacement to its whole source span', () => {
  const input = '日?(bào)讯';
  const r = new EditBuilder(input).replace(1, 7, '报', 'lost-char').finish();
  assert.equal(r.text, '日报讯');
  const m = new OffsetMap(input.length, r.edits);
  assert.equal(m.start(1), 1);
  assert.equal(m.end(2), 7);
  assert.equal(m.start(2), 7);
});

test('should compose passes and report removals in original coordinates', () => {
  const t = new TextTrace('XXhello YYworld');
  t.run('a', (s) => new EditBuilder(s).remove(0, 2, 'x-prefix').finish()); // 'hello YYworld'
  t.run('b', (s) => new EditBuilder(s).remove(6, 8, 'y-prefix').finish()); // 'hello world'
  assert.equal(t.text, 'hello world');
  assert.deepEqual(t.removals.map((r) => [r.start, r.end, r.text, r.reason]), [
    [0, 2, 'XX', 'x-prefix'],
    [8, 10, 'YY', 'y-prefix'],
  ]);
  const [s, e] = t.toOriginal(6, 11); // 'world'
  assert.equal(t.original.slice(s, e), 'world');
});

test('should split lines with their spans', () => {
  assert.deepEqual(lineSpans('a\r\nbc\nd'), [
    { start: 0, end: 1, text: 'a' },
    { start: 3, end: 5, text: 'bc' },
    { start: 6, end: 7, text: 'd' },
  ]);
  assert.deepEqual(lineSpans(''), [{ start: 0, end: 0, text: '' }]);
});

test('should split lines as the /\\r\\n|\\n|\\r/ pattern does on any mix of breaks', () => {
  // Reference: the global regex lineSpans used before its code-unit scan.
  const byRegex = (text: string) => {
    const out: { start: number; end: number; text: string }[] = [];
    const re = /\r\n|\n|\r/g;
    let start = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ start, end: m.index, text: text.slice(start, m.index) });
      start = m.index + m[0].length;
    }
    out.push({ start, end: text.length, text: text.slice(start) });
    return out;
  };
  const parts = ['\r', '\n', '\r\n', '\n\r', 'a', '中', ' ', '\u2028'];
  let seed = 7;
  for (let n = 0; n < 2000; n++) {
    let text = '';
    const length = n % 12;
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      text += parts[(seed >>> 16) % parts.length];
    }
    assert.deepEqual(lineSpans(text), byRegex(text), JSON.stringify(text));
  }
  assert.deepEqual(lineSpans('a\r'), [
    { start: 0, end: 1, text: 'a' },
    { start: 2, end: 2, text: '' },
  ]);
});

test('should map a pass of more than 10,000 segments as its first edits alone map their part', () => {
  // 6,000 edits: a removal, then a replacement, every 5 characters (12,001 segments: the array grows by push).
  const input = 'abcde'.repeat(6000);
  const edits = Array.from({ length: 6000 }, (_, i) =>
    i % 2 === 0
      ? { start: 5 * i + 1, end: 5 * i + 2, replacement: '', reason: 'x' }
      : { start: 5 * i + 1, end: 5 * i + 3, replacement: 'XYZ', reason: 'y' },
  );
  const big = new OffsetMap(input.length, edits);
  const small = new OffsetMap(input.length, edits.slice(0, 100));
  // Output positions before the 100th edit's output map the same in both.
  for (let pos = 0; pos < 5 * 100 - 10; pos++) {
    assert.equal(big.start(pos), small.start(pos), `start ${pos}`);
    assert.equal(big.end(pos), small.end(pos), `end ${pos}`);
  }
  assert.equal(big.outLength, input.length - 3000 + 3000);
  assert.equal(big.end(big.outLength), input.length);
  assert.equal(big.start(big.outLength - 1), input.length - 1);
});

test('should map positions the same whatever order they are asked in', () => {
  const input = 'ab--cd?(x)ef--gh';
  const edits = [
    { start: 2, end: 4, replacement: '', reason: 'x' },
    { start: 6, end: 10, replacement: 'X', reason: 'y' },
    { start: 12, end: 14, replacement: '', reason: 'x' },
  ];
  const positions = Array.from({ length: 12 }, (_, i) => i);
  const inOrder = new OffsetMap(input.length, edits);
  const expected = positions.map((p) => [inOrder.start(p), inOrder.end(p)]);
  assert.deepEqual(expected, [[0, 0], [1, 1], [4, 2], [5, 5], [6, 6], [10, 10], [11, 11], [14, 12], [15, 15], [16, 16], [16, 16], [16, 16]]);
  const shuffled = new OffsetMap(input.length, edits);
  for (const p of [9, 0, 5, 4, 11, 2, 7, 1, 3, 10, 6, 8]) assert.deepEqual([shuffled.start(p), shuffled.end(p)], expected[p], `position ${p}`);
});

/** A small deterministic generator (mulberry32) for the randomized tests below. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('should record removals as toOriginal maps each edit, and sort them as a stable sort does', () => {
  const rnd = random(7);
  let checked = 0;
  for (let doc = 0; doc < 400; doc++) {
    const t = new TextTrace('abcdefghij'.repeat(1 + Math.floor(rnd() * 6)));
    const passes = 1 + Math.floor(rnd() * 8);
    for (let p = 0; p < passes; p++) {
      const len = t.text.length;
      const edits = [];
      for (let k = Math.floor(rnd() * 8); k > 0; k--) {
        const start = Math.floor(rnd() * (len + 1));
        const end = Math.min(len, start + Math.floor(rnd() * 4));
        const replacement = ['', '', 'X', 'YZ'][Math.floor(rnd() * 4)];
        if (start === end && replacement === '') continue;
        edits.push({ start, end, replacement, reason: `r${p}` });
      }
      const result = applyEdits(t.text, edits);
      const expected = result.edits.map((e) => t.toOriginal(e.start, e.end));
      const before = t.removals.length;
      t.apply(result, `s${p}`);
      assert.deepEqual(t.removals.slice(before).map((r) => [r.start, r.end]), expected);
    }
    const sorted = [...t.removals].sort((a, b) => a.start - b.start || a.end - b.end);
    const got = t.sortedRemovals();
    assert.equal(got.length, sorted.length);
    got.forEach((r, i) => assert.equal(r, sorted[i]));
    checked += got.length;
  }
  assert.ok(checked > 1000, `only ${checked} removals checked`);
});
