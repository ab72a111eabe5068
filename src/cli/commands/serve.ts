/** `serve`: the API and the web UI in one process (PGlite in --db, or DATABASE_URL). */
import type { Command } from 'commander';
import { DB_OPTION_HELP, openCliStore, positiveInt, UsageError } from '../context.ts';

/** Register `serve`. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the web UI (binds 127.0.0.1 unless --host is given)')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--no-ui', 'API only: do not build or serve the web UI')
    .action(async (opts: { db?: string; port: string; host: string; ui: boolean }) => {
      const port = positiveInt('--port', opts.port)!;
      if (port > 65535) throw new UsageError(`--port expects 1..65535, got ${port}`);
      const store = await openCliStore(opts.db);
      // Imported here, not at the top: the server (Hono, zod) is loaded only by the commands that serve.
      const { startServer } = await import('../../server/index.ts');
      const server = await startServer({ store, port, host: opts.host, noUi: !opts.ui });
      process.stdout.write(`Cluster Atlas at ${server.url}/\n`);
      if (!process.env.ATLAS_TOKEN) process.stdout.write(`upload token (Authorization: Bearer …): ${server.token}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
}
