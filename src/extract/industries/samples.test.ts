// The five shared samples (prepared as clean Simplified text by ../regions/sample-text.ts): every
// industry the acceptance file expects, by its taxonomy name. Skipped when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../index.ts';
import type { DocMeta } from '../../analysis/schema.ts';
import { SAMPLES_DIR, haveSamples, sampleText } from '../regions/sample-text.ts';

const SEEDS = join(SAMPLES_DIR, '../../acceptance/seeds.json');
const skip = !haveSamples() || !existsSync(SEEDS);
const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };

test('should find every expected industry of every sample under its taxonomy name', { skip }, () => {
  const seeds = (JSON.parse(readFileSync(SEEDS, 'utf8')) as { documents: { file: string; industries?: string[] }[] }).documents;
  for (const s of seeds) {
    const names = extract(sampleText(s.file), META).industries.map((i) => i.name);
    const missing = (s.industries ?? []).filter((n) => !names.includes(n));
    assert.deepEqual(missing, [], `${s.file}: found ${names.join(' ')}`);
  }
});
