/**
 * How the pool starts a worker thread. In the compiled tree (scripts/build.mjs) the build names its compiled
 * worker in the constant `ATLAS_COMPILED_WORKER` and the thread runs that file as it is; run from the sources
 * (tsx: tests, `node --import tsx`), a tiny eval'd bootstrap registers tsx first and then imports worker.ts,
 * since Node 20 applies `--import` hooks too late for a worker's own .ts entry.
 */

/** Set by scripts/build.mjs (esbuild `define`) to the compiled worker's file URL; undeclared in the sources. */
declare const ATLAS_COMPILED_WORKER: string | undefined;

/** What `new Worker(source, { eval })` takes. */
export interface WorkerBoot {
  readonly source: string | URL;
  readonly eval: boolean;
}

const WORKER_SOURCE = new URL('./worker.ts', import.meta.url);

/**
 * The worker to start: the compiled `worker.mjs` of this build, or a tsx bootstrap of `worker.ts`.
 * @param compiled the compiled worker's URL (default: the build's, if this code was built)
 */
export function workerBoot(compiled: string | undefined = typeof ATLAS_COMPILED_WORKER === 'string' ? ATLAS_COMPILED_WORKER : undefined): WorkerBoot {
  if (compiled) return { source: new URL(compiled), eval: false };
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return { source: `import(${tsx}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_SOURCE.href)}); })`, eval: true };
}
