/**
 * Request validation: one zod schema per kind of input, parsed once at the handler's edge.
 * A failed parse becomes a 400 naming the parameter.
 */
import { z } from 'zod';
import { HttpError } from './errors.ts';

/** Six-digit GB/T 2260 code. */
export const REGION_CODE = /^\d{6}$/;

/** Industry ids: lower-case words joined by `-` or `_`, or digits (GB/T 4754 style). */
const INDUSTRY_ID = /^[\p{L}\p{N}_.-]{1,64}$/u;

/** A sha256 hex document id. */
export const DOC_ID = /^[0-9a-f]{64}$/;

const regionCode = z.string().regex(REGION_CODE, 'expected a six-digit region code');
const industryId = z.string().regex(INDUSTRY_ID, 'expected an industry id');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Paging, shared by lists. */
export const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  format: z.enum(['json', 'csv', 'jsonl']).default('json'),
});

/** Filters over documents, shared by search and the document list. */
export const filterSchema = z.object({
  region: regionCode.optional(),
  industry: industryId.optional(),
  entityKind: z.string().regex(/^[a-z]{1,20}$/).optional(),
  outlet: z.string().min(1).max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** `undated=true`: only the documents the timeline leaves out (no date). */
  undated: z.enum(['true', '1']).transform(() => true).optional(),
});

export const searchSchema = pageSchema.extend(filterSchema.shape).extend({ q: z.string().trim().min(1, 'q must not be empty').max(200) });
export const documentsSchema = pageSchema.extend(filterSchema.shape);
/** An industry's chain, optionally within a region. */
export const chainSchema = z.object({ industry: industryId, region: regionCode.optional() });
export const mapSchema = z.object({
  level: z.enum(['province', 'city']).default('province'),
  province: regionCode.optional(),
  industry: industryId.optional(),
  format: z.enum(['json', 'csv', 'jsonl']).default('json'),
});
export const clustersSchema = pageSchema.extend({ region: regionCode.optional(), industry: industryId.optional() });
export const clusterSchema = z.object({ region: regionCode, industry: industryId.optional() });
export const timelineSchema = filterSchema.extend({ format: z.enum(['json', 'csv', 'jsonl']).default('json') });
export const regionParam = regionCode;
export const industryParam = industryId;
export const entityParam = z.coerce.number().int().min(1);
export const docParam = z.string().regex(DOC_ID, 'expected a 64-hex document id');

/**
 * Parse input with a schema or throw a 400 naming the first bad field.
 * @example parse(pageSchema, c.req.query())
 */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : 'input';
  throw new HttpError(400, 'bad-request', `${where}: ${issue.message}`);
}
