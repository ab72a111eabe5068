import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIR, fixtureSlugs, runFixture } from './fixtures.ts';

test('should have at least four golden HTML pages', () => {
  assert.ok(fixtureSlugs().length >= 4);
});

for (const slug of fixtureSlugs()) {
  test(`should extract the golden page ${slug} exactly`, () => {
    const expected = JSON.parse(readFileSync(path.join(FIXTURE_DIR, slug, 'expected.json'), 'utf8'));
    assert.deepEqual(runFixture(slug), expected);
  });
}
