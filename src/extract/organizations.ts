/**
 * extract/organizations: organizations with a kind: company, government, association, research, platform, park, project, honor.
 * (STUB until this stage lands.)
 */
import type { OrganizationFact } from '../analysis/schema.ts';
import type { ExtractContext, StageResult } from './types.ts';
import type { Found } from './index.ts';

/** organizations with a kind: company, government, association, research, platform, park, project, honor. */
export function extractOrganizations(ctx: ExtractContext, found: Found): StageResult<OrganizationFact> {
  void ctx;
  void found;
  return { facts: [], mentions: [] };
}
