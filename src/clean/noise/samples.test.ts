/**
 * The four noise passes over the real sample pages (read from ../shared/samples/seeds, never copied):
 * every jammer/pinyin/mojibake string the acceptance file lists as absent is gone, and every present
 * string (compared in Simplified) survives the noise stage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js/t2cn';
import { TextTrace } from '../../text/edits.ts';
import { repairMojibake } from './mojibake.ts';
import { recoverLostCharacters } from './lost-char.ts';
import { removePinyinAnnotations } from './pinyin.ts';
import { removeJammers } from './jammer.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seeds = path.resolve(repo, '../shared/samples/seeds');
const acceptance = path.resolve(repo, '../shared/acceptance/seeds.json');

interface Expectation {
  readonly file: string;
  readonly absent?: readonly string[];
  readonly present?: readonly string[];
  readonly present_stretch?: readonly string[];
}

/**
 * Absent strings that are this stage's job: ASCII jammer runs, pinyin annotations, `?`-led mojibake.
 * Not: markup remnants (`/b>`, the html remnant pass's), and plain names, numbers, e-mails, hosts
 * (boilerplate, the structure stage's).
 */
const NOISE_STRING = /^[\x20-\x7e]+$|^\?/;
const NOT_NOISE = /[<>]|^[\w.@-]+$/;

const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

test('should clean the noise of every sample page', { skip: !existsSync(seeds) || !existsSync(acceptance) }, async (t) => {
  const t2s = Converter({ from: 'tw', to: 'cn' });
  const docs = (JSON.parse(readFileSync(acceptance, 'utf8')) as { documents: Expectation[] }).documents;
  for (const doc of docs) {
    await t.test(doc.file, () => {
      const trace = new TextTrace(readFileSync(path.join(seeds, doc.file), 'utf8'));
      trace.run('noise', repairMojibake).run('noise', recoverLostCharacters).run('noise', removePinyinAnnotations).run('noise', removeJammers);
      const clean = fold(trace.text);
      // Normalization is a later stage: here only ASCII commas stand in for full-width ones.
      const simplified = fold(t2s(trace.text)).replace(/，/g, ',');
      for (const s of doc.absent ?? []) {
        if (NOISE_STRING.test(s) && !NOT_NOISE.test(s)) assert.ok(!clean.includes(fold(s)), `absent: ${s}`);
      }
      for (const s of [...(doc.present ?? []), ...(doc.present_stretch ?? [])]) {
        assert.ok(simplified.includes(s), `present: ${s}`);
      }
      assert.doesNotMatch(clean, /\([a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z]*\)/, 'no toned annotation left');
    });
  }
});
