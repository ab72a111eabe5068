/**
 * extract/industries: industry mentions normalized to taxonomy ids (data/industries).
 * (STUB until this stage lands.)
 */
import type { IndustryFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';

/** industry mentions normalized to taxonomy ids (data/industries). */
export function extractIndustries(ctx: ExtractContext, found: Found): StageResult<IndustryFact> {
  void ctx;
  void found;
  return { facts: [], mentions: [] };
}
