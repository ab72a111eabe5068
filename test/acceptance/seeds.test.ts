// Acceptance gate over the five shared samples: every expectation of seeds.json is a check;
// the number passing per field must stay at or above the floors pinned in floors.json.
// Raising a floor is how progress is locked in; lowering one is an explicit, reviewed change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { haveSeeds, runSeedChecks, tallySeedChecks } from '../../src/quality/samples.ts';

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, number>;

test('should meet the pinned acceptance floors on the shared samples', { skip: haveSeeds() ? false : 'no ../shared samples' }, () => {
  const results = runSeedChecks();
  const tally = tallySeedChecks(results);
  const failing = results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `${r.file} ${c.field}${c.stretch ? ' (stretch)' : ''}: ${c.name}${c.detail ? ' — ' + c.detail : ''}`));
  if (failing.length) console.log('# failing acceptance checks:\n' + failing.map((f) => '#   ' + f).join('\n'));
  console.log('# acceptance tally: ' + JSON.stringify(tally));
  for (const [field, floor] of Object.entries(floors)) {
    const got = tally[field]?.passed ?? 0;
    assert.ok(got >= floor, `${field}: ${got} checks pass, floor is ${floor}`);
  }
});
