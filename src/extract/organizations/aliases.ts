/**
 * extract/organizations/aliases: companies named without their legal head word.
 *
 * 1. declared  a short or English name declared right after a full name — 湖北某某动力有限公司(以下简称
 *              “某某动力”), 优刻得科技股份有限公司(UCloud), 海南某某橡胶集团股份有限公司(海南橡胶) — and its
 *              later occurrences;
 * 2. stem      a full name's stem written on its own elsewhere in the text: 某某食品股份有限公司 … 某某食品
 *              以香菇为原料 (the legal form cut, and a leading province or city; not a sector: 天然橡胶产业);
 * 3. listed    the items of a `A、B、C等(40余家)(龙头)企业` list, the way reports name companies by their
 *              brand (立讯精密、木林森等龙头企业).
 * Each alias carries the full name as its canonical form when one is written.
 */

/** An organization hit (the shape organizations.ts works with). */
export interface AliasHit {
  readonly name: string;
  readonly kind: 'company';
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly canonical?: string;
}

/** A found company: its name and span. */
interface Company {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** `(以下简称“亿纬动力”)`, `（简称：芯联集成）` right after a full name: the declared short name. */
const DECLARED_SHORT = /^[(（]\s*(?:以下)?简称[:：]?\s*[“"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[”"」』]?\s*[)）]/;
/** `(UCloud)` right after a full name: its Latin-script name. */
const DECLARED_LATIN = /^[(（]([A-Za-z][A-Za-z0-9&.\-]{1,23})[)）]/;
/** `(海南橡胶)` right after a full name: a bracketed short name, read as one when its characters are the full name's, in order. */
const DECLARED_BRACKET = /^[(（]([\u4e00-\u9fff]{2,8})[)）]/;
/** Stems that name an industry or a sector, not a company: 天然橡胶产业(集团有限公司). */
const SECTOR_STEM = /(?:产业|行业|产业链|工业|经济)$/;
/** The legal form at the end of a company's full name (集团股份有限公司, 有限责任公司 …). */
const LEGAL_FORM = /(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)$/;
/** A leading province or city in a full name: 湖北某某, 江西某某, 上海某某 (two Han characters before the brand). */
const LEADING_PLACE = /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)/;
/** A bracket holding only a place or 中国: (上海), (中国) are no short names. */
const PLACE_ONLY = new RegExp(`^(?:${LEADING_PLACE.source.slice(4, -1)}|中国)$`);
/** Shortest stem read on its own (two-character stems are too often words). */
const MIN_STEM = 3;

/** Every occurrence of `s` in `text` that is not inside a span of `inside`. */
function occurrences(text: string, s: string, inside: readonly Company[]): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) {
    if (!inside.some((c) => c.start <= i && c.end >= i + s.length)) out.push(i);
  }
  return out;
}

/** Declared short and Latin names after full company names, with every later occurrence. */
export function declaredAliases(text: string, companies: readonly Company[]): AliasHit[] {
  const hits: AliasHit[] = [];
  for (const c of companies) {
    if (!LEGAL_FORM.test(c.name)) continue;
    const after = text.slice(c.end, c.end + 24);
    const bracket = DECLARED_BRACKET.exec(after);
    const m = DECLARED_SHORT.exec(after) ?? DECLARED_LATIN.exec(after) ?? (bracket && isAbbreviation(bracket[1]!, c.name) && !PLACE_ONLY.test(bracket[1]!) ? bracket : null);
    if (!m) continue;
    const alias = m[1]!;
    if (alias === c.name) continue;
    for (const at of occurrences(text, alias, companies)) {
      hits.push({ name: alias, kind: 'company', start: at, end: at + alias.length, rule: 'org.alias-declared', canonical: c.name });
    }
  }
  return hits;
}

