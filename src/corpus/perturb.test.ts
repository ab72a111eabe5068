import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perturbDocument, placePool } from './perturb.ts';
import { createRng } from './prng.ts';
import type { CleanDocument } from './source.ts';

// A made-up document and annotation (not from any real page).
const DOC: CleanDocument = {
  slug: 'x',
  headline: '山城市召开座谈会',
  text: '山城市召开座谈会\n山城日报讯 3月14日,市长甲乙丙主持召开座谈会,全市规上工业企业120家,增长12.5%。',
  annotation: {
    page: { outlet: '山城日报', published: null, url: null },
    regions: [{ name: '山城市', code: '000000' }],
    people: [{ name: '甲乙丙', titles: ['市长'], role: 'lead' }],
  },
};

test('should pool short names of city and county regions only', () => {
  assert.deepEqual(placePool([DOC]), ['山城']);
  assert.deepEqual(placePool([{ ...DOC, annotation: { ...DOC.annotation, regions: [{ name: '湖北省', code: '420000' }] } }]), []);
});

test('should rename people, swap places in text and outlet, and redraw numbers with valid dates', () => {
  const r = perturbDocument(DOC, ['水乡'], createRng(4));
  assert.ok(!r.text.includes('甲乙丙'));
  assert.ok(!r.text.includes('山城') && r.text.startsWith('水乡市召开座谈会'));
  assert.equal(r.outlet, '水乡日报');
  const m = /(\d+)月(\d+)日/.exec(r.text)!;
  assert.ok(Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= 28);
  assert.match(r.text, /增长\d+\.\d%/);
  assert.deepEqual(perturbDocument(DOC, ['水乡'], createRng(4)), r);
});
