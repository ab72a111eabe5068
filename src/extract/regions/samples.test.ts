// The five shared samples (prepared as clean Simplified text by ./sample-text.ts): regions,
// people and events as the acceptance file expects. Skipped when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../index.ts';
import type { DocMeta } from '../../analysis/schema.ts';
import { SAMPLES_DIR, haveSamples, sampleText } from './sample-text.ts';

const SEEDS = join(SAMPLES_DIR, '../../acceptance/seeds.json');
const skip = !haveSamples() || !existsSync(SEEDS);

interface Seed {
  file: string;
  metadata?: { dateline?: string | null; published?: string; outlet?: string };
  regions?: { name: string; code: string }[];
  people?: { name: string; titles: string[]; role?: string }[];
  events?: { type: string; date: string | null; lead: string | null }[];
}

test('should extract the regions, people and events of every sample', { skip }, () => {
  const seeds = (JSON.parse(readFileSync(SEEDS, 'utf8')) as { documents: Seed[] }).documents;
  for (const s of seeds) {
    // The metadata stage supplies these in the pipeline; here they are taken as given.
    const meta: DocMeta = { title: null, outlet: s.metadata?.outlet ?? null, reporters: [], published: s.metadata?.published ?? null, dateline: s.metadata?.dateline ?? null, extra: {} };
    const a = extract(sampleText(s.file), meta);
    for (const r of s.regions ?? []) assert.ok(a.regions.some((x) => x.code === r.code && x.name === r.name), `${s.file}: region ${r.name}`);
    for (const p of s.people ?? []) {
      const got = a.people.find((x) => x.name === p.name);
      assert.deepEqual(got?.titles, p.titles, `${s.file}: ${p.name}`);
      if (p.role) assert.equal(got?.role, 'referenced');
    }
    const e = s.events?.[0];
    if (e) assert.deepEqual({ type: a.events[0]?.type, date: a.events[0]?.date, lead: a.events[0]?.lead }, e, `${s.file}: event`);
    assert.ok(!a.people.some((p) => p.role === 'participant' && p.name === '余劭劼'));
  }
});
