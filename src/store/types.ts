/**
 * The Store: everything the rest of the system may ask of the database.
 * Writes come from ingest (batched); reads for the UI live in `src/store/queries/` over `db`.
 */
import type { Analysis, Origin, Removal, Warning, Extraction, EncodingInfo } from '../analysis/schema.ts';
import type { Db } from './db.ts';

/** Where the store lives: a PGlite directory, or a PostgreSQL URL (+ optional schema). */
export interface StoreOptions {
  /** PGlite data directory; `null` for in-memory. Ignored when `url` is set. */
  readonly dir?: string | null;
  /** PostgreSQL connection string (e.g. from `DATABASE_URL`). */
  readonly url?: string;
  /** PostgreSQL schema to confine everything to (created when missing). */
  readonly schema?: string;
  /** Apply migrations and load reference data on open (default true). */
  readonly migrate?: boolean;
}

/** What happened to one ingest item. */
export type ItemStatus = 'stored' | 'duplicate' | 'rejected';

/** A per-item error, with a stable machine code. */
export interface ItemError {
  readonly code: string;
  readonly message: string;
}

/** One item handed to `writeBatch`: an analysis, or the reason it has none. */
export interface WriteItem {
  /** Resume key: `path`, `path:line`, `path@offset`, `path#member`. */
  readonly key: string;
  readonly origin: Origin;
  /** sha256 hex of the raw bytes (or text) as read; null when nothing could be read. */
  readonly contentHash: string | null;
  /** Size as read, in bytes. */
  readonly bytes: number;
  readonly analysis?: Analysis;
  /**
   * The analysis's `documents` row as made by `documentRowBytes` (src/store/write.ts: UTF-8 JSON), prepared
   * off the main thread by ingest; when given, the write takes the row's columns from it, not from `analysis`.
   */
  readonly documentRow?: Uint8Array;
  readonly error?: ItemError;
}

/** The outcome of one batch, statuses in the order of the items given. */
export interface WriteResult {
  readonly statuses: readonly ItemStatus[];
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
}

/** Counters of an ingest run. */
export interface RunCounts {
  readonly items: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** Items skipped because an earlier run already recorded them (resume). */
  readonly skipped: number;
  readonly bytes: number;
}

/** `stats` output. */
export interface StoreStats {
  readonly documents: number;
  /** Rejected items over all runs. */
  readonly errors: number;
  readonly runs: number;
  /** Runs killed before they finished, marked `interrupted` by the next ingest. */
  readonly interruptedRuns: number;
  readonly regions: number;
  readonly industries: number;
  readonly entities: number;
  readonly mentions: number;
  readonly facts: number;
}

/** A stored mention, as `show` needs it. */
export interface StoredMention {
  readonly type: string;
  readonly kind: string | null;
  readonly key: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly entityId: number | null;
}

/** A stored document with its texts, provenance and mentions. */
export interface StoredDocument {
  readonly id: string;
  readonly contentHash: string;
  readonly source: Origin;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly reporters: readonly string[];
  readonly published: string | null;
  readonly dateline: string | null;
  readonly encoding: EncodingInfo;
  readonly original: string;
  readonly clean: string;
  readonly removals: readonly Removal[];
  readonly warnings: readonly Warning[];
  readonly extraction: Extraction;
  readonly mentions: readonly StoredMention[];
}

/** One document id prefix matched several documents. */
export interface AmbiguousId {
  readonly ambiguous: readonly string[];
}

/** The store. Open with `openStore`; close when done. */
export interface Store {
  /** The raw connection, for read queries in `src/store/queries/`. */
  readonly db: Db;
  /** Apply pending migrations; returns the versions applied. */
  migrate(): Promise<string[]>;
  /** (Re)load regions and industries from `data/` (idempotent upserts). */
  loadReference(): Promise<{ regions: number; industries: number }>;
  /** Start an ingest run; returns its id. */
  beginRun(args: Readonly<Record<string, unknown>>): Promise<number>;
  /** Close an ingest run with its counters. */
  finishRun(runId: number, counts: RunCounts, status: 'finished' | 'failed'): Promise<void>;
  /** Which `(key, contentHash)` pairs an earlier run stored or found duplicate (resume); returns `key\u0000hash`. */
  seen(items: readonly { key: string; contentHash: string }[]): Promise<Set<string>>;
  /** Write one batch in ONE transaction: documents, facts, entities and the ledger rows. */
  writeBatch(runId: number, items: readonly WriteItem[]): Promise<WriteResult>;
  /** Rejected items of a run, in ledger order. */
  rejectedItems(runId: number): Promise<{ key: string; path: string; line: number | null; code: string; message: string }[]>;
  /** Counts of everything. */
  stats(): Promise<StoreStats>;
  /** A document by id or unique id prefix (≥ 8 hex chars). */
  findDocument(idOrPrefix: string): Promise<StoredDocument | AmbiguousId | null>;
  close(): Promise<void>;
}
