/**
 * quality/noisy: builds the noisy copies of the gate set (`corpus/gate/noisy/`) with the demo corpus
 * builder of `src/corpus/demo.ts` — the same rotation of output forms (UTF-8, GBK, GB18030 and Big5
 * text, UTF-8 and GBK HTML pages, a JSONL file, a WARC file) and noise plans, under the gate's own seed.
 * `MANIFEST.json` maps each noisy file (and record) to its clean source and lists the noise applied.
 *
 *   node --import tsx test/quality/noisy.ts     (rewrites corpus/gate/noisy; deterministic)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDemo } from '../../src/corpus/demo.ts';
import { loadCleanCorpus } from '../../src/corpus/source.ts';
import { REPO_ROOT } from './sets.ts';

/** The gate set's folder. */
export const GATE_DIR = join(REPO_ROOT, 'corpus/gate');

/** The seed of the gate's noisy copies (different from the demo's, so the two sets get different noise). */
export const GATE_SEED = 'cluster-atlas-gate-1';

/**
 * Write the gate's noisy copies into `out` (replacing it).
 * @returns the number of files written (manifest included) and their bytes
 */
export function writeGateNoisy(out: string = join(GATE_DIR, 'noisy'), seed: string = GATE_SEED): { files: number; bytes: number } {
  const { files, manifest } = buildDemo(loadCleanCorpus(GATE_DIR), seed);
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = writeGateNoisy();
  console.log(`gate noisy copies: ${r.files} files, ${(r.bytes / 1024).toFixed(0)} KB`);
}
