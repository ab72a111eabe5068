import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.ts';

const CLI = fileURLToPath(new URL('../../bin/cluster-atlas', import.meta.url));
const N = 2000;

function run(args: string[], killAfterFirstBatch: boolean): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      out += d;
      if (killAfterFirstBatch && /committed/.test(String(d))) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

test('should store every document exactly once after a SIGKILL and a re-run', { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-kill-'));
  try {
    const dir = join(root, 'docs');
    mkdirSync(dir);
    for (let i = 0; i < N; i++) writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), `湘潭市第${i}号新材料产业项目签约,投资${i}亿元。`);
    const db = join(root, 'db');
    const args = ['ingest', dir, '--db', db, '--batch', '100', '--no-extract', '--verbose'];
    const killed = await run(args, true);
    assert.equal(killed.signal, 'SIGKILL');
    const resumed = await run(args, false);
    assert.equal(resumed.code, 0, resumed.out);
    assert.match(resumed.out, /skipped \d+ items already ingested/);
    const store = await openStore({ dir: db });
    try {
      const { rows } = await store.db.query<{ docs: string | number; stored: string | number; keys: string | number }>(
        `SELECT (SELECT count(*) FROM documents) AS docs,
                (SELECT count(*) FROM ingest_items WHERE status = 'stored') AS stored,
                (SELECT count(DISTINCT item_key) FROM ingest_items WHERE status = 'stored') AS keys`,
      );
      assert.deepEqual(rows[0] && { docs: Number(rows[0].docs), stored: Number(rows[0].stored), keys: Number(rows[0].keys) }, { docs: N, stored: N, keys: N });
      const runs = await store.db.query<{ status: string }>('SELECT status FROM ingest_runs ORDER BY id');
      assert.deepEqual(runs.rows.map((r) => r.status), ['interrupted', 'finished']);
      assert.equal((await store.stats()).interruptedRuns, 1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
