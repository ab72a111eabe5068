/**
 * End to end through the CLI: `cluster-atlas ingest` on a folder of bad and good inputs read by
 * src/readers. Each bad item is one rejected line in the summary and one error in the store; every
 * good document (a 50 MB one included) is stored; exit 0; a second run stores nothing new.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { itemKey } from './source.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const cli = join(repo, 'bin/cluster-atlas');
const root = mkdtempSync(join(tmpdir(), 'atlas-source-'));
after(() => {
  try {
    chmodSync(join(root, 'in/locked.txt'), 0o644);
  } catch {
    // Already gone.
  }
  rmSync(root, { recursive: true, force: true });
});

/** Root reads a mode-000 file anyway, so the unreadable case only shows for other users. */
const ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The 50 MB single document goes through the whole pipeline, which takes minutes on a shared
 * 2-core machine: on only with ATLAS_TEST_50MB=1 (the readers' own tests read 50 MB every run).
 */
const HUGE = process.env.ATLAS_TEST_50MB === '1';

/** A generated (not sample) paragraph of the genre. */
const para = (n: number) => `示范市第${n}次新材料产业推进会召开。副市长王五要求,要加快项目建设,园区企业${n}家。\n`;

/** One WARC response record; `declared` lets a test claim more content bytes than it writes. */
function warcRecord(uri: string, payload: string, declared = Buffer.byteLength(payload)): string {
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${declared}\r\n\r\n${payload}\r\n\r\n`;
}

function makeInputs(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.html'), `<html><head><title>标题</title></head><body><p>${para(1)}</p></body></html>`);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
  const gbk = iconv.encode(para(2).repeat(3), 'gbk');
  writeFileSync(join(dir, 'truncated-gbk.txt'), gbk.subarray(0, gbk.length - 1));
  writeFileSync(join(dir, 'bad-utf8.txt'), Buffer.concat([Buffer.from(para(3)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(para(4))]));
  writeFileSync(join(dir, 'docs.jsonl'), `${JSON.stringify({ text: para(5), url: 'http://example.test/5' })}\n{"text": "broken\n\n${JSON.stringify({ html: `<p>${para(6)}</p>` })}\n`);
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>${para(7)}</p></body></html>`;
  writeFileSync(join(dir, 'crawl.warc'), warcRecord('http://example.test/7', http) + warcRecord('http://example.test/8', http).slice(0, 120).replace(/Content-Length: \d+/, 'Content-Length: 4000'));
  writeFileSync(join(dir, 'locked.txt'), para(9));
  chmodSync(join(dir, 'locked.txt'), 0o000);
  if (!HUGE) return;
  // A 50 MB single document, written in chunks (varied lines, so it is not one repeated sentence).
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  let lines = '';
  for (let i = 0; i < 2000; i++) lines += para(100 + i);
  const chunk = Buffer.from(lines);
  for (let n = 0; n < 50 * 2 ** 20; n += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
}

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cli, args, { cwd: repo, encoding: 'utf8', timeout: 240_000, env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('should key items by path, member, line and offset', () => {
  assert.equal(itemKey({ path: 'a.jsonl', line: 3 }), 'a.jsonl:3');
  assert.equal(itemKey({ path: 'a.warc', offset: 120 }), 'a.warc@120');
  assert.equal(itemKey({ path: 'a.zip', member: 'x.txt' }), 'a.zip#x.txt');
  assert.equal(itemKey({ path: 'a.txt' }), 'a.txt');
});

test('should ingest a folder of bad and good inputs through the CLI: errors per item, good ones stored, re-run adds nothing', { timeout: 300_000 }, () => {
  const dir = join(root, 'in');
  const db = join(root, 'db');
  makeInputs(dir);

  const first = run('ingest', dir, '--db', db, '--workers', '2');
  assert.equal(first.code, 0, first.stderr);
  const rejected = first.stdout
    .split('\n')
    .filter((l) => l.startsWith('rejected '))
    .map((l) => l.slice('rejected '.length + dir.length + 1).replace(/: .*$/, ''))
    .sort();
  const expected = ['binary.txt binary', 'crawl.warc truncated-record', 'docs.jsonl:2 bad-json', 'empty.txt empty'];
  if (!ROOT) expected.push('locked.txt unreadable');
  assert.deepEqual(rejected, expected.sort());
  assert.match(first.stdout, /crawl\.warc truncated-record: record at byte \d+: /);

  // good.html, truncated-gbk, bad-utf8, 2 JSONL lines, 1 WARC record (+ huge, + locked as root)
  const stored = 6 + (HUGE ? 1 : 0) + (ROOT ? 1 : 0);
  assert.match(first.stdout, new RegExp(`^handled ${stored + expected.length} items \\(${stored} stored, 0 duplicates, ${expected.length} rejected\\)`));
  const stats = JSON.parse(run('stats', '--db', db, '--json').stdout) as { documents: number; errors: number };
  assert.equal(stats.documents, stored);
  assert.equal(stats.errors, expected.length);

  const again = run('ingest', dir, '--db', db, '--workers', '2');
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^handled \d+ items \(0 stored, /);
  const statsAgain = JSON.parse(run('stats', '--db', db, '--json').stdout) as { documents: number; errors: number; runs: number };
  assert.equal(statsAgain.documents, stored);
  assert.equal(statsAgain.runs, 2);
  assert.equal(statsAgain.errors, expected.length); // the same bad items, met twice, are still one error each
});
