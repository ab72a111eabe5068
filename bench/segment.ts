/**
 * bench/segment: Chinese word segmentation throughput of `@node-rs/jieba` (Rust, N-API) against Debian's
 * Python jieba (`python3-jieba`) on the same text in the same run: plain cut (HMM on), and POS tagging on
 * a smaller slice. The text is the clean demo corpus repeated up to the requested size; both sides read it
 * once and are timed after their dictionaries are loaded (warm-up excluded). One core each.
 *
 *   node --import tsx bench/segment.ts [--size 4MB] [--pos-size 1MB] [--json]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { loadCleanCorpus } from '../src/corpus/source.ts';
import { parseSize } from '../src/corpus/build.ts';
import { flags, round, type BenchResult, type Measure } from './machine.ts';

const PYTHON = '/usr/bin/python3';

// Times jieba.lcut over every line, then jieba.posseg.lcut over the first pos_bytes of lines; prints JSON.
const PY_SCRIPT = `
import sys, json, time
import jieba, jieba.posseg
jieba.setLogLevel(60)
jieba.initialize()
lines = open(sys.argv[1], encoding='utf-8').read().split('\\n')
pos_bytes = int(sys.argv[2])
jieba.lcut(lines[0]); jieba.posseg.lcut(lines[0])
t = time.perf_counter(); words = 0
for l in lines: words += len(jieba.lcut(l))
cut = time.perf_counter() - t
sub = []; n = 0
for l in lines:
    if n >= pos_bytes: break
    sub.append(l); n += len(l.encode('utf-8'))
t = time.perf_counter(); tags = 0
for l in sub: tags += len(jieba.posseg.lcut(l))
pos = time.perf_counter() - t
print(json.dumps({"cut": cut, "words": words, "pos": pos, "posBytes": n, "tags": tags, "version": jieba.__version__}))
`;

function corpusLines(size: number): string[] {
  const paragraphs = loadCleanCorpus().flatMap((d) => d.text.split('\n').filter((l) => l.trim() !== ''));
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i++) {
    const l = paragraphs[i % paragraphs.length]!;
    lines.push(l);
    bytes += Buffer.byteLength(l);
  }
  return lines;
}

/** Run the benchmark. */
export function runSegmentBench(opts: { size: number; posSize: number }): BenchResult {
  const lines = corpusLines(opts.size);
  const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
  const mb = bytes / 2 ** 20;
  const jieba = Jieba.withDict(dict);
  jieba.cut(lines[0]!, true);
  let t0 = performance.now();
  let words = 0;
  for (const l of lines) words += jieba.cut(l, true).length;
  const rsCut = (performance.now() - t0) / 1000;
  const posLines: string[] = [];
  let posBytes = 0;
  for (const l of lines) {
    if (posBytes >= opts.posSize) break;
    posLines.push(l);
    posBytes += Buffer.byteLength(l);
  }
  t0 = performance.now();
  for (const l of posLines) jieba.tag(l, true);
  const rsPos = (performance.now() - t0) / 1000;
  const measures: Measure[] = [
    { metric: '@node-rs/jieba cut (HMM)', value: round(mb / rsCut), unit: 'MB/s', note: `${round(mb)} MB, ${words} words` },
    { metric: '@node-rs/jieba tag (POS)', value: round(posBytes / 2 ** 20 / rsPos), unit: 'MB/s', note: `${round(posBytes / 2 ** 20)} MB` },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'atlas-seg-'));
  try {
    const file = join(dir, 'text.txt');
    writeFileSync(file, lines.join('\n'));
    const py = spawnSync(PYTHON, ['-c', PY_SCRIPT, file, String(opts.posSize)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (py.status !== 0) {
      return { name: 'segment', measures, skipped: `Python jieba unavailable (${(py.stderr || py.error?.message || '').trim().split('\n').pop()}); install python3-jieba` };
    }
    const r = JSON.parse(py.stdout) as { cut: number; words: number; pos: number; posBytes: number; version: string };
    measures.push(
      { metric: `Python jieba ${r.version} cut (HMM)`, value: round(mb / r.cut), unit: 'MB/s', note: `${r.words} words` },
      { metric: `Python jieba ${r.version} posseg (POS)`, value: round(r.posBytes / 2 ** 20 / r.pos), unit: 'MB/s' },
      { metric: 'speed-up cut (Rust / Python)', value: round(r.cut / rsCut), unit: '×' },
      { metric: 'speed-up POS (Rust / Python)', value: round(r.pos / rsPos), unit: '×' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: 'segment', measures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = flags(process.argv.slice(2));
  const r = runSegmentBench({ size: parseSize(f.get('size') ?? '4MB'), posSize: parseSize(f.get('pos-size') ?? '1MB') });
  console.log(f.has('json') ? JSON.stringify(r) : [r.skipped ?? '', ...r.measures.map((m) => `${m.metric}: ${m.value} ${m.unit}${m.note ? ` (${m.note})` : ''}`)].join('\n'));
}
