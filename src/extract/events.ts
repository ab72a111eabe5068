/**
 * extract/events: events: type, date, place, lead official, participants.
 * (STUB until this stage lands.)
 */
import type { EventFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';

/** events: type, date, place, lead official, participants. */
export function extractEvents(ctx: ExtractContext, found: Found): StageResult<EventFact> {
  void ctx;
  void found;
  return { facts: [], mentions: [] };
}
