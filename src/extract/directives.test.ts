import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDirectives } from './directives.ts';
import { categorize, instruments } from './directives/instruments.ts';
import { createContext } from './types.ts';
import type { DocMeta, Mention, PersonFact } from '../analysis/schema.ts';
import type { Found } from './index.ts';

const META: DocMeta = { title: null, outlet: null, reporters: [], published: null, dateline: null, extra: {} };
const EMPTY = { facts: [], mentions: [] };

/** A Found with the given people, their mentions placed where their names occur in `text`. */
function withPeople(text: string, names: string[], lead?: string): Found {
  const mentions: Mention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      mentions.push({ type: 'person', text: name, start: i, end: i + name.length, key: name, kind: name === lead ? 'lead' : 'participant', rule: 't' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const facts: PersonFact[] = names.map((name) => ({ name, titles: [], role: name === lead ? 'lead' : 'participant' }));
  return { regions: EMPTY, organizations: EMPTY, industries: EMPTY, people: { facts, mentions } };
}

function run(text: string, found: Found) {
  return extractDirectives(createContext(text, META), found).facts.map((d) => [d.speaker, d.verb, d.text, d.categories]);
}

test('should split a speech into its 要 clauses and tag each', () => {
  const text = '李明强调，要加快引进链主企业，要强化人才和用地保障。';
  assert.deepEqual(run(text, withPeople(text, ['李明'])), [
    ['李明', '强调', '要加快引进链主企业', ['investment', 'chain']],
    ['李明', '强调', '要强化人才和用地保障', ['talent', 'factor-support']],
  ]);
});

test('should resolve 他 to the last named official and continue over 要 sentences', () => {
  const text = '座谈会由王华主持。他指出，要优化营商环境。要推进数字化转型；要办好博览会。会议结束。';
  assert.deepEqual(run(text, withPeople(text, ['王华'], '王华')), [
    ['王华', '指出', '要优化营商环境', ['business-environment']],
    ['王华', '指出', '要推进数字化转型', ['digital']],
    ['王华', '指出', '要办好博览会', ['exhibition']],
  ]);
});

test('should accept adjuncts between speaker and verb and keep a clause with no 要', () => {
  const text = '赵刚在调研时表示，园区已形成完整的新能源产业链。';
  assert.deepEqual(run(text, withPeople(text, ['赵刚'])), [['赵刚', '表示', '园区已形成完整的新能源产业链', ['chain', 'cluster']]]);
});

test('should read 说 after a speaker in a speech, and not 据说 or 说明', () => {
  const text = '据说企业很多。李强说明情况。李强在致辞中说，要做强产业链。';
  assert.deepEqual(run(text, withPeople(text, ['李强'])), [['李强', '说', '要做强产业链', ['chain']]]);
});

test('should take a meeting as a speaker with no name', () => {
  assert.deepEqual(run('会议强调，要抓好安全生产。', withPeople('', [])), [
    [null, '强调', '要抓好安全生产', ['safety']],
  ]);
});

test('should skip verbs with no speaker and nouns and thanks', () => {
  const text = '按照上级要求，企业提出的建议，张平对此表示感谢。';
  assert.deepEqual(run(text, withPeople(text, ['张平'])), []);
});

test('should return nothing for empty text', () => {
  assert.deepEqual(extractDirectives(createContext('', META), withPeople('', [])), { facts: [], mentions: [] });
});

test('should list at least 12 documented categories with unique ids and cues', () => {
  const list = instruments();
  assert.ok(list.length >= 12);
  assert.equal(new Set(list.map((i) => i.id)).size, list.length);
  for (const i of list) {
    assert.ok(i.zh && i.en && i.description && i.cues.length > 0, i.id);
  }
  assert.deepEqual(categorize('发展'), []);
});
