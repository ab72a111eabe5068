/**
 * The quality gate: every annotated set (demo `corpus/`, held-out `corpus/gate/`), clean and noisy,
 * analyzed by the pipeline and scored per field; each F1 must stay at or above its pinned floor in
 * `floors.json` (keys `<set>.<variant>.<field>`). Raise a floor when extraction improves; never lower
 * one to make a change pass. `scripts/quality-report.ts` prints the same table with the worst documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FIELDS } from '../../src/quality/score.ts';
import { formatTable, items, measure, SETS, type SetName, type Variant } from './sets.ts';

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, number>;
const VARIANTS: readonly Variant[] = ['clean', 'noisy'];

test('should have a floor for every field of every set and variant that has items, and no other floors', () => {
  const want = new Set<string>();
  for (const set of Object.keys(SETS) as SetName[]) {
    for (const variant of VARIANTS) {
      if (items(set, variant).length === 0) continue;
      for (const f of FIELDS) want.add(`${set}.${variant}.${f}`);
    }
  }
  assert.deepEqual(Object.keys(floors).sort(), [...want].sort());
  for (const [k, v] of Object.entries(floors)) assert.ok(v >= 0 && v <= 1, `${k}: ${v}`);
});

for (const set of Object.keys(SETS) as SetName[]) {
  for (const variant of VARIANTS) {
    const list = items(set, variant);
    test(`should keep every field's F1 at or above its floor on the ${set} set (${variant}, ${list.length} items)`, { skip: list.length === 0 }, async (t) => {
      const { summary } = measure(list);
      const prefix = `${set}.${variant}.`;
      // The TAP reporter prefixes each output line with `# `, so the table is printed without its own.
      console.log(formatTable(`${set} ${variant}: ${list.length} items`, summary, floors, prefix).replace(/^# /gm, ''));
      for (const f of FIELDS) {
        await t.test(`should reach the ${f} floor`, () => {
          const floor = floors[prefix + f];
          assert.ok(floor !== undefined, `no floor for ${prefix}${f}`);
          assert.ok(summary[f].f1 >= floor, `${prefix}${f}: F1 ${summary[f].f1} is below the floor ${floor}`);
        });
      }
    });
  }
}
