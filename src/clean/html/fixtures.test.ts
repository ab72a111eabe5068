import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../../decode/index.ts';
import { applyEdits } from '../../text/edits.ts';
import { FIXTURE_DIR, fixtureSlugs, runFixture } from './fixtures.ts';
import { extractHtml } from './index.ts';

test('should have at least four golden HTML pages', () => {
  assert.ok(fixtureSlugs().length >= 4);
});

for (const slug of fixtureSlugs()) {
  test(`should extract the golden page ${slug} exactly`, () => {
    const expected = JSON.parse(readFileSync(path.join(FIXTURE_DIR, slug, 'expected.json'), 'utf8'));
    assert.deepEqual(runFixture(slug), expected);
  });
}

/** Every reason the HTML stage may give. */
const REASONS = new Set([
  'html:tag', 'html:block', 'html:space', 'html:entity', 'html:outside', 'html:comment', 'html:doctype', 'html:site-name', 'html:hidden',
  'html:nav', 'html:header', 'html:footer', 'html:aside', 'html:share', 'html:comment-box', 'html:related', 'html:ad',
  'html:head', 'html:script', 'html:style', 'html:noscript', 'html:iframe', 'html:svg', 'html:form', 'html:input', 'html:button',
]);

for (const slug of fixtureSlugs()) {
  test(`should give sorted, disjoint, known-reason edits that rebuild the text of ${slug}`, () => {
    const html = decode(readFileSync(path.join(FIXTURE_DIR, slug, 'source.html')), { html: true }).text;
    const r = extractHtml(html);
    assert.equal(applyEdits(html, r.edits).text, r.text);
    for (let i = 1; i < r.edits.length; i++) assert.ok(r.edits[i]!.start >= r.edits[i - 1]!.end);
    for (const e of r.edits) assert.ok(REASONS.has(e.reason), e.reason);
  });
}
