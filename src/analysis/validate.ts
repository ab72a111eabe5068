/**
 * analysis/validate: the runtime form of the Analysis contract (zod), from which the published
 * JSON Schema (`docs/analysis.schema.json`) is generated. A compile-time check below keeps it in
 * step with the TypeScript types in `schema.ts`.
 */
import { z } from 'zod';
import { ANALYSIS_SCHEMA, QUANTITY_CHANGE, type Analysis } from './schema.ts';

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };
const nullableString = z.string().nullable();

const Origin = z.object({
  path: z.string(),
  line: z.number().int().positive().optional(),
  offset: z.number().int().min(0).optional(),
  member: z.string().optional(),
  url: z.string().optional(),
});

const Removal = z.object({
  ...span,
  reason: z.string(),
  stage: z.string(),
  text: z.string(),
  replacement: z.string().optional(),
});

const Warning = z.object({
  rule: z.string(),
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  stage: z.string().optional(),
});

const Mention = z.object({
  type: z.enum(['region', 'person', 'title', 'organization', 'industry', 'quantity', 'date', 'event']),
  text: z.string(),
  ...span,
  kind: z.string().optional(),
  key: z.string().optional(),
  rule: z.string(),
});

const RegionFact = z.object({
  name: z.string(),
  code: z.string().regex(/^\d{6}$/),
  level: z.enum(['province', 'city', 'county']),
  parent: nullableString,
  count: z.number().int().min(0),
  home: z.boolean().optional(),
});

const PersonFact = z.object({
  name: z.string(),
  titles: z.array(z.string()),
  role: z.enum(['lead', 'participant', 'journalist', 'photographer', 'referenced', 'mentioned']),
  region: nullableString.optional(),
});

const OrganizationFact = z.object({
  name: z.string(),
  kind: z.enum(['company', 'government', 'association', 'research', 'platform', 'park', 'project', 'honor', 'other']),
  canonical: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  region: nullableString.optional(),
});

const IndustryFact = z.object({
  id: z.string(),
  name: z.string(),
  parent: nullableString.optional(),
  gbt4754: z.array(z.string()).optional(),
  count: z.number().int().optional(),
});

const QuantityFact = z.object({
  metric: nullableString,
  change: z.string().regex(QUANTITY_CHANGE).nullable(),
  value: z.number(),
  valueMax: z.number().optional(),
  unit: z.string(),
  qualifier: nullableString.optional(),
  scope: z
    .object({ region: nullableString.optional(), industry: nullableString.optional(), park: nullableString.optional() })
    .optional(),
  year: z.number().int().nullable().optional(),
  text: z.string(),
  ...span,
});

const DATE = /^(\d{4}|--)-\d{2}-\d{2}$/;

const EventFact = z.object({
  type: z.enum(['座谈会', '调研', '签约', '拉练', '观摩', '推进会', '大会', '展会', '揭牌', '开工', '投产', 'other']),
  date: z.string().regex(DATE).nullable(),
  place: nullableString.optional(),
  lead: nullableString,
  participants: z.array(z.string()),
  text: z.string(),
  ...span,
});

const DirectiveFact = z.object({
  speaker: nullableString,
  verb: z.string().optional(),
  text: z.string(),
  categories: z.array(z.string()),
  ...span,
});

/** The whole Analysis object, as printed by `analyze`, stored and served. */
export const AnalysisSchema = z.object({
  schema: z.literal(ANALYSIS_SCHEMA),
  id: z.string().regex(/^[0-9a-f]{64}$/),
  source: Origin,
  encoding: z.object({
    name: z.string(),
    confidence: z.number().min(0).max(1),
    invalidBytes: z.number().int().min(0),
    method: z.enum(['bom', 'meta', 'utf8', 'detected', 'declared', 'text']),
  }),
  title: nullableString,
  outlet: nullableString,
  reporters: z.array(z.string()),
  published: nullableString,
  dateline: z.string().regex(DATE).nullable(),
  meta: z.record(z.string(), z.string()),
  text: z.string(),
  original: z.string(),
  removals: z.array(Removal),
  warnings: z.array(Warning),
  regions: z.array(RegionFact),
  people: z.array(PersonFact),
  organizations: z.array(OrganizationFact),
  industries: z.array(IndustryFact),
  quantities: z.array(QuantityFact),
  events: z.array(EventFact),
  directives: z.array(DirectiveFact),
  mentions: z.array(Mention),
});

// Compile-time: what the zod schema accepts is an Analysis.
type Accepted = z.infer<typeof AnalysisSchema>;
const _inStep: (a: Accepted) => Analysis = (a) => a;
void _inStep;

/** Validate an object against the Analysis contract; returns the list of problems (empty = valid). */
export function validateAnalysis(value: unknown): string[] {
  const r = AnalysisSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** The published JSON Schema (draft 2020-12) of the Analysis. */
export function analysisJsonSchema(): unknown {
  return { $id: `https://cluster-atlas.invalid/${ANALYSIS_SCHEMA}`, title: 'Cluster Atlas Analysis', ...z.toJSONSchema(AnalysisSchema) };
}
