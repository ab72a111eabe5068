/**
 * The Analysis: one plain, serializable, versioned JSON object per document.
 * It is what `analyze` prints, what the store persists and what the API returns.
 * Written once, here. Bump ANALYSIS_SCHEMA when a field changes meaning.
 *
 * Spans (`start`, `end`) of facts and mentions index the clean text (`text`);
 * spans of removals and warnings index the original decoded text (`original`).
 */
import type { Removal, Warning } from '../text/edits.ts';

export type { Removal, Warning } from '../text/edits.ts';

/**
 * @2 (from @1): a quantity's `change` (增长, 同比增长 …) is its own field and `metric` names what the figure is about
 * (null when nothing names it); @1 named a growth rate's metric by its growth word (同比增长) or by what grew.
 */
export const ANALYSIS_SCHEMA = 'cluster-atlas/analysis@2';

/** Where a document came from. */
export interface Origin {
  /** File path (as given), or `-` for stdin. */
  readonly path: string;
  /** 1-based line in a JSONL file. */
  readonly line?: number;
  /** Byte offset of the record in a WARC file. */
  readonly offset?: number;
  /** Member path inside an archive, if any. */
  readonly member?: string;
  /** URL of the page (WARC target URI, JSONL `url`). */
  readonly url?: string;
}

/** How the bytes were turned into text. */
export interface EncodingInfo {
  /** WHATWG label: `utf-8`, `gb18030`, `gbk`, `big5`, ... */
  readonly name: string;
  /** 0..1. */
  readonly confidence: number;
  /** Bytes that could not be decoded (replaced by U+FFFD). */
  readonly invalidBytes: number;
  /** How the encoding was chosen. */
  readonly method: 'bom' | 'meta' | 'utf8' | 'detected' | 'declared' | 'text';
}

/** Document metadata. Dates are ISO 8601; a date with no year is `--MM-DD`. */
export interface DocMeta {
  readonly title: string | null;
  /** The publishing outlet, e.g. 长沙晚报 (from the dateline, a 来源 field or the site). */
  readonly outlet: string | null;
  readonly reporters: readonly string[];
  /** When the page was published, ISO with +08:00 (`2026-01-25T13:43:00+08:00`). */
  readonly published: string | null;
  /** The story's own date: `YYYY-MM-DD`, or `--MM-DD` when the document gives no year. */
  readonly dateline: string | null;
  /** Other fields parsed from info bars: 来源, 编辑, 作者 ... */
  readonly extra: Readonly<Record<string, string>>;
}

export type MentionType =
  | 'region'
  | 'person'
  | 'title'
  | 'organization'
  | 'industry'
  | 'quantity'
  | 'date'
  | 'event';

/** A span of the clean text recognised as something, and the rule that recognised it. */
export interface Mention {
  readonly type: MentionType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Sub-kind: region level, organization kind, event type, person role ... */
  readonly kind?: string;
  /** Normalized key: region code, industry id, canonical organization name, person name ... */
  readonly key?: string;
  readonly rule: string;
}

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionFact {
  readonly name: string;
  /** GB/T 2260 code, six digits. */
  readonly code: string;
  readonly level: RegionLevel;
  /** Code of the province/city above, if any. */
  readonly parent: string | null;
  /** How many times the region is mentioned. */
  readonly count: number;
  /** True for the document's home region(s) (from dateline, outlet, title). */
  readonly home?: boolean;
}

export type PersonRole = 'lead' | 'participant' | 'journalist' | 'photographer' | 'referenced' | 'mentioned';

export interface PersonFact {
  readonly name: string;
  /** Titles as written, in order, e.g. ['省委常委', '市委书记']. */
  readonly titles: readonly string[];
  readonly role: PersonRole;
  /** GB/T 2260 code of the region the person serves, when known. */
  readonly region?: string | null;
}

export type OrganizationKind =
  | 'company'
  | 'government'
  | 'association'
  | 'research'
  | 'platform'
  | 'park'
  | 'project'
  | 'honor'
  | 'other';

