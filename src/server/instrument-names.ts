/**
 * Names of the policy-instrument categories directives are grouped by (data/policy-instruments), so the
 * UI shows 招商引资 / Investment attraction rather than the id `investment`.
 */
import { instruments } from '../extract/directives/instruments.ts';

/** A category's names; null for an id the data lacks. */
export interface InstrumentNames {
  readonly name: string | null;
  readonly nameEn: string | null;
  readonly description: string | null;
}

const OTHER: InstrumentNames = Object.freeze({ name: '其他', nameEn: 'Other', description: 'A directive that no category\'s cue words match.' });

/**
 * The names of a policy-instrument category id.
 * @example instrumentNames('investment') // { name: '招商引资', nameEn: 'Investment attraction', description: '…' }
 */
export function instrumentNames(id: string): InstrumentNames {
  // The extractor files a directive no category's cues match under `other`, which the data does not list.
  if (id === 'other') return OTHER;
  const i = instruments().find((x) => x.id === id);
  return { name: i?.zh ?? null, nameEn: i?.en ?? null, description: i?.description ?? null };
}
