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

/** Industry mentions normalized to taxonomy ids. */
export function extractIndustries(ctx: ExtractContext, _found: Found): StageResult<IndustryFact> {
  const mentions: Mention[] = [];
  const facts = new Map<string, IndustryFact & { count: number }>();
  for (const h of findIndustries(ctx.text)) {
    const ind = h.industry;
    mentions.push({ type: 'industry', text: h.text, start: h.start, end: h.end, kind: ind.chainRole, key: ind.id, rule: RULE_LEXICON });
    const f = facts.get(ind.id);
    if (f) f.count++;
    else facts.set(ind.id, { id: ind.id, name: ind.name, parent: ind.parent, gbt4754: ind.gbt4754, count: 1 });
  }
  return { facts: [...facts.values()], mentions };
}
