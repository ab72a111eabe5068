/**
 * corpus/perturb: new clean documents from the hand-written ones for large benchmark corpora — people
 * renamed, places swapped, numbers and dates redrawn — so that every generated document has its own
 * content hash while keeping the genre's shape. The results are not annotated.
 */
import type { CleanDocument } from './source.ts';
import type { Rng } from './prng.ts';

// Common surnames and given-name characters for invented officials (GB/T-free, just frequent characters).
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'];
const GIVEN = [...'建国明华志强伟军平海东晓丽芳红文斌辉杰勇涛峰磊鹏宇新春秋立成德永庆学光俊浩然雪梅宏宁安'];
// A number, not part of a longer number: integer or decimal.
const NUMBER = /\d+(?:\.\d+)?/g;

/**
 * Short place names (十堰 for 十堰市) of the regions annotated in the corpus and written in their document,
 * for swapping (an annotation also lists the parents of written regions: 佛山市 of a 顺德 story).
 */
export function placePool(docs: readonly CleanDocument[]): string[] {
  const names = new Set<string>();
  for (const d of docs) {
    for (const r of d.annotation.regions ?? []) {
      if (/^.{2,3}[市县]$/.test(r.name) && d.text.includes(r.name.slice(0, -1))) names.add(r.name.slice(0, -1));
    }
  }
  return [...names].sort();
}

function inventName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
}

function redrawNumber(match: string, next: string, rng: Rng): string {
  if (next === '月') return String(rng.int(1, 12));
  if (next === '日') return String(rng.int(1, 28));
  if (next === '年' && match.length === 4) return String(rng.int(2008, 2025));
  const value = Number(match) * (0.5 + rng.next() * 1.5);
  const decimals = match.includes('.') ? match.split('.')[1]!.length : 0;
  const out = decimals > 0 ? value.toFixed(decimals) : String(Math.max(1, Math.round(value)));
  return out;
}

/** A perturbed document: its text and its outlet with the same places swapped. */
export interface PerturbedDocument {
  readonly text: string;
  readonly outlet: string | null;
}

/**
 * A perturbed copy of a clean document.
 * @param doc source document (its annotation names the people and places to replace)
 * @param places pool of short place names to swap in
 * @param rng seeded generator
 */
export function perturbDocument(doc: CleanDocument, places: readonly string[], rng: Rng): PerturbedDocument {
  let text = doc.text;
  let outlet = doc.annotation.page.outlet;
  for (const p of doc.annotation.people ?? []) {
    if (p.name.length >= 2) text = text.split(p.name).join(inventName(rng));
  }
  for (const r of doc.annotation.regions ?? []) {
    if (!/^.{2,3}[市县]$/.test(r.name) || places.length === 0) continue;
    const short = r.name.slice(0, -1);
    // A parent the text does not write has nothing to swap.
    if (!doc.text.includes(short)) continue;
    const other = rng.pick(places);
    text = text.split(short).join(other);
    outlet = outlet?.split(short).join(other) ?? null;
  }
  const numbered = text.replace(NUMBER, (m, offset: number) => redrawNumber(m, text[offset + m.length] ?? '', rng));
  return { text: numbered, outlet };
}
