/**
 * bench/stages: CPU time of the HTML, structure and metadata stages alone, each on the inputs the
 * pipeline gives it over a generated corpus (the earlier stages run once, untimed, to capture them).
 * Best of `--reps` runs per stage, by `process.cpuUsage()`; `--hash` prints the SHA-256 of each stage's
 * outputs, to show a change to a stage leaves its output unchanged. Not part of `npm run bench`.
 *
 *   node --import tsx bench/stages.ts [--size 10MB] [--reps 5] [--hash]
 */
import { createHash } from 'node:crypto';
import { generateDocuments } from '../src/corpus/large.ts';
import { loadCleanCorpus } from '../src/corpus/source.ts';
import { parseSize } from '../src/corpus/build.ts';
import { decode } from '../src/decode/index.ts';
import { extractHtml, type HtmlMeta } from '../src/clean/html/index.ts';
import { removeTagRemnants } from '../src/clean/html/remnants.ts';
import { removePinyinAnnotations } from '../src/clean/noise/pinyin.ts';
import { recoverLostCharacters } from '../src/clean/noise/lost-char.ts';
import { repairMojibake } from '../src/clean/noise/mojibake.ts';
import { removeJammers } from '../src/clean/noise/jammer.ts';
import { normalizeText } from '../src/normalize/index.ts';
import { removeBoilerplate } from '../src/clean/structure/boilerplate.ts';
import { dedupeBlocks } from '../src/clean/structure/dedupe.ts';
import { tidyWhitespace } from '../src/clean/structure/whitespace.ts';
import { extractMetadata, type MetadataHints } from '../src/metadata/index.ts';
import { TextTrace } from '../src/text/edits.ts';
import { flags } from './machine.ts';

/** Each stage's inputs, as the pipeline (src/pipeline.ts) gives them. */
interface StageInputs {
  readonly html: string[];
  readonly boilerplate: string[];
  readonly dedupe: string[];
  readonly whitespace: string[];
  readonly metadata: [string, MetadataHints][];
  readonly bytes: number;
}

function capture(size: number): StageInputs {
  const inputs: StageInputs = { html: [], boilerplate: [], dedupe: [], whitespace: [], metadata: [], bytes: 0 };
  let bytes = 0;
  for (const d of generateDocuments(loadCleanCorpus(), 'bench-clean-1')) {
    if (bytes >= size) break;
    bytes += d.bytes.length;
    const trace = new TextTrace(decode(d.bytes, { html: d.format === 'html' }).text);
    let html: HtmlMeta = {};
    if (d.format === 'html') {
      inputs.html.push(trace.text);
      const r = extractHtml(trace.text);
      trace.apply(r, 'html');
      html = r.meta;
    }
    for (const pass of [repairMojibake, recoverLostCharacters, removeTagRemnants, removePinyinAnnotations, removeJammers]) trace.run('noise', pass);
    trace.run('normalize', normalizeText);
    inputs.boilerplate.push(trace.text);
    const boilerplate = removeBoilerplate(trace.text);
    trace.apply(boilerplate, 'structure');
    inputs.dedupe.push(trace.text);
    trace.run('structure', dedupeBlocks);
    inputs.whitespace.push(trace.text);
    trace.run('structure', tidyWhitespace);
    const title = html.title === undefined ? undefined : normalizeText(html.title).text;
    inputs.metadata.push([trace.text, { fields: { ...(html.fields ?? {}), ...boilerplate.fields }, title, published: html.published }]);
  }
  return { ...inputs, bytes };
}

/** Each stage run over its inputs, returning its outputs. */
function stages(inputs: StageInputs): [string, () => unknown[]][] {
  return [
    ['html', () => inputs.html.map((t) => extractHtml(t))],
    ['boilerplate', () => inputs.boilerplate.map((t) => removeBoilerplate(t))],
    ['dedupe', () => inputs.dedupe.map((t) => dedupeBlocks(t))],
    ['whitespace', () => inputs.whitespace.map((t) => tidyWhitespace(t))],
    ['metadata', () => inputs.metadata.map(([t, hints]) => extractMetadata(t, hints))],
  ];
}

const f = flags(process.argv.slice(2));
const inputs = capture(parseSize(f.get('size') ?? '10MB'));
const reps = Number(f.get('reps') ?? 5);
const mb = inputs.bytes / 2 ** 20;
console.log(`${mb.toFixed(1)} MB, ${inputs.metadata.length} documents (${inputs.html.length} HTML); CPU s, best of ${reps}`);
let total = 0;
for (const [name, run] of stages(inputs)) {
  run(); // warm up
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  total += best;
  const hash = f.has('hash') ? `  sha256 ${createHash('sha256').update(JSON.stringify(run())).digest('hex').slice(0, 16)}` : '';
  console.log(`${name.padEnd(12)} ${best.toFixed(3)} s  (${(mb / best).toFixed(0)} MB/s of corpus)${hash}`);
}
console.log(`${'total'.padEnd(12)} ${total.toFixed(3)} s  (${(mb / total).toFixed(1)} MB/s of corpus)`);
