/**
 * corpus/build: command line of the corpus builder.
 *
 *   node --import tsx src/corpus/build.ts demo [--out corpus/demo] [--seed S]
 *       the committed demo corpus (npm run corpus:demo)
 *   node --import tsx src/corpus/build.ts large --out DIR [--size 60MB] [--docs N] [--format txt|jsonl] [--seed S]
 *       a large benchmark corpus: stops at --size bytes or --docs documents, whichever comes first;
 *       txt writes one file per document in folders of 1,000; jsonl writes shards of 5,000 records.
 */
import { mkdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDemo, DEMO_SEED } from './demo.ts';
import { generateDocuments } from './large.ts';
import { jsonlRecord } from './formats.ts';
import { CORPUS_DIR, loadCleanCorpus } from './source.ts';

/** Parse `60MB`, `512KB`, `1GB` or a plain byte count. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(text.trim());
  if (!m) throw new Error(`Expected a size like 60MB, got ${text}`);
  const unit = (m[2] ?? 'B').toUpperCase();
  const mult = unit === 'GB' ? 2 ** 30 : unit === 'MB' ? 2 ** 20 : unit === 'KB' ? 2 ** 10 : 1;
  return Math.round(Number(m[1]) * mult);
}

function flags(args: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) throw new Error(`Expected an option like --out, got ${a}`);
    out.set(a.slice(2), args[i + 1] ?? '');
    i++;
  }
  return out;
}

/** Write the demo corpus into `out` (replacing it). Returns the number of files and bytes. */
export function writeDemo(out: string, seed: string = DEMO_SEED): { files: number; bytes: number } {
  const { files, manifest } = buildDemo(loadCleanCorpus(), seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const [name, data] of files) {
    writeFileSync(join(out, name), data);
    bytes += data.length;
  }
  const man = JSON.stringify({ seed, documents: manifest }, null, 1) + '\n';
  writeFileSync(join(out, 'MANIFEST.json'), man);
  return { files: files.size + 1, bytes: bytes + man.length };
}

/** Write a large corpus. Returns documents and bytes written. */
export function writeLarge(out: string, opts: { size: number; docs: number; format: 'txt' | 'jsonl'; seed: string }): { docs: number; bytes: number } {
  mkdirSync(out, { recursive: true });
  let docs = 0;
  let bytes = 0;
  for (const d of generateDocuments(loadCleanCorpus(), opts.seed)) {
    if (docs >= opts.docs || bytes >= opts.size) break;
    if (opts.format === 'jsonl') {
      const line = jsonlRecord(d.format === 'html' ? { html: d.text, url: d.url } : { text: d.text, url: d.url }) + '\n';
      appendFileSync(join(out, `shard-${String(Math.floor(d.index / 5000)).padStart(4, '0')}.jsonl`), line);
      bytes += Buffer.byteLength(line);
    } else {
      const dir = join(out, String(Math.floor(d.index / 1000)).padStart(4, '0'));
      if (d.index % 1000 === 0) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, d.name), d.bytes);
      bytes += d.bytes.length;
    }
    docs++;
  }
  return { docs, bytes };
}

function main(argv: readonly string[]): void {
  const [command, ...rest] = argv;
  const f = flags(rest);
  const seed = f.get('seed');
  if (command === 'demo') {
    const out = f.get('out') ?? join(CORPUS_DIR, 'demo');
    const r = writeDemo(out, seed ?? DEMO_SEED);
    console.log(`demo corpus: ${r.files} files, ${(r.bytes / 1024).toFixed(0)} KB in ${out}`);
  } else if (command === 'large') {
    const out = f.get('out');
    if (!out) throw new Error('Expected --out DIR for the large corpus');
    const docs = f.has('docs') ? Number(f.get('docs')) : Infinity;
    const size = f.has('size') ? parseSize(f.get('size')!) : Number.isFinite(docs) ? Infinity : parseSize('60MB');
    const format = f.get('format') === 'jsonl' ? 'jsonl' : 'txt';
    const t0 = performance.now();
    const r = writeLarge(out, { size, docs, format, seed: seed ?? 'cluster-atlas-large-1' });
    console.log(`large corpus: ${r.docs} documents, ${(r.bytes / 2 ** 20).toFixed(1)} MB in ${out} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } else {
    console.error('usage: build.ts demo [--out DIR] [--seed S] | large --out DIR [--size 60MB] [--docs N] [--format txt|jsonl] [--seed S]');
    process.exitCode = 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
