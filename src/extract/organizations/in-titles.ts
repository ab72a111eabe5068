/**
 * extract/organizations/in-titles: organizations named only inside an official's title are no facts
 * (市工信局 in 副市长、市工信局局长孙某, 荆门高新区 in 荆门高新区党工委书记): the annotation convention
 * (corpus/README.md). A standalone mention of the same body (市工信局负责同志参加) keeps it, and so
 * does a national body (中国纺织工业联合会副会长) and a company (某某集团有限公司董事长: its officer speaks for it,
 * so the company is an enterprise of the story).
 */
import type { Mention, OrganizationFact, PersonFact } from '../../analysis/schema.ts';
import type { StageResult } from '../types.ts';

/** National bodies (中国纺织工业联合会副会长): named for who they are, so kept even inside a title. */
const NATIONAL = /^(?:中国|全国|国家)/;

/** True when mention `m` lies inside an occurrence of one of the people's titles in `text`. */
function insideTitle(text: string, m: Mention, titles: readonly string[]): boolean {
  for (const t of titles) {
    if (t.length <= m.text.length || !t.includes(m.text)) continue;
    // The title occurrence that would cover the mention starts at most t.length before it.
    for (let i = text.indexOf(t, Math.max(0, m.end - t.length)); i >= 0 && i <= m.start; i = text.indexOf(t, i + 1)) {
      if (i + t.length >= m.end) return true;
    }
  }
  return false;
}

/**
 * Drop organizations whose every mention is inside a person's title, with those mentions.
 * @param text the clean text
 * @param orgs the organizations stage result
 * @param people the people found (their titles as written)
 */
export function dropTitleOrganizations(text: string, orgs: StageResult<OrganizationFact>, people: readonly PersonFact[]): StageResult<OrganizationFact> {
  const titles = [...new Set(people.flatMap((p) => p.titles))];
  if (titles.length === 0) return orgs;
  const inside = new Set(orgs.mentions.filter((m) => m.kind !== 'company' && !NATIONAL.test(m.text) && insideTitle(text, m, titles)));
  if (inside.size === 0) return orgs;
  const kept = new Set(orgs.mentions.filter((m) => !inside.has(m)).map((m) => `${m.kind}:${m.key}`));
  return {
    facts: orgs.facts.filter((f) => kept.has(`${f.kind}:${f.canonical ?? f.name}`) || kept.has(`${f.kind}:${f.name}`)),
    mentions: orgs.mentions.filter((m) => !inside.has(m)),
  };
}
