/**
 * (Re)create `test/fixtures/html/<slug>/expected.json` from each `source.html`.
 * Usage: npx tsx scripts/regen-html-fixtures.ts [slug …]   (no slug: every fixture)
 * Review the diff before committing: the expected files are the contract of the HTML stage.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIR, fixtureSlugs, runFixture } from '../src/clean/html/fixtures.ts';

const slugs = process.argv.slice(2);
for (const slug of slugs.length ? slugs : fixtureSlugs()) {
  const out = path.join(FIXTURE_DIR, slug, 'expected.json');
  writeFileSync(out, JSON.stringify(runFixture(slug), null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
