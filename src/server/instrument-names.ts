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

/**
 * The names of a policy-instrument category id.
 * @example instrumentNames('investment') // { name: '招商引资', nameEn: 'Investment attraction', description: '…' }
 */
export function instrumentNames(id: string): InstrumentNames {
  const i = instruments().find((x) => x.id === id);
  return { name: i?.zh ?? null, nameEn: i?.en ?? null, description: i?.description ?? null };
}
