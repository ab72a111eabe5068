/**
 * Golden HTML fixtures: `test/fixtures/html/<slug>/{source.html, expected.json}`. Shared by the
 * fixture test and `scripts/regen-html-fixtures.ts`, so both run a page exactly the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../../decode/index.ts';
import { extractHtml } from './index.ts';

/** Folder holding one sub-folder per fixture page. */
export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/html');

/** What a fixture pins: the decoded encoding name, the page meta and the extracted text. */
export interface HtmlExpectation {
  readonly encoding: string;
  readonly title?: string;
  readonly published?: string;
  readonly text: string;
}

/** Slugs of all fixture pages, sorted. */
export function fixtureSlugs(): string[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Decode and extract one fixture's `source.html` as the pipeline does. */
export function runFixture(slug: string): HtmlExpectation {
  const bytes = readFileSync(path.join(FIXTURE_DIR, slug, 'source.html'));
  const decoded = decode(bytes, { html: true });
  const r = extractHtml(decoded.text);
  return {
    encoding: decoded.encoding.name,
    ...(r.meta.title !== undefined ? { title: r.meta.title } : {}),
    ...(r.meta.published !== undefined ? { published: r.meta.published } : {}),
    text: r.text,
  };
}
