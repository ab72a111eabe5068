/**
 * extract/regions/products: place names that name a product or a zone elsewhere, not a place of the story.
 *
 * - a city- or county-level name (or a part of a province, 赣南) right before a product word of
 *   data/regions/product-words.txt is a geographical-indication product: 黄山毛峰, 库尔勒香梨, 五常大米,
 *   赣南脐橙, 金华火腿. Province names are left alone (宁夏枸杞产业, 新疆葡萄 speak of the province's own trade);
 * - so is a name that begins a longer product word of that list: 普洱 of 普洱茶;
 * - a name at the start of a zone of data/regions/zones-named-elsewhere.txt reads as the city that holds
 *   the zone: 井冈山经开区 is in 吉安市, not in 井冈山市.
 */
import { readFileSync } from 'node:fs';
import type { RegionLevel } from '../../analysis/schema.ts';
import { charTable, has, type CodeUnitSet } from '../sticky.ts';

const DATA_DIR = new URL('../../../data/regions/', import.meta.url);

/** Lines of a data file without `#` comments and blanks. */
function dataLines(file: string): string[] {
  return readFileSync(new URL(file, DATA_DIR), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

let productWord: RegExp | undefined;
let productFirsts: CodeUnitSet | undefined;

/** The first characters of the product words: a name before any other character is no product's origin. */
function productFirst(): CodeUnitSet {
  productFirsts ??= charTable(dataLines('product-words.txt').map((w) => w[0]!));
  return productFirsts;
}

/** A product word at the start of the string (longest first). */
function productWordAtStart(): RegExp {
  if (!productWord) {
    const words = dataLines('product-words.txt').sort((a, b) => b.length - a.length);
    productWord = new RegExp(`^(?:${words.join('|')})`);
  }
  return productWord;
}

/** A direction after a province abbreviation: 赣南, 皖南, 鲁西南. */
const DIRECTION = /^(?:东南|西南|东北|西北|[东南西北中])/;

/**
 * True when the name at [start, end) read at `level` is the origin in a product's name (黄山毛峰).
 * @param part true for a province abbreviation with a direction after it (赣|南脐橙)
 */
export function productOrigin(text: string, end: number, level: RegionLevel, part: boolean, start = end): boolean {
  // The name begins a longer product word: 普洱 of 普洱茶 (a tea, not 普洱's).
  const word = productWordAtStart().exec(text.slice(start, start + 6));
  if (!part && word && word[0].length > end - start) return true;
  if (!part && (level === 'province' || !has(productFirst(), text.charCodeAt(end)))) return false;
  let after = text.slice(end, end + 6);
  if (part) {
    const d = DIRECTION.exec(after);
    if (!d) return false;
    after = after.slice(d[0].length);
  } else if (level === 'province') return false;
  return productWordAtStart().test(after);
}

/** The first characters of those zones' names. */
let zoneFirsts: CodeUnitSet | undefined;
let zones: { readonly name: string; readonly seat: string }[] | undefined;
/** Zones named after a place they do not lie in, longest name first. */
function zoneList(): readonly { readonly name: string; readonly seat: string }[] {
  zones ??= dataLines('zones-named-elsewhere.txt')
    .map((l) => l.split(/\s+/))
    .map(([name, seat]) => ({ name: name!, seat: seat! }))
    .sort((a, b) => b.name.length - a.name.length);
  return zones;
}

/** The code of the city holding the zone whose name starts at `start` when that zone is named after another place, else null. */
export function zoneSeatAt(text: string, start: number): string | null {
  zoneFirsts ??= charTable(zoneList().map((z) => z.name[0]!));
  if (!has(zoneFirsts, text.charCodeAt(start))) return null;
  for (const z of zoneList()) if (text.startsWith(z.name, start)) return z.seat;
  return null;
}
