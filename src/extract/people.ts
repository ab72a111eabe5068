/**
 * extract/people: people with title chains and roles (lead, participant, journalist, photographer, referenced).
 * (STUB until this stage lands.)
 */
import type { PersonFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';

/** people with title chains and roles (lead, participant, journalist, photographer, referenced). */
export function extractPeople(ctx: ExtractContext, found: Found): StageResult<PersonFact> {
  void ctx;
  void found;
  return { facts: [], mentions: [] };
}
