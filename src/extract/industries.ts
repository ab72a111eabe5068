/**
 * extract/industries: industry mentions normalized to taxonomy ids (data/industries). Each mention
 * keeps its span and the rule; the facts are the distinct industries with their mention counts, in
 * order of first mention, with parent and GB/T 4754-2017 codes from the taxonomy.
 */
import type { IndustryFact, Mention } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';
import { findIndustries } from './industries/matcher.ts';

/** Rule id of a taxonomy name or synonym match. */
export const RULE_LEXICON = 'industry.lexicon';

/**
 * Organization kinds whose names are not industry mentions (吉林化纤集团 names a company, 市农业农村局 a
 * government body, 某某新材料研究院 a research institute). Associations (工程机械行业协会), parks
 * (智能家电产业园), platforms (国家动力电池产品质量监督检验中心) and projects (正极材料项目) do name
 * their industry.
 */
const NAME_KINDS: ReadonlySet<string> = new Set(['company', 'government', 'research']);

/** Industry mentions normalized to taxonomy ids. */
export function extractIndustries(ctx: ExtractContext, found: Found): StageResult<IndustryFact> {
  const mentions: Mention[] = [];
  const facts = new Map<string, IndustryFact & { count: number }>();
  const excluded = (found?.organizations?.mentions ?? [])
    .filter((m) => m.type === 'organization' && NAME_KINDS.has(m.kind ?? ''))
    .sort((a, b) => a.start - b.start);
  for (const h of findIndustries(ctx.text, excluded)) {
    const ind = h.industry;
    mentions.push({ type: 'industry', text: h.text, start: h.start, end: h.end, kind: ind.chainRole, key: ind.id, rule: RULE_LEXICON });
    const f = facts.get(ind.id);
    if (f) f.count++;
    else facts.set(ind.id, { id: ind.id, name: ind.name, parent: ind.parent, gbt4754: ind.gbt4754, count: 1 });
  }
  return { facts: [...facts.values()], mentions };
}
