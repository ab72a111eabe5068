#!/usr/bin/env node
/**
 * scripts/build: compiles the TypeScript sources with esbuild into `<root>/.build/<target>-<key>/`, so that
 * the CLI and its worker threads run as plain JavaScript, without tsx and its loader hooks at run time
 * (less memory per thread, no compile on every start). Plain JavaScript itself: the launcher runs it
 * before anything can compile TypeScript.
 *
 * - On demand: `ensureBuild(root, target)` returns the folder of an up-to-date build, building it first when
 *   none matches the sources. The key hashes every file's path, size and mtime under the target's folders
 *   (tests excepted), tsconfig.json, esbuild's version and this file, so an edit under src/ means a new build:
 *   nobody runs stale code. A build is written to a temporary folder and renamed into place (two processes
 *   building at once both succeed; one rename wins).
 * - One bundle per target, split into chunks (lazy `import()`s stay lazy); node packages stay external and
 *   resolve from `<root>/node_modules` (PGlite finds its WASM and data files beside its own module).
 * - `import.meta.url` in a source file is replaced by that file's own URL, so data read relative to a module
 *   (`new URL('../../data/…', import.meta.url)`) is read where it lies in the checkout.
 * - A target's `worker` entry is announced to the bundle as the global constant `ATLAS_COMPILED_WORKER`
 *   (its file URL), which the ingest pool starts instead of a tsx bootstrap (src/ingest/worker-boot.ts).
 * - No `keepNames` (tsx forces it: a `__name()` call for every named closure), linked source maps
 *   (stack traces map to src/ with `node --enable-source-maps`).
 *
 * Usage: `node scripts/build.mjs [cli|bench]` builds if needed and prints the folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The checkout this file belongs to. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What can be built. `entries` maps an output name to a source file; `scripts` are entries run as if their
 * source were the script Node started (`process.argv[1]` set to it before it loads, for `if (import.meta.url
 * === pathToFileURL(process.argv[1]).href)` guards); `dirs` are the folders whose files key the build.
 */
export const TARGETS = Object.freeze({
  cli: { entries: { main: 'src/cli/main.ts', worker: 'src/ingest/worker.ts' }, scripts: {}, dirs: ['src'] },
  bench: {
    entries: { worker: 'src/ingest/worker.ts' },
    scripts: { clean: 'bench/clean.ts', extract: 'bench/extract.ts' },
    dirs: ['src', 'bench'],
  },
});

/** Builds kept in `.build/` beyond the newest few: those used within this many ms. */
const KEEP_RECENT_MS = 60 * 60 * 1000;
/** Builds of a target always kept, newest first. */
const KEEP_NEWEST = 3;
/** Marker written last into a complete build. */
const DONE = 'build.json';

/** Every file under `dir` (recursively), tests excepted, as paths relative to `root`, sorted. */
function sourceFiles(root, dir) {
  const out = [];
  const walk = (d) => {
    let names;
    try {
      names = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of names) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('.test.ts')) out.push(relative(root, p));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/**
 * The key of a target's build: a hash of its sources' paths, sizes and mtimes (plus tsconfig.json, esbuild's
 * version, this builder and the checkout's location, which the compiled code names).
 * @param {string} root the checkout
 * @param {{dirs: readonly string[]}} target
 * @returns {string} 16 hex digits
 */
export function buildKey(root, target) {
  const h = createHash('sha256');
  h.update(`${root}\0${process.version}\0`);
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const extra of ['tsconfig.json', 'node_modules/esbuild/package.json']) {
    try {
      h.update(`${extra}\0${readFileSync(join(root, extra))}\0`);
    } catch {
      h.update(`${extra}\0-\0`);
    }
  }
  for (const dir of target.dirs) {
    for (const f of sourceFiles(root, dir)) {
      const s = statSync(join(root, f));
      h.update(`${f}\0${s.size}\0${s.mtimeMs}\0`);
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** esbuild plugin: `import.meta.url` in a checkout's TypeScript file becomes that file's URL. */
function sourceUrls(root) {
  root = realpathSync(root); // esbuild reports real paths
  return {
    name: 'source-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(root + '/') || args.path.includes('/node_modules/')) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: text.replace(/\bimport\.meta\.url\b/g, url), loader: 'ts' };
      });
    },
  };
}

