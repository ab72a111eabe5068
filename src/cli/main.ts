/**
 * cli/: the `cluster-atlas` command — analyze · ingest · stats · show · serve · demo.
 * Thin: parses arguments and calls readers, pipeline, ingest, store and server.
 * One file per command under commands/, each exporting `register(program)`, imported by name below (static
 * specifiers, so that a bundler follows them: scripts/build.mjs).
 * Exit codes: 0 done, 1 failure or not found, 2 bad arguments.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { NotFoundError, UsageError } from './context.ts';

type CommandModule = { register: (p: Command) => void };

/** Command modules, in help order. */
const COMMANDS: readonly (() => Promise<CommandModule>)[] = [
  () => import('./commands/analyze.ts'),
  () => import('./commands/ingest.ts'),
  () => import('./commands/stats.ts'),
  () => import('./commands/show.ts'),
  () => import('./commands/serve.ts'),
  () => import('./commands/demo.ts'),
];

/** The package's version, from package.json beside src/. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('cluster-atlas')
    .description('Cluster Atlas (产业集群图谱): industrial-cluster news → a searchable, mapped atlas with provenance')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s.split('\n')[0] + '\n') });
  for (const load of COMMANDS) (await load()).register(program);
  program.commands.forEach((c) => c.exitOverride());
  // No command: the whole help, not the one-line error form writeErr keeps.
  if (argv.length === 0) {
    process.stdout.write(program.helpInformation());
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`cluster-atlas: ${err.message}\n`);
      return 2;
    }
    if (err instanceof NotFoundError) {
      process.stderr.write(`cluster-atlas: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`cluster-atlas: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
