/** `stats`: counts of what the store holds. */
import type { Command } from 'commander';
import { DB_OPTION_HELP, openExistingCliStore } from '../context.ts';

/** Register `stats`. */
export function register(program: Command): void {
  program
    .command('stats')
    .description('count documents, errors, runs, regions, industries, entities, mentions and facts')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--json', 'print one JSON object')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const store = await openExistingCliStore(opts.db);
      try {
        const s = await store.stats();
        if (opts.json) process.stdout.write(JSON.stringify(s) + '\n');
        else process.stdout.write(Object.entries(s).map(([k, v]) => `${k.padEnd(15)} ${v}`).join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
