/**
 * extract/quantities: quantities: value, unit, qualifier, metric, scope, year.
 * (STUB until this stage lands.)
 */
import type { QuantityFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';

/** quantities: value, unit, qualifier, metric, scope, year. */
export function extractQuantities(ctx: ExtractContext, found: Found): StageResult<QuantityFact> {
  void ctx;
  void found;
  return { facts: [], mentions: [] };
}
