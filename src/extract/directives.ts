/**
 * extract/directives: directives: what officials said, split into clauses, tagged with policy-instrument categories.
 * (STUB until this stage lands.)
 */
import type { DirectiveFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';

/** directives: what officials said, split into clauses, tagged with policy-instrument categories. */
export function extractDirectives(ctx: ExtractContext, found: Found): StageResult<DirectiveFact> {
  void ctx;
  void found;
  return { facts: [], mentions: [] };
}
