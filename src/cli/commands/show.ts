/** `show <doc-id>`: a stored document's original and clean text, removals with reasons, mentions. */
import type { Command } from 'commander';
import { chinaTime, listRemovals, markMentions, markRemovals } from '../render.ts';
import { DB_OPTION_HELP, NotFoundError, openExistingCliStore, UsageError } from '../context.ts';

/** A document id or a prefix of at least 8 hex characters. */
const DOC_ID = /^[0-9a-fA-F]{8,64}$/;

/** Register `show`. */
export function register(program: Command): void {
  program
    .command('show')
    .description('show a stored document: original with removals, clean text with mentions')
    .argument('<doc-id>', 'document id or a prefix of at least 8 hex characters')
    .option('--db <dir>', DB_OPTION_HELP)
    .action(async (id: string, opts: { db?: string }) => {
      if (!DOC_ID.test(id)) throw new UsageError(`expected a document id (8 to 64 hex characters), got ${JSON.stringify(id)}`);
      const store = await openExistingCliStore(opts.db);
      try {
        const d = await store.findDocument(id);
        if (!d) throw new NotFoundError(`no document ${id}`);
        if ('ambiguous' in d) throw new UsageError(`${id} matches several documents: ${d.ambiguous.join(', ')}`);
        const tty = process.stdout.isTTY === true;
        const src = `${d.source.path}${d.source.line !== undefined ? `:${d.source.line}` : ''}${d.source.offset !== undefined ? `@${d.source.offset}` : ''}`;
        const lines = [
          `document  ${d.id}`,
          `source    ${src}${d.source.url ? ` ${d.source.url}` : ''}`,
          `title     ${d.title ?? ''}`,
          `outlet    ${d.outlet ?? ''}   published ${chinaTime(d.published)}   dateline ${d.dateline ?? ''}`,
          `encoding  ${d.encoding.name} (${d.encoding.method}, ${d.encoding.invalidBytes} invalid bytes)`,
          '',
          `== original (${d.removals.length} removals)`,
          markRemovals(d.original, d.removals, tty),
          '',
          '== removals',
          ...listRemovals(d.removals),
          '',
          `== clean (${d.mentions.length} mentions)`,
          markMentions(d.clean, d.mentions, tty),
        ];
        if (d.warnings.length) lines.push('', '== warnings', ...d.warnings.map((w) => `  ${w.rule}: ${w.message}`));
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
