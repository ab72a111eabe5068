/**
 * Names of the Analysis's controlled vocabularies (docs/analysis.schema.json) for the UI: fact types,
 * people's roles, organization kinds, entity types and event types, in 中文 and English. The API gives
 * these as ids (`company`, `journalist`) or, for event types, as the Chinese word; a value the tables
 * lack is shown as given, so a new one reads as itself rather than disappearing.
 */
import type { Lang } from './i18n.ts';

type Table = Readonly<Record<string, readonly [zh: string, en: string]>>;

/** What a fact is (`facts[].type`). */
const FACT_TYPE: Table = {
  quantity: ['数据', 'figure'], event: ['事件', 'event'], directive: ['指示', 'directive'],
  person: ['人物', 'person'], organization: ['机构', 'organization'],
};

/** A person's part in the story (`people[].role`). */
const ROLE: Table = {
  lead: ['带队/主持', 'lead'], participant: ['参加', 'participant'], journalist: ['记者', 'journalist'],
  photographer: ['摄影', 'photographer'], referenced: ['引述', 'referenced'], mentioned: ['提及', 'mentioned'],
};

/** What an organization is (`organizations[].kind`, the search facet "entity kind"). */
const KIND: Table = {
  company: ['企业', 'company'], government: ['政府部门', 'government body'], association: ['协会/商会', 'association'],
  research: ['科研机构', 'research institute'], platform: ['平台', 'platform'], park: ['园区', 'park'],
  project: ['项目', 'project'], honor: ['荣誉称号', 'honour'], other: ['其他', 'other'],
};

/** Cross-document entity types. */
const ENTITY_TYPE: Table = { person: ['人物', 'person'], organization: ['机构', 'organization'] };

/** Event types: the schema's values are the Chinese words themselves (`events[].type`). */
const EVENT_TYPE: Table = {
  座谈会: ['座谈会', 'symposium'], 调研: ['调研', 'inspection'], 签约: ['签约', 'signing'], 拉练: ['拉练', 'inspection tour'],
  观摩: ['观摩', 'site visit'], 推进会: ['推进会', 'progress meeting'], 大会: ['大会', 'conference'], 展会: ['展会', 'exhibition'],
  揭牌: ['揭牌', 'unveiling'], 开工: ['开工', 'groundbreaking'], 投产: ['投产', 'start of production'], other: ['其他', 'other'],
};

const TABLES = { factType: FACT_TYPE, role: ROLE, kind: KIND, entityType: ENTITY_TYPE, eventType: EVENT_TYPE } as const;

/** A vocabulary. */
export type Vocabulary = keyof typeof TABLES;

/**
 * The kind of an entity or mention in the UI language: a person's kind is their role in the story
 * (`lead`, `journalist`), an organization's its kind (`company`, `park`).
 * @example kindLabel('person', 'lead', 'zh') // '带队/主持'
 */
export function kindLabel(type: string, kind: string | null | undefined, lang: Lang): string {
  return vocab(type === 'person' ? 'role' : 'kind', kind, lang);
}

/**
 * The name of a vocabulary value in the UI language; unknown values, null and empty as given ('' for null).
 * @example vocab('kind', 'company', 'zh') // '企业'
 */
export function vocab(table: Vocabulary, value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const hit = Object.hasOwn(TABLES[table], value) ? TABLES[table][value] : undefined;
  return hit ? hit[lang === 'zh' ? 0 : 1] : value;
}
