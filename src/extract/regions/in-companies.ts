/**
 * extract/regions/in-companies: places written inside a company's name after its first character —
 * 银河航天(北京)网络技术有限公司, 石嘴山市宝马兴庆特种合金有限公司 — name the company, not a place of the
 * story, as does a county's short name opening one (金川集团: no 金川区), and so does a city at the start of a university's name (郑州大学 in a 长垣 story); places inside a
 * person's name (谢玉林) name nobody's place. They are dropped once the
 * organizations (people) stage has read the names; a region that loses every mention goes too, unless
 * it is the home region or the parent of a region that stays.
 */
import type { Mention, RegionFact } from '../../analysis/schema.ts';
import type { StageResult } from '../types.ts';

/**
 * The regions without the mentions that sit inside a company name (not at its start).
 * @param regions what the regions stage found
 * @param organizations mentions of the organizations stage
 */
export function dropRegionsInCompanies(regions: StageResult<RegionFact>, organizations: readonly Mention[]): StageResult<RegionFact> {
  const companies = organizations.filter((m) => m.type === 'organization' && m.kind === 'company');
  // The university part of a research body's name: 郑州大学, 兰州大学 of 兰州大学金昌研究院.
  const universities: { start: number; end: number }[] = [];
  for (const m of organizations) {
    if (m.type !== 'organization' || m.kind !== 'research') continue;
    const u = UNIVERSITY.exec(m.text);
    if (u) universities.push({ start: m.start, end: m.start + u[0].length });
  }
  if (companies.length === 0 && universities.length === 0) return regions;
  const levels = new Map(regions.facts.map((f) => [f.code, f]));
  // 金川集团股份有限公司: a county's short name opening a company's name is the company's (a brand), not a place
  // written in the story; a city's (宜宾天宜锂业) or a full name (平江县卫龙食品) still is one.
  const countyBrand = (r: Mention, c: Mention) => {
    const f = levels.get(r.key ?? '');
    return c.start === r.start && r.end < c.end && f !== undefined && f.level === 'county' && r.text !== f.name;
  };
  const inside = (r: Mention) =>
    companies.some((c) => (c.start < r.start && r.end <= c.end) || countyBrand(r, c)) || universities.some((u) => u.start <= r.start && r.end <= u.end);
  return withoutMentions(regions, regions.mentions.filter(inside));
}

/**
 * A university's or college's name at the start of a research body's name (郑州大学; 兰州大学 of
 * 兰州大学金昌研究院, the university's institute in 金昌): the city at its start names the university, a
 * partner from elsewhere, not a place of the story.
 */
const UNIVERSITY = /^[\u4e00-\u9fff]{2,12}?(?:大学|学院)/u;

/**
 * The regions without the mentions that sit inside a person's name (谢玉林 holds 玉林, 黄山 may be a name):
 * a name the people stage read is no place of the story.
 * @param people mentions of the people stage
 */
export function dropRegionsInNames(regions: StageResult<RegionFact>, people: readonly Mention[]): StageResult<RegionFact> {
  const names = people.filter((m) => m.type === 'person');
  if (names.length === 0) return regions;
  const inside = (r: Mention) => names.some((p) => p.start <= r.start && r.end <= p.end);
  return withoutMentions(regions, regions.mentions.filter(inside));
}

/** `regions` without the `dropped` mentions: counts lowered; a region left unmentioned goes unless it is home or a kept one's parent. */
function withoutMentions(regions: StageResult<RegionFact>, dropped: readonly Mention[]): StageResult<RegionFact> {
  if (dropped.length === 0) return regions;
  const lost = new Map<string, number>();
  for (const r of dropped) if (r.key) lost.set(r.key, (lost.get(r.key) ?? 0) + 1);
  const counted = regions.facts.map((f) => ({ ...f, count: f.count - (lost.get(f.code) ?? 0) }));
  // What stays: regions still mentioned, the home region, and the parent chain of those.
  const byCode = new Map(counted.map((f) => [f.code, f]));
  const keep = new Set<string>();
  for (const f of counted) {
    if (f.count <= 0 && !f.home) continue;
    for (let c: string | null = f.code; c && !keep.has(c); c = byCode.get(c)?.parent ?? null) if (byCode.has(c)) keep.add(c);
  }
  return {
    facts: counted.filter((f) => keep.has(f.code)).map((f) => ({ ...f, count: Math.max(0, f.count) })),
    mentions: regions.mentions.filter((r) => !dropped.includes(r)),
  };
}
