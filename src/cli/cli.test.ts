import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/cluster-atlas', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const scratch = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const r = spawnSync(BIN, args, { encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cluster-atlas CLI', () => {
  it('should print the whole help, every command listed, when run without a command', () => {
    const r = run();
    assert.equal(r.code, 0);
    for (const c of ['analyze', 'ingest', 'stats', 'show', 'serve', 'demo']) assert.match(r.out, new RegExp(`^  ${c} `, 'm'), c);
    assert.match(r.out, /-V, --version/);
  });
  it('should print the package version', () => {
    assert.deepEqual(run('--version'), { code: 0, out: `${VERSION}\n`, err: '' });
  });
  it('should refuse to read a store that does not exist instead of creating an empty one', () => {
    const dir = join(scratch, 'no-such-store');
    const r = run('stats', '--db', dir);
    assert.equal(r.code, 1);
    assert.equal(r.err, `cluster-atlas: no store at ${dir}: ingest into it first (cluster-atlas ingest <paths> --db ${dir}), or pass --db (the demo's is .atlas/demo)\n`);
    assert.equal(existsSync(dir), false);
  });
});
