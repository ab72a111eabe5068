/**
 * Upload jobs: files posted to `POST /api/ingest` are written to a private temp folder under
 * safe names and ingested in the background; `GET /api/ingest/:id` reports progress and,
 * when done, what happened to each file (stored, duplicate, or rejected with its error).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../ingest/index.ts';
import { ingestItems } from '../store/queries/index.ts';
import type { Store } from '../store/index.ts';

/** One uploaded file's outcome. */
export interface JobFile {
  readonly name: string;
  readonly bytes: number;
  status: 'pending' | 'stored' | 'duplicate' | 'rejected' | 'mixed';
  docIds: string[];
  errors: { code: string; message: string }[];
}

/** A job as the API reports it. */
export interface Job {
  readonly id: string;
  status: 'running' | 'finished' | 'failed';
  readonly createdAt: string;
  readonly files: JobFile[];
  progress: { items: number; stored: number; duplicates: number; rejected: number; bytes: number; totalBytes: number };
  error: string | null;
}

/** Keep at most this many finished jobs in memory. */
const MAX_JOBS = 200;

/** Characters allowed in a stored upload name; anything else becomes `_` (no separators, no `..`). */
const UNSAFE_NAME_CHARS = /[^\p{L}\p{N}._-]/gu;

/** A file name safe to join under our temp folder, keeping its extension (readers sniff by it). */
export function safeName(name: string, index: number): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(UNSAFE_NAME_CHARS, '_').replace(/^\.+/, '').slice(-120);
  return `${String(index).padStart(3, '0')}-${clean || 'upload.txt'}`;
}

/** The running and recent upload jobs of one server. */
export class IngestJobs {
  readonly #jobs = new Map<string, Job>();
  constructor(private readonly store: Store, private readonly workers = 1) {}

  /** Look a job up. */
  get(id: string): Job | undefined {
    return this.#jobs.get(id);
  }

  /**
   * Start ingesting the given files; resolves once they are on disk, with the job (still running).
   * @param done optional promise hook for tests: resolves when the job ends
   */
  async start(files: readonly { name: string; data: Uint8Array }[]): Promise<{ job: Job; done: Promise<void> }> {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-upload-'));
    const names = files.map((f, i) => safeName(f.name, i));
    await Promise.all(files.map((f, i) => writeFile(join(dir, names[i]), f.data)));
    const job: Job = {
      id: randomUUID(), status: 'running', createdAt: new Date().toISOString(),
      files: files.map((f) => ({ name: f.name, bytes: f.data.byteLength, status: 'pending', docIds: [], errors: [] })),
      progress: { items: 0, stored: 0, duplicates: 0, rejected: 0, bytes: 0, totalBytes: files.reduce((n, f) => n + f.data.byteLength, 0) },
      error: null,
    };
    this.#jobs.set(job.id, job);
    this.#trim();
    const paths = names.map((n) => join(dir, n));
    const done = (async () => {
      try {
        const summary = await ingest(paths, {
          store: this.store, workers: this.workers,
          onProgress: (p) => Object.assign(job.progress, { items: p.items, stored: p.stored, duplicates: p.duplicates, rejected: p.rejected, bytes: p.bytes }),
        });
        Object.assign(job.progress, { items: summary.items, stored: summary.stored, duplicates: summary.duplicates, rejected: summary.rejected, bytes: summary.bytes });
        const rows = await ingestItems(this.store.db, summary.runId);
        paths.forEach((p, i) => {
          const mine = rows.filter((r) => r.path === p || r.path.startsWith(`${p}:`) || r.path.startsWith(`${p}#`) || r.path.startsWith(`${p}@`));
          const f = job.files[i];
          f.docIds = mine.flatMap((r) => (r.docId ? [r.docId] : []));
          f.errors = mine.filter((r) => r.status === 'rejected').map((r) => ({ code: r.errorCode ?? 'unknown', message: r.errorMessage ?? '' }));
          const kinds = new Set(mine.map((r) => r.status));
          f.status = kinds.size === 1 ? ([...kinds][0] as JobFile['status']) : kinds.size ? 'mixed' : 'rejected';
          if (!mine.length) f.errors.push({ code: 'not-read', message: 'no document was read from this file' });
        });
        job.status = 'finished';
      } catch (err) {
        job.status = 'failed';
        job.error = (err as Error).message;
      } finally {
        await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      }
    })();
    return { job, done };
  }

  #trim(): void {
    if (this.#jobs.size <= MAX_JOBS) return;
    for (const [id, j] of this.#jobs) {
      if (this.#jobs.size <= MAX_JOBS) break;
      if (j.status !== 'running') this.#jobs.delete(id);
    }
  }
}
