/** `ingest [paths...]`: analyze and store, resumable; a progress bar on a TTY, a plain summary otherwise. */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { formatSummary, ingest, totalBytes } from '../../ingest/index.ts';
import { DB_OPTION_HELP, openCliStore, positiveInt, UsageError } from '../context.ts';

/** Register `ingest`. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('analyze documents and store them (idempotent, resumable)')
    .argument('<paths...>', 'files or folders (`-` for stdin)')
    .option('--db <dir>', DB_OPTION_HELP)
    .option('--workers <n>', 'worker threads (default: cores - 1, at least 1: the main thread writes the store)')
    .option('--input <format>', 'input format: auto, jsonl, text, html', 'auto')
    .option('--batch <n>', 'documents per transaction', '500')
    .option('--no-extract', 'store clean text and metadata only')
    .option('--verbose', 'print a line to stderr after each committed batch')
    .action(async (paths: string[], opts: { db?: string; workers?: string; input: string; batch: string; extract: boolean; verbose?: boolean }) => {
      const workers = positiveInt('--workers', opts.workers);
      const batchSize = positiveInt('--batch', opts.batch);
      if (!['auto', 'jsonl', 'text', 'html'].includes(opts.input)) throw new UsageError(`--input expects auto, jsonl, text or html, got ${JSON.stringify(opts.input)}`);
      const store = await openCliStore(opts.db);
      try {
        let bar: cliProgress.SingleBar | null = null;
        if (process.stderr.isTTY) {
          const total = await totalBytes(paths);
          bar = new cliProgress.SingleBar(
            { format: 'ingest [{bar}] {percentage}% | {docs} docs | {mbs} MB/s | ETA {eta_formatted}', stream: process.stderr, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(total, 1), 0, { docs: 0, mbs: '0.0' });
        }
        const summary = await ingest(paths, {
          store, workers, batchSize, extract: opts.extract, inputFormat: opts.input as 'auto',
          onProgress: (p) => {
            if (opts.verbose) process.stderr.write(`committed ${p.stored + p.duplicates + p.rejected} items (${p.stored} stored)\n`);
            bar?.update(p.bytes, { docs: p.items, mbs: (p.bytes / 2 ** 20 / Math.max(p.elapsedMs / 1000, 0.001)).toFixed(1) });
          },
        });
        bar?.stop();
        process.stdout.write(formatSummary(summary) + '\n');
      } finally {
        await store.close();
      }
    });
}