/** esbuild plugin: `script:NAME` entries set `process.argv[1]` to their source, then load it. */
function scriptEntries(root, scripts) {
  return {
    name: 'script-entries',
    setup(build) {
      build.onResolve({ filter: /^script:/ }, (args) => ({ path: args.path.slice('script:'.length), namespace: 'script' }));
      build.onLoad({ filter: /.*/, namespace: 'script' }, (args) => {
        const file = join(root, scripts[args.path]);
        return {
          contents: `process.argv[1] = ${JSON.stringify(file)};\nawait import(${JSON.stringify(file)});\n`,
          resolveDir: root,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * Compile a target into `dir` (which must not exist yet; written through a temporary sibling).
 * @param {string} root the checkout
 * @param {{entries: Record<string, string>, scripts: Record<string, string>}} target
 * @param {string} dir the final folder
 * @param {{keepNames?: boolean}} [options] keepNames: as tsx compiles (for comparisons)
 */
export async function compile(root, target, dir, options = {}) {
  const { build } = await import('esbuild');
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  const entryPoints = {};
  for (const [name, file] of Object.entries(target.entries)) entryPoints[name] = join(root, file);
  for (const name of Object.keys(target.scripts)) entryPoints[name] = `script:${name}`;
  const worker = target.entries.worker ? pathToFileURL(join(dir, 'worker.mjs')).href : undefined;
  try {
    await build({
      entryPoints,
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: 'linked',
      sourceRoot: undefined,
      charset: 'utf8',
      keepNames: options.keepNames ?? false,
      tsconfig: existsSync(join(root, 'tsconfig.json')) ? join(root, 'tsconfig.json') : undefined,
      define: worker ? { ATLAS_COMPILED_WORKER: JSON.stringify(worker) } : {},
      plugins: [scriptEntries(root, target.scripts), sourceUrls(root)],
      logLevel: 'error',
    });
    writeFileSync(join(tmp, DONE), JSON.stringify({ root, entries: target.entries, scripts: target.scripts, builtAt: new Date().toISOString() }) + '\n');
    try {
      renameSync(tmp, dir);
    } catch (err) {
      // Another process built the same key first: use its build.
      if (!existsSync(join(dir, DONE))) throw err;
      rmSync(tmp, { recursive: true, force: true });
    }
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Remove a target's old builds: all but the newest few and those used within the last hour. */
function prune(buildsDir, name, keep) {
  let dirs;
  try {
    dirs = readdirSync(buildsDir).filter((d) => d.startsWith(`${name}-`) && d !== keep);
  } catch {
    return;
  }
  const now = Date.now();
  const aged = dirs
    .map((d) => ({ d, t: statSync(join(buildsDir, d)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(KEEP_NEWEST - 1);
  for (const { d, t } of aged) if (now - t > KEEP_RECENT_MS) rmSync(join(buildsDir, d), { recursive: true, force: true });
}

/**
 * The folder of an up-to-date build of `target` (`cli` or `bench`), built first if the sources changed.
 * @param {string} [root] the checkout (default: this one)
 * @param {string} [name] a key of TARGETS
 * @returns {Promise<string>} a folder holding `<entry>.mjs` for every entry and script
 * @example const dir = await ensureBuild(); await import(pathToFileURL(join(dir, 'main.mjs')).href);
 */
export async function ensureBuild(root = ROOT, name = 'cli', targets = TARGETS) {
  const target = targets[name];
  if (!target) throw new Error(`Expected a build target (${Object.keys(targets).join(', ')}), got ${JSON.stringify(name)}`);
  const buildsDir = join(root, '.build');
  const dir = join(buildsDir, `${name}-${buildKey(root, target)}`);
  if (existsSync(join(dir, DONE))) {
    const now = new Date();
    try {
      utimesSync(dir, now, now); // marks it used, for prune()
    } catch {}
    return dir;
  }
  await compile(root, target, dir);
  prune(buildsDir, name, dir.slice(buildsDir.length + 1));
  return dir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = await ensureBuild(ROOT, process.argv[2] ?? 'cli');
  process.stdout.write(dir + '\n');
}
