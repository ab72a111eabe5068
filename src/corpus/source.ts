/**
 * corpus/source: the hand-written clean documents and their annotations (`corpus/clean`,
 * `corpus/annotations`), loaded in file-name order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation } from '../quality/score.ts';
import type { PageMeta } from './boilerplate.ts';

/** The repository's `corpus/` folder. */
export const CORPUS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../corpus');

/** An annotation file: the scored `Annotation` plus the page metadata the noisy copies carry. */
export interface CorpusAnnotation extends Annotation {
  readonly page: PageMeta;
}

/** One clean document with its annotation. */
export interface CleanDocument {
  /** File stem, e.g. `001-shiyan-commercial-vehicle`. */
  readonly slug: string;
  readonly text: string;
  readonly headline: string;
  readonly annotation: CorpusAnnotation;
}

/**
 * Load every `clean/*.txt` with its `annotations/*.json`.
 * @param dir the corpus folder (default: the repository's)
 */
export function loadCleanCorpus(dir: string = CORPUS_DIR): CleanDocument[] {
  const names = readdirSync(join(dir, 'clean')).filter((n) => n.endsWith('.txt')).sort();
  return names.map((name) => {
    const slug = name.slice(0, -4);
    const text = readFileSync(join(dir, 'clean', name), 'utf8');
    const annotation = JSON.parse(readFileSync(join(dir, 'annotations', `${slug}.json`), 'utf8')) as CorpusAnnotation;
    return { slug, text, headline: text.split('\n', 1)[0]!, annotation };
  });
}
