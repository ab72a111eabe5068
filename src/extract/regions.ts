/**
 * extract/regions: regions → GB/T 2260 codes with hierarchy, names valid at the story's date, home region.
 * (STUB until this stage lands.)
 */
import type { RegionFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';

/** regions → GB/T 2260 codes with hierarchy, names valid at the story's date, home region. */
export function extractRegions(ctx: ExtractContext, found: Found): StageResult<RegionFact> {
  void ctx;
  void found;
  return { facts: [], mentions: [] };
}
