/** `stats`: counts of what the store holds. */
import type { Command } from 'commander';
import { openCliStore } from '../context.ts';

/** Register `stats`. */
export function register(program: Command): void {
  program
    .command('stats')
    .description('count documents, errors, runs, regions, industries, entities, mentions and facts')
    .option('--db <dir>', 'PGlite directory (ignored when DATABASE_URL is set)')
    .option('--json', 'print one JSON object')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const store = await openCliStore(opts.db);
      try {
        const s = await store.stats();
        if (opts.json) process.stdout.write(JSON.stringify(s) + '\n');
        else process.stdout.write(Object.entries(s).map(([k, v]) => `${k.padEnd(11)} ${v}`).join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
