/**
 * The compiled tree (scripts/build.mjs) and the launcher (bin/cluster-atlas): a build is redone when a source
 * changes and reused when none did, modules keep their own `import.meta.url`, the compiled worker is found,
 * and the compiled CLI prints exactly what the sources run through tsx print.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildKey, ensureBuild, ROOT, type BuildTarget } from '../../scripts/build.mjs';
import { workerBoot } from '../../src/ingest/worker-boot.ts';

const CLI = fileURLToPath(new URL('../../bin/cluster-atlas', import.meta.url));
const DEMO = fileURLToPath(new URL('../../corpus/demo/', import.meta.url));

/** A throwaway project: src/main.ts prints its message, its own URL and what its compiled worker says. */
function project(): { root: string; targets: Record<string, BuildTarget> } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-build-test-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/message.ts'), "export const MESSAGE: string = 'one';\n");
  writeFileSync(
    join(root, 'src/main.ts'),
    [
      "import { Worker } from 'node:worker_threads';",
      "import { MESSAGE } from './message.ts';",
      'declare const ATLAS_COMPILED_WORKER: string;',
      'const w = new Worker(new URL(ATLAS_COMPILED_WORKER));',
      "w.once('message', (m: string) => { console.log([MESSAGE, import.meta.url, m].join(' ')); void w.terminate(); });",
      '',
    ].join('\n'),
  );
  writeFileSync(join(root, 'src/worker.ts'), "import { parentPort } from 'node:worker_threads';\nparentPort!.postMessage(`worker ${import.meta.url}`);\n");
  writeFileSync(join(root, 'src/main.test.ts'), '// a test: not part of the build key\n');
  writeFileSync(
    join(root, 'src/script.ts'),
    "import { pathToFileURL } from 'node:url';\nif (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(`script ${process.argv.slice(2).join(' ')}`);\n",
  );
  return { root, targets: { t: { entries: { main: 'src/main.ts', worker: 'src/worker.ts' }, scripts: { script: 'src/script.ts' }, dirs: ['src'] } } };
}

function run(dir: string): string {
  return execFileSync(process.execPath, [join(dir, 'main.mjs')], { encoding: 'utf8' }).trim();
}

describe('scripts/build.mjs', () => {
  const made: string[] = [];
  after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('should build on first use, reuse the build while no source changed, and rebuild after an edit', async () => {
    const { root, targets } = project();
    made.push(root);
    const first = await ensureBuild(root, 't', targets);
    const url = (f: string) => pathToFileURL(join(root, f)).href;
    assert.equal(run(first), `one ${url('src/main.ts')} worker ${url('src/worker.ts')}`);
    const stamp = readFileSync(join(first, 'build.json'), 'utf8');
    assert.equal(await ensureBuild(root, 't', targets), first);
    assert.equal(readFileSync(join(first, 'build.json'), 'utf8'), stamp);

    // Same size, later mtime: still a new build (stale code is never run).
    writeFileSync(join(root, 'src/message.ts'), "export const MESSAGE: string = 'two';\n");
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'src/message.ts'), later, later);
    const second = await ensureBuild(root, 't', targets);
    assert.notEqual(second, first);
    assert.equal(run(second).split(' ')[0], 'two');
  });

  it("should run a script entry as if Node had started its source (its main guard fires)", async () => {
    const { root, targets } = project();
    made.push(root);
    const dir = await ensureBuild(root, 't', targets);
    assert.equal(execFileSync(process.execPath, [join(dir, 'script.mjs'), '--size', '1MB'], { encoding: 'utf8' }), 'script --size 1MB\n');
  });

  it('should not key the build on test files', () => {
    const { root, targets } = project();
    made.push(root);
    const key = buildKey(root, targets.t!);
    writeFileSync(join(root, 'src/main.test.ts'), '// edited\n');
    assert.equal(buildKey(root, targets.t!), key);
    writeFileSync(join(root, 'src/extra.ts'), 'export {};\n');
    assert.notEqual(buildKey(root, targets.t!), key);
  });

  it('should refuse an unknown target', async () => {
    await assert.rejects(() => ensureBuild(ROOT, 'nope'), /Expected a build target \(cli, bench\), got "nope"/);
  });
});

describe('workerBoot', () => {
  it('should start the compiled worker file when the build names one', () => {
    const boot = workerBoot('file:///x/.build/cli-0/worker.mjs');
    assert.equal(boot.eval, false);
    assert.equal(String(boot.source), 'file:///x/.build/cli-0/worker.mjs');
  });

  it('should bootstrap tsx and worker.ts when run from the sources', () => {
    const boot = workerBoot();
    assert.equal(boot.eval, true);
    assert.match(String(boot.source), /tsx.*register\(\).*src\/ingest\/worker\.ts/);
  });
});

describe('bin/cluster-atlas', () => {
  it('should run the compiled CLI, whose worker threads print what the tsx path prints', async () => {
    const dir = await ensureBuild();
    assert.ok(existsSync(join(dir, 'main.mjs')) && existsSync(join(dir, 'worker.mjs')));
    const args = [CLI, 'analyze', '--workers', '2', DEMO];
    const compiled = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const sources = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, ATLAS_BUILD: 'off' } });
    assert.equal(compiled.status, 0, compiled.stderr);
    assert.equal(sources.status, 0, sources.stderr);
    assert.equal(compiled.stderr, '');
    assert.equal(compiled.stdout.split('\n').length, 44);
    assert.equal(compiled.stdout, sources.stdout);
  });
});
