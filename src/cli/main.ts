/**
 * cli/: the `cluster-atlas` command — analyze · ingest · stats · show · serve · demo.
 * Thin: parses arguments and calls readers, pipeline, store and server.
 * (STUB: `analyze` of files only, until the CLI lands.)
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../pipeline.ts';

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'analyze') {
  for (const path of args) {
    const bytes = readFileSync(path);
    const format = /\.html?$/i.test(path) ? 'html' : 'text';
    process.stdout.write(JSON.stringify(analyze({ origin: { path }, format, bytes })) + '\n');
  }
} else {
  console.error('usage: cluster-atlas analyze <files...>');
  process.exit(2);
}
