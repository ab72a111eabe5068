/**
 * corpus/large: an endless stream of generated noisy documents for benchmarks — perturbed copies of the
 * clean documents (new names, places, numbers), each with its own noise plan and output form
 * (UTF-8/GBK/GB18030/Big5 text, or HTML). Deterministic for a seed.
 */
import { drawPlan, forBig5, makeNoisyDocument } from './document.ts';
import { encodeText, renderHtml, HTML_TEMPLATES, type TextEncoding } from './formats.ts';
import { NO_BOILERPLATE } from './boilerplate.ts';
import { perturbDocument, placePool } from './perturb.ts';
import { createRng } from './prng.ts';
import type { CleanDocument } from './source.ts';

/** One generated document. */
export interface GeneratedDocument {
  /** Sequence number from 0. */
  readonly index: number;
  /** Suggested file name, e.g. `000123.gbk.txt` or `000124.html`. */
  readonly name: string;
  /** As the readers say it (`RawItem.format`). */
  readonly format: 'text' | 'html';
  readonly encoding: TextEncoding;
  readonly bytes: Uint8Array;
  /** The noisy text before encoding (for JSONL output). */
  readonly text: string;
  readonly url: string;
}

/**
 * Generate documents one by one, forever (the caller stops).
 * @param docs clean documents to perturb
 * @param seed generator seed
 * @example for (const d of generateDocuments(loadCleanCorpus(), 's')) { if (d.index > 9) break; }
 */
export function* generateDocuments(docs: readonly CleanDocument[], seed: string): Generator<GeneratedDocument> {
  if (docs.length === 0) throw new Error('Expected at least one clean document, got none');
  const places = placePool(docs);
  for (let index = 0; ; index++) {
    const rng = createRng(`${seed}/${index}`);
    const doc = docs[index % docs.length]!;
    const { text, outlet } = perturbDocument(doc, places, rng);
    const url = `https://news.example.org/${index.toString(36)}.html`;
    const page = { ...doc.annotation.page, outlet, url };
    const id = String(index).padStart(6, '0');
    const form = rng.int(0, 9);
    if (form < 2) {
      const charset = form === 0 ? 'utf-8' : 'gbk';
      const noisy = makeNoisyDocument(text, page, { ...drawPlan(rng), boilerplate: NO_BOILERPLATE }, rng);
      const [headline = '', ...lines] = noisy.text.split('\n');
      const html = renderHtml({ headline, lines, page, related: [] }, rng.pick(HTML_TEMPLATES), charset, rng);
      yield { index, name: `${id}.html`, format: 'html', encoding: charset, bytes: encodeText(html, charset), text: html, url };
      continue;
    }
    const encoding: TextEncoding = form < 6 ? 'utf-8' : form < 8 ? 'gbk' : form < 9 ? 'gb18030' : 'big5';
    const plan = drawPlan(rng, encoding === 'big5' ? true : undefined);
    const noisy = makeNoisyDocument(text, page, encoding === 'big5' ? forBig5(plan) : plan, rng);
    const suffix = encoding === 'utf-8' ? 'utf8' : encoding;
    yield { index, name: `${id}.${suffix}.txt`, format: 'text', encoding, bytes: encodeText(noisy.text, encoding), text: noisy.text, url };
  }
}
