import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderResults, replaceSection } from './run.ts';
import { flags } from './machine.ts';

const MACHINE = { nproc: 2, cpu: 'Test CPU', memoryGiB: 8, node: 'v20.0.0', date: '2026-01-02' };

test('should render a machine line and one table per benchmark', () => {
  const md = renderResults(MACHINE, [
    { name: 'clean', measures: [{ metric: 'x', value: 1.5, unit: 'MB/s', note: 'n' }] },
    { name: 'ingest', measures: [], skipped: 'no CLI' },
  ]);
  assert.equal(
    md,
    'Run on 2026-01-02: 2 cores (`nproc`), Test CPU (`lscpu`), 8 GiB memory, Node v20.0.0.\n\n### clean\n\n| measure | value | notes |\n|---|---:|---|\n| x | 1.5 MB/s | n |\n\n### ingest\n\nNot run: no CLI\n',
  );
});

test('should replace only the section between the markers', () => {
  const doc = '# B\nintro\n<!-- results:start -->\nold\n<!-- results:end -->\ntail\n';
  assert.equal(replaceSection(doc, 'new'), '# B\nintro\n<!-- results:start -->\nnew\n<!-- results:end -->\ntail\n');
});

test('should append a section when the markers are missing', () => {
  assert.equal(replaceSection('# B\n', 'new'), '# B\n\n<!-- results:start -->\nnew\n<!-- results:end -->\n');
});

test('should parse flags with and without values', () => {
  assert.deepEqual([...flags(['--size', '5MB', '--json', '--only', 'clean'])], [['size', '5MB'], ['json', 'true'], ['only', 'clean']]);
  assert.deepEqual([...flags([])], []);
});
