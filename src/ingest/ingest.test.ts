import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { openStore } from '../store/index.ts';
import { ingest } from './ingest.ts';
import { formatSummary } from './report.ts';
import { existsSync } from 'node:fs';

/** Whether the real readers (JSONL, WARC ...) are in place, or the fallback walk of .txt/.html. */
const READERS = existsSync(new URL('../readers/index.ts', import.meta.url));

const root = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A generated (not sample) paragraph of the genre. */
const para = (n: number) => `株洲市第${n}次轨道交通产业推进会召开。副市长李四要求,要加快项目建设,园区企业${n}家。`;

function makeBatch(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good1.txt'), para(1).repeat(3));
  writeFileSync(join(dir, 'good2.html'), `<html><head><title>标题${2}</title></head><body><p>${para(2)}</p></body></html>`);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
  const gbk = iconv.encode(para(3).repeat(2), 'gbk');
  writeFileSync(join(dir, 'truncated-gbk.txt'), gbk.subarray(0, gbk.length - 1));
  writeFileSync(join(dir, 'bad-utf8.txt'), Buffer.concat([Buffer.from(para(4)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(para(5))]));
  writeFileSync(join(dir, 'dup.txt'), para(1).repeat(3));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'gone.txt'));
  mkdirSync(join(dir, 'folder.txt'));
  writeFileSync(join(dir, 'data.jsonl'), `${JSON.stringify({ text: para(7), url: 'http://example.test/7' })}\n{"text": "broken\n${JSON.stringify({ text: para(8) })}\n`);
  const body = `<html><body><p>${para(9)}</p></body></html>`;
  const record = (uri: string, payload: string, declared = Buffer.byteLength(payload)) =>
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${declared}\r\n\r\n${payload}`;
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}`;
  writeFileSync(join(dir, 'pages.warc'), `${record('http://example.test/9', http)}\r\n\r\n${record('http://example.test/10', http.slice(0, 40), 4000)}`);
  // 50 MB single document, written in chunks.
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  const chunk = Buffer.from(para(6).repeat(4000));
  for (let n = 0; n < 50 * 2 ** 20; n += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
}

describe('ingest', () => {
  test('should store every good document, record each bad item, and store nothing new on a re-run', async () => {
    const dir = join(root, 'batch');
    makeBatch(dir);
    const store = await openStore({ dir: join(root, 'db') });
    try {
      // A 16 MB limit: this test checks that the limit rejects the 50 MB file (the default, 64 MB, stores it).
      const first = await ingest([dir], { store, workers: 2, maxItemBytes: 16 * 2 ** 20 });
      const codes = Object.fromEntries(first.rejectedItems.map((r) => [r.path.slice(dir.length + 1), r.code]));
      assert.equal(codes['empty.txt'], 'empty');
      assert.equal(codes['binary.txt'], 'binary');
      assert.equal(codes['huge.txt'], 'too-large');
      assert.ok(codes['gone.txt'] !== undefined, 'the dangling symlink is rejected');
      if (READERS) {
        // With src/readers in place, the broken JSONL line and the truncated WARC record are rejected too.
        assert.ok(first.rejectedItems.some((r) => r.path.endsWith('data.jsonl') && r.line === 2));
        assert.ok(first.rejectedItems.some((r) => r.path.endsWith('pages.warc')));
      }
      const { rows } = await store.db.query<{ path: string }>(`SELECT source_path AS path FROM documents ORDER BY source_path`);
      const stored = rows.map((r) => r.path.slice(dir.length + 1));
      for (const f of ['bad-utf8.txt', 'good2.html', 'truncated-gbk.txt']) assert.ok(stored.includes(f), f);
      assert.ok(stored.includes('good1.txt') !== stored.includes('dup.txt'), 'exactly one of two equal files is stored');
      assert.equal(first.duplicates, 1);
      assert.equal(first.stored, stored.length);
      assert.equal(first.stored + first.duplicates + first.rejected, first.items);
      const text = formatSummary(first);
      assert.match(text, new RegExp(`^handled ${first.items} items \\(${first.stored} stored, 1 duplicates, ${first.rejected} rejected\\) from `));
      assert.match(text, /\nrejected \S+empty\.txt empty: empty file/);
      const errors = await store.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ingest_items WHERE status = 'rejected' AND error_code IS NOT NULL`);
      assert.equal(Number(errors.rows[0].n), first.rejected);

      const again = await ingest([dir], { store, workers: 2, maxItemBytes: 16 * 2 ** 20 });
      assert.equal(again.stored, 0);
      assert.equal(again.skipped, first.stored + first.duplicates);
      assert.equal((await store.stats()).documents, stored.length);
    } finally {
      await store.close();
    }
  });
});