/** True when every character of `short` occurs in `full`, in order (海南橡胶 of 海南天然橡胶产业集团). */
function isAbbreviation(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Stems of full company names written on their own elsewhere in the text. */
export function stemAliases(text: string, companies: readonly Company[]): AliasHit[] {
  const hits: AliasHit[] = [];
  for (const c of companies) {
    const stem = c.name.replace(LEGAL_FORM, '');
    if (stem === c.name || /[(（)）]/.test(stem)) continue;
    const candidates = [stem, stem.replace(LEADING_PLACE, '')].filter((s, i, all) => s.length >= MIN_STEM && !SECTOR_STEM.test(s) && all.indexOf(s) === i);
    for (const s of candidates) {
      const at = occurrences(text, s, companies);
      for (const a of at) hits.push({ name: s, kind: 'company', start: a, end: a + s.length, rule: 'org.alias-stem', canonical: c.name });
      if (at.length > 0) break;
    }
  }
  return hits;
}

/** The tail of a company list: 等 (+ 40余家) (+ up to four characters: 龙头, 食品, 材料) + 企业 (央企, 国企, 民企, 供应商, 厂商). */
const COMPANY_LIST_TAIL = /等(?:[\d一二两三四五六七八九十百千]+[余多]?家)?[\u4e00-\u9fff]{0,4}?(?:企业|央企|国企|民企|供应商|厂商)/g;
/** The items right before the tail: at least two names of 2–20 characters (brackets allowed: ABB(中国)有限公司) joined by 、. */
const COMPANY_LIST = /(?:[\u4e00-\u9fffA-Za-z0-9()（）]{2,20}、)+[\u4e00-\u9fffA-Za-z0-9()（）]{2,20}$/;
/** Everything up to the last 与/和/及/同/跟 before the first item of a list. */
const FIRST_ITEM_JOINT = /^.*[与和及同跟]/;
/** A count right after the tail: 金刚石微粉、培育钻石等超硬材料企业260余家 lists kinds of companies, not companies. */
const COUNT_AFTER_TAIL = /^[\d一二两三四五六七八九十百千万]+[余多]?家/;
/** Item endings that name places, bodies or kinds, not a company's brand. */
const NOT_BRAND_END = /(?:[省市县区镇乡村州旗盟]|街道|园区|开发区|园|基地|集群|产业|行业|领域|企业|项目|部门|单位|协会|学校|大学|医院)$/;

/**
 * What a list item is: `found` a company already found (counts as a brand, not added again), `other`
 * something else (a region, an industry word, another organization), `brand` a new company.
 */
export type ItemKind = 'found' | 'other' | 'brand';

/**
 * Items of `A、B、C等…企业` lists as companies, when at least half of a list's items are companies.
 * @param classify what an item is
 * @param firstStart where the list's first item starts, given the position its text ends at
 */
export function listedCompanies(text: string, classify: (name: string, start: number, end: number) => ItemKind, firstStart: (end: number) => number): AliasHit[] {
  const hits: AliasHit[] = [];
  COMPANY_LIST_TAIL.lastIndex = 0;
  for (let t = COMPANY_LIST_TAIL.exec(text); t; t = COMPANY_LIST_TAIL.exec(text)) {
    if (COUNT_AFTER_TAIL.test(text.slice(t.index + t[0].length, t.index + t[0].length + 8))) continue;
    const from = Math.max(0, t.index - 80);
    const m = COMPANY_LIST.exec(text.slice(from, t.index));
    if (!m) continue;
    const at = from + m.index;
    const items: AliasHit[] = [];
    let brands = 0;
    const parts = listItems(m[0], at);
    parts.forEach(({ raw, start: itemStart }, i) => {
      let s = i === 0 ? firstStart(itemStart + raw.length) : itemStart;
      // 新区与甲、乙等央企: the first item starts after the conjunction that joins the list to the sentence.
      if (i === 0) {
        const joint = FIRST_ITEM_JOINT.exec(text.slice(s, itemStart + raw.length));
        if (joint) s += joint[0].length;
      }
      const name = text.slice(s, itemStart + raw.length);
      if (name.length < 2 || NOT_BRAND_END.test(name)) return;
      const kind = classify(name, s, s + name.length);
      if (kind === 'other') return;
      brands++;
      if (kind === 'brand') items.push({ name, kind: 'company', start: s, end: s + name.length, rule: 'org.company-list' });
    });
    // A list whose items are mostly not brands (places, industries) is no list of companies.
    if (brands * 2 >= parts.length) hits.push(...items);
  }
  return hits;
}

/** A conjunction joining the last two items of a list: 博世、西门子和大众汽车. */
const LAST_JOINT = /[和与及]/;

/**
 * The items of a list `A、B、C和D` starting at `start`, each with its offset: split at 、, and the last one at
 * a conjunction when both sides hold two characters at least (同和药业 stays one name).
 */
function listItems(list: string, start: number): { raw: string; start: number }[] {
  const out: { raw: string; start: number }[] = [];
  let at = start;
  for (const raw of list.split('、')) {
    out.push({ raw, start: at });
    at += raw.length + 1;
  }
  const last = out[out.length - 1]!;
  const j = LAST_JOINT.exec(last.raw.slice(2, -2));
  if (j) {
    const k = 2 + j.index;
    out.splice(out.length - 1, 1, { raw: last.raw.slice(0, k), start: last.start }, { raw: last.raw.slice(k + 1), start: last.start + k + 1 });
  }
  return out;
}
