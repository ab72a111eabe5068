/** `demo`: ingest the committed demo corpus into a local store, then serve it. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatSummary, ingest } from '../../ingest/index.ts';
import { openStore } from '../../store/index.ts';
import { positiveInt, UsageError } from '../context.ts';

/** The committed demo corpus. */
const DEMO_CORPUS = fileURLToPath(new URL('../../../corpus/demo/', import.meta.url));

/** Register `demo`. */
export function register(program: Command): void {
  program
    .command('demo')
    .description('ingest the demo corpus (corpus/demo) into --db and serve it')
    .option('--db <dir>', 'PGlite directory for the demo', './.atlas/demo')
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--no-serve', 'ingest only')
    .action(async (opts: { db: string; port: string; host: string; serve: boolean }) => {
      const port = positiveInt('--port', opts.port)!;
      if (!existsSync(DEMO_CORPUS)) throw new UsageError(`the demo corpus is missing: ${DEMO_CORPUS}`);
      const store = await openStore({ dir: opts.db });
      const summary = await ingest([DEMO_CORPUS], { store });
      process.stdout.write(formatSummary(summary) + '\n');
      if (!opts.serve) return void (await store.close());
      // Imported here, not at the top: the server (Hono, zod) is loaded only by the commands that serve.
      const { startServer } = await import('../../server/index.ts');
      const server = await startServer({ store, port, host: opts.host });
      process.stdout.write(`Cluster Atlas demo at ${server.url}/\n`);
      if (!process.env.ATLAS_TOKEN) process.stdout.write(`upload token (Authorization: Bearer …): ${server.token}\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await server.close();
      await store.close();
    });
}
