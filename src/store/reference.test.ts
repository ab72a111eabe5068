import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceKey } from './reference.ts';

test('should key reference data by content, not by where the files are', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-ref-'));
  try {
    const dir = (name: string, text: string) => {
      const path = mkdtempSync(join(root, `${name}-`));
      writeFileSync(join(path, 'taxonomy.json'), text);
      return path;
    };
    const a = dir('a', '[{"id":"x","name":"X"}]');
    const b = dir('b', '[{"id":"x","name":"X"}]');
    const c = dir('c', '[{"id":"y","name":"Y"}]');
    assert.match(referenceKey(a), /^[0-9a-f]{64}$/);
    assert.equal(referenceKey(a), referenceKey(b));
    assert.notEqual(referenceKey(a), referenceKey(c));
    assert.notEqual(referenceKey(a), referenceKey(join(root, 'missing')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
