// The five shared samples through the whole pipeline: the quantities seeds.json expects, no figure
// from its traps, and the officials' directives with their speakers. Skipped when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSample, haveSeeds, loadSeedExpectations } from '../../quality/samples.ts';

const skip = haveSeeds() ? false : 'no ../shared samples';

test('should extract the expected quantities of every sample and no trap figure', { skip }, () => {
  for (const exp of loadSeedExpectations()) {
    const a = analyzeSample(exp.file);
    for (const q of exp.quantities ?? []) {
      const got = a.quantities.find((x) => x.metric === q.metric && x.value === q.value && x.unit === q.unit);
      assert.ok(got, `${exp.file}: ${q.metric} ${q.value}${q.unit}`);
      assert.equal(got.qualifier ?? undefined, q.qualifier, `${exp.file}: qualifier of ${q.metric}`);
    }
    // Trap figures: a related-article headline (2900亿美元) and a page counter (关注度 216).
    assert.ok(!a.quantities.some((x) => x.value === 2900 || x.value === 216), `${exp.file}: trap figure`);
  }
});

test('should attribute directives to the sample stories\' lead officials', { skip }, () => {
  for (const exp of loadSeedExpectations()) {
    const a = analyzeSample(exp.file);
    const lead = a.people.find((p) => p.role === 'lead')?.name;
    if (!lead) continue;
    assert.ok(a.directives.length > 0, `${exp.file}: directives`);
    assert.ok(a.directives.every((d) => d.speaker === lead), `${exp.file}: speakers ${[...new Set(a.directives.map((d) => d.speaker))].join(',')}`);
    for (const d of a.directives) assert.equal(a.text.slice(d.start, d.end), d.text);
  }
});
