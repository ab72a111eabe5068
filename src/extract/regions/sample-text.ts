/**
 * Test helper: the shared sample pages as the extract stages will see them (Simplified, pinyin
 * glosses removed), prepared here until the cleaning stages land. Reads `../shared/samples/seeds`
 * at test time; nothing of the samples is copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

/** The samples folder beside the repository. */
export const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples/seeds');

/** True when the samples are present. */
export function haveSamples(): boolean {
  return existsSync(SAMPLES_DIR);
}

// A pinyin gloss after a character: 產(chǎn), possibly after a lost character `?(bào)`.
const PINYIN_GLOSS = /\?*\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g;

let convert: ((s: string) => string) | null = null;

/** Read one sample as clean Simplified text. */
export function sampleText(file: string): string {
  const conv = (convert ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return conv(readFileSync(join(SAMPLES_DIR, file), 'utf8').replace(PINYIN_GLOSS, ''));
}
