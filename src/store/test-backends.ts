/**
 * Test helper: the backends every store test runs against — PGlite in a temp dir always,
 * PostgreSQL when TEST_DATABASE_URL is set (a fresh random schema, dropped afterwards).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, createHash } from 'node:crypto';
import pg from 'pg';
import { ANALYSIS_SCHEMA, type Analysis } from '../analysis/schema.ts';
import { openStore } from './index.ts';
import type { Store, WriteItem } from './types.ts';

/** A backend under test: opens a store, and cleans everything up. */
export interface Backend {
  readonly name: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** The backends to run: `pglite`, plus `postgres` when TEST_DATABASE_URL is set. */
export function backends(): Backend[] {
  const out: Backend[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
  out.push({ name: 'pglite', open: () => openStore({ dir }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) });
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    out.push({
      name: 'postgres',
      open: () => openStore({ url, schema }),
      cleanup: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      },
    });
  }
  return out;
}

/** A small synthetic Analysis with one region, one organization (short name → canonical), one person. */
export function fakeAnalysis(text: string, path = 'mem.txt'): Analysis {
  return {
    schema: ANALYSIS_SCHEMA,
    id: createHash('sha256').update(text).digest('hex'),
    source: { path },
    encoding: { name: 'utf-8', confidence: 1, invalidBytes: 0, method: 'utf8' },
    title: '标题',
    outlet: '某日报',
    reporters: ['记者甲'],
    published: '2024-03-01T10:00:00+08:00',
    dateline: '2024-03-01',
    meta: {},
    text,
    original: text,
    removals: [],
    warnings: [],
    regions: [{ name: '长沙市', code: '430100', level: 'city', parent: '430000', count: 2, home: true }],
    people: [{ name: '张三', titles: ['市长'], role: 'lead', region: '430100' }],
    organizations: [{ name: '中联', kind: 'company', canonical: '中联重科' }],
    industries: [{ id: 'construction-machinery', name: '工程机械', count: 3 }],
    quantities: [{ metric: '企业', change: null, value: 240, unit: '家', text: '企业240家', start: 0, end: 2 }],
    events: [],
    directives: [],
    mentions: [
      { type: 'person', text: '张三', start: 0, end: 1, key: '张三', rule: 'test' },
      { type: 'organization', text: '中联', start: 1, end: 2, key: '中联重科', rule: 'test' },
    ],
  };
}

/** A WriteItem for a synthetic document. */
export function fakeItem(text: string, key = `k-${text}`): WriteItem {
  const analysis = fakeAnalysis(text, key);
  return { key, origin: analysis.source, contentHash: createHash('sha256').update(`raw:${text}`).digest('hex'), bytes: text.length * 3, analysis };
}
