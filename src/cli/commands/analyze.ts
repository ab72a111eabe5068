/** `analyze [paths...]`: one Analysis JSON per document on stdout (JSONL), in input order. */
import type { Command } from 'commander';
import { analyzeAll, itemKey, readItems, type Task } from '../../ingest/index.ts';
import type { Origin } from '../../analysis/schema.ts';
import type { ItemError } from '../../store/types.ts';
import { positiveInt, UsageError } from '../context.ts';

const FORMATS = ['auto', 'jsonl', 'text', 'html'] as const;

/** Register `analyze`. */
export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyze documents without storing them; prints one Analysis JSON per line')
    .argument('[paths...]', 'files or folders (stdin when none)')
    .option('--input <format>', `input format: ${FORMATS.join(', ')}`, 'auto')
    .option('--workers <n>', 'worker threads (default: every core)')
    .option('--no-extract', 'skip the extract stage')
    .action(async (paths: string[], opts: { input: string; workers?: string; extract: boolean }) => {
      if (!(FORMATS as readonly string[]).includes(opts.input)) throw new UsageError(`--input expects one of ${FORMATS.join(', ')}, got ${JSON.stringify(opts.input)}`);
      const workers = positiveInt('--workers', opts.workers);
      const inputs = paths.length ? paths : ['-'];
      type Tag = { origin: Origin; error?: ItemError };
      async function* source(): AsyncGenerator<Task<Tag>> {
        for await (const r of readItems(inputs, { inputFormat: opts.input as (typeof FORMATS)[number] })) {
          if (r.ok) yield { tag: { origin: r.item.origin }, item: r.item };
          else yield { tag: { origin: r.error.origin, error: { code: r.error.code, message: r.error.message } } };
        }
      }
      const out = process.stdout;
      const write = (line: string) => (out.write(line + '\n') ? undefined : new Promise<void>((res) => out.once('drain', () => res())));
      for await (const r of analyzeAll(source(), { ordered: true, workers, analyze: { extract: opts.extract } })) {
        const error = r.tag.error ?? r.error;
        if (error) {
          const { code, message } = error;
          process.stderr.write(`error ${itemKey(r.tag.origin)} ${code}: ${message}\n`);
          await write(JSON.stringify({ error: { code, message }, source: r.tag.origin }));
        } else await write(JSON.stringify(r.analysis));
      }
    });
}
