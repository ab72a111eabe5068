/** resolve/: cross-document entity keys (organizations by normalized name, people by name + region). */
export { organizationKey, personKey, homeRegion, organizationEntity, personEntity, documentEntities } from './keys.ts';
export type { EntityDraft } from './keys.ts';