export interface OrganizationFact {
  readonly name: string;
  readonly kind: OrganizationKind;
  /** Canonical full name when `name` is a known short name (中联 → 中联重科). */
  readonly canonical?: string;
  readonly aliases?: readonly string[];
  /** GB/T 2260 code of the place in or behind the name, when known. */
  readonly region?: string | null;
}

export interface IndustryFact {
  /** Taxonomy id (see data/industries). */
  readonly id: string;
  readonly name: string;
  readonly parent?: string | null;
  /** GB/T 4754-2017 codes the industry maps onto. */
  readonly gbt4754?: readonly string[];
  readonly count?: number;
}

/** The values of QuantityFact.change: a direction, optionally after 同比, 环比 or 年均. */
export const QUANTITY_CHANGE = /^(?:同比|环比|年均)?(?:增长|下降|提高|降低|增加|减少)$/;

/**
 * A figure: a level (产值1680亿元: change null) or a change (产值同比增长8.7%: metric 产值, change 同比增长).
 * Every quantity has a metric, a change or both.
 */
export interface QuantityFact {
  /** What is counted or measured, from its noun phrase: 关联企业, 规上工业企业, 产值 ...; null when nothing names it (，增长11.3%). */
  readonly metric: string | null;
  /**
   * The change the figure measures, normalized: a direction 增长 (also written 增速, 增幅, 年增), 下降 (下滑, 回落),
   * 提高 (提升, 上升), 降低, 增加, 减少, optionally after 同比 (year on year; also written 比上年, 较去年同期 …),
   * 环比 (on the previous period: 比上月, 较上季度) or 年均 (average per year). Null for a level, also one
   * reached after a change word (增长到400亿元, 提高到55%). 百分点 stays the unit (提高2个百分点).
   */
  readonly change: string | null;
  readonly value: number;
  /** Upper bound of a range (`3至5家`). */
  readonly valueMax?: number;
  /** 家, 个, 项, 亿元, 万吨, %, ... */
  readonly unit: string;
  /** 近, 多, 余, 约, 超过 ... */
  readonly qualifier?: string | null;
  readonly scope?: { readonly region?: string | null; readonly industry?: string | null; readonly park?: string | null };
  readonly year?: number | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type EventType =
  | '座谈会'
  | '调研'
  | '签约'
  | '拉练'
  | '观摩'
  | '推进会'
  | '大会'
  | '展会'
  | '揭牌'
  | '开工'
  | '投产'
  | 'other';

export interface EventFact {
  readonly type: EventType;
  /** `YYYY-MM-DD`, `--MM-DD`, or null. */
  readonly date: string | null;
  readonly place?: string | null;
  readonly lead: string | null;
  readonly participants: readonly string[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface DirectiveFact {
  readonly speaker: string | null;
  /** 强调, 指出, 要求, 表示 ... */
  readonly verb?: string;
  readonly text: string;
  /** Policy-instrument category ids (see data/policy-instruments). */
  readonly categories: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** The whole analysis of one document. */
export interface Analysis {
  readonly schema: typeof ANALYSIS_SCHEMA;
  /** sha256 (hex) of the original decoded text: the document's identity. */
  readonly id: string;
  readonly source: Origin;
  readonly encoding: EncodingInfo;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly reporters: readonly string[];
  readonly published: string | null;
  readonly dateline: string | null;
  readonly meta: Readonly<Record<string, string>>;
  /** Clean, normalized (Simplified) text. */
  readonly text: string;
  /** Decoded original text. */
  readonly original: string;
  readonly removals: readonly Removal[];
  readonly warnings: readonly Warning[];
  readonly regions: readonly RegionFact[];
  readonly people: readonly PersonFact[];
  readonly organizations: readonly OrganizationFact[];
  readonly industries: readonly IndustryFact[];
  readonly quantities: readonly QuantityFact[];
  readonly events: readonly EventFact[];
  readonly directives: readonly DirectiveFact[];
  readonly mentions: readonly Mention[];
}

/** The extracted part of an Analysis. */
export type Extraction = Pick<
  Analysis,
  'regions' | 'people' | 'organizations' | 'industries' | 'quantities' | 'events' | 'directives' | 'mentions'
>;
