import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readInputs, type ReaderItem } from './index.ts';
import { looksBinary, sniffFormat } from './sniff.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-readers-'));
after(() => rmSync(root, { recursive: true, force: true }));

const PARA = '市工信局召开新材料产业链推进会,全市新材料企业达到一百二十家。';

async function collect(paths: string[], options = {}): Promise<ReaderItem[]> {
  const out: ReaderItem[] = [];
  for await (const r of readInputs(paths, options)) out.push(r);
  return out;
}
/** `path[:line][@offset] ok|code` per item, paths relative to `dir`. */
const summary = (items: ReaderItem[], dir: string) =>
  items.map((r) => {
    const o = r.ok ? r.item.origin : r.error.origin;
    const where = o.path.slice(dir.length + 1) + (o.line ? `:${o.line}` : '') + (o.offset !== undefined ? `@${o.offset}` : '');
    return `${where} ${r.ok ? r.item.format : r.error.code}`;
  });

const warcRecord = (uri: string, http: string, declared = Buffer.byteLength(http)) =>
  `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${declared}\r\n\r\n${http}\r\n\r\n`;
const httpPage = (body: string, type = 'text/html; charset=utf-8') => `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n\r\n${body}`;

test('should walk a folder recursively in sorted order, skipping dotfiles and metadata files', async () => {
  const dir = join(root, 'walk');
  mkdirSync(join(dir, 'b'), { recursive: true });
  writeFileSync(join(dir, 'b', 'z.txt'), PARA);
  writeFileSync(join(dir, 'a.htm'), `<html><body><p>${PARA}</p></body></html>`);
  writeFileSync(join(dir, '.hidden.txt'), PARA);
  writeFileSync(join(dir, 'MANIFEST.json'), '{}');
  writeFileSync(join(dir, 'page'), `<!DOCTYPE html><p>${PARA}</p>`);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blob.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  assert.deepEqual(summary(await collect([dir]), dir), ['a.htm html', 'b/z.txt text', 'blob.bin binary', 'empty.txt empty', 'page html']);
});

test('should read a database folder inside an input folder as one error, none of its files', async () => {
  const dir = join(root, 'with-store');
  mkdirSync(join(dir, 'db', 'base', '1'), { recursive: true });
  writeFileSync(join(dir, 'db', 'PG_VERSION'), '17\n');
  writeFileSync(join(dir, 'db', 'base', '1', '1247'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(dir, 'story.txt'), PARA);
  const items = await collect([dir]);
  assert.deepEqual(summary(items, dir), ['db unreadable', 'story.txt text']);
  const bad = items[0];
  assert.ok(!bad.ok && /PostgreSQL\/PGlite data folder \(it holds PG_VERSION\)/.test(bad.error.message));
});

test('should read JSONL with 1-based lines, a bad-json error per broken line, blank lines skipped', async () => {
  const dir = join(root, 'jsonl');
  mkdirSync(dir);
  const lines = [
    JSON.stringify({ text: PARA, url: 'https://news.example/1', title: '标题', published: '2024-05-01' }),
    '{"text": "cut',
    '',
    JSON.stringify({ html: `<p>${PARA}</p>` }),
    JSON.stringify({ url: 'https://news.example/4' }),
    '[1,2]',
  ];
  writeFileSync(join(dir, 'docs.jsonl'), lines.join('\n') + '\n');
  const items = await collect([dir]);
  assert.deepEqual(summary(items, dir), ['docs.jsonl:1 text', 'docs.jsonl:2 bad-json', 'docs.jsonl:4 html', 'docs.jsonl:5 bad-json', 'docs.jsonl:6 bad-json']);
  const first = items[0]!;
  assert.ok(first.ok);
  assert.equal(first.item.text, PARA);
  assert.deepEqual(first.item.origin, { path: join(dir, 'docs.jsonl'), line: 1, url: 'https://news.example/1' });
  assert.deepEqual(first.item.declared, { title: '标题', url: 'https://news.example/1', published: '2024-05-01' });
  const broken = items[1]!;
  assert.ok(!broken.ok && /^line 2: /.test(broken.error.message));
});

test('should read WARC response records with offsets, charsets and URLs, and flag a truncated record', async () => {
  const dir = join(root, 'warc');
  mkdirSync(dir);
  const r1 = warcRecord('https://news.example/a', httpPage(`<p>${PARA}</p>`, 'text/html; charset=gbk'));
  const r2 = warcRecord('https://news.example/logo.png', httpPage('PNG', 'image/png'));
  const r3 = warcRecord('https://news.example/b', httpPage(`<p>${PARA}</p>`).slice(0, 50), 500);
  writeFileSync(join(dir, 'crawl.warc'), r1 + r2 + r3);
  const items = await collect([dir]);
  const off3 = Buffer.byteLength(r1 + r2);
  assert.deepEqual(summary(items, dir), ['crawl.warc@0 html', `crawl.warc@${off3} truncated-record`]);
  const a = items[0]!;
  assert.ok(a.ok);
  assert.equal(a.item.declared?.charset, 'gbk');
  assert.equal(a.item.origin.url, 'https://news.example/a');
  assert.equal(Buffer.from(a.item.bytes!).toString(), `<p>${PARA}</p>`);
});

test('should read .warc.gz written one gzip member per record', async () => {
  const dir = join(root, 'warcgz');
  mkdirSync(dir);
  const r1 = warcRecord('https://news.example/a', httpPage(`<p>${PARA}</p>`));
  const r2 = warcRecord('https://news.example/b', httpPage(PARA, 'text/plain'));
  writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat([gzipSync(r1), gzipSync(r2)]));
  assert.deepEqual(summary(await collect([dir]), dir), ['crawl.warc.gz@0 html', `crawl.warc.gz@${Buffer.byteLength(r1)} text`]);
});

test('should flag a .warc.gz cut inside a gzip member as a truncated record after the good ones', async () => {
  const dir = join(root, 'warcgzcut');
  mkdirSync(dir);
  const r1 = warcRecord('https://news.example/a', httpPage(`<p>${PARA}</p>`));
  const r2 = gzipSync(warcRecord('https://news.example/b', httpPage(`<p>${PARA.repeat(20)}</p>`)));
  writeFileSync(join(dir, 'cut.warc.gz'), Buffer.concat([gzipSync(r1), r2.subarray(0, r2.length - 30)]));
  assert.deepEqual(summary(await collect([dir]), dir), ['cut.warc.gz@0 html', `cut.warc.gz@${Buffer.byteLength(r1)} truncated-record`]);
});

test('should read a .gz by its inner extension', async () => {
  const dir = join(root, 'gz');
  mkdirSync(dir);
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(`<html><body><p>${PARA}</p></body></html>`));
  writeFileSync(join(dir, 'docs.jsonl.gz'), gzipSync(JSON.stringify({ text: PARA }) + '\n' + JSON.stringify({ text: PARA + '二' }) + '\n'));
  writeFileSync(join(dir, 'bad.txt.gz'), Buffer.from('not gzip at all'));
  assert.deepEqual(summary(await collect([dir]), dir), ['bad.txt.gz bad-gzip', 'docs.jsonl.gz:1 text', 'docs.jsonl.gz:2 text', 'page.html.gz html']);
});

test('should reject files over the size limit and report missing paths as unreadable', async () => {
  const dir = join(root, 'limits');
  mkdirSync(dir);
  writeFileSync(join(dir, 'big.txt'), PARA.repeat(100));
  const items = await collect([join(dir, 'big.txt'), join(dir, 'missing.txt')], { maxBytes: 1000 });
  assert.deepEqual(summary(items, dir), ['big.txt too-large', 'missing.txt unreadable']);
});

test('should read stdin as JSONL when it looks like JSONL, else as one document', async () => {
  const jsonl = await collect(['-'], { stdin: Readable.from([Buffer.from(JSON.stringify({ text: PARA }) + '\n{bad\n')]) });
  assert.deepEqual(summary(jsonl, ''), ['-:1 text', '-:2 bad-json'].map((s) => s.slice(1)));
  const html = await collect(['-'], { stdin: Readable.from([Buffer.from(`<html><body>${PARA}</body></html>`)]) });
  assert.deepEqual(summary(html, ''), ['- html'].map((s) => s.slice(1)));
  const forced = await collect(['-'], { inputFormat: 'text', stdin: Readable.from([Buffer.from(`<p>${PARA}</p>`)]) });
  assert.ok(forced[0]!.ok && forced[0]!.item.format === 'text');
});

test('should tell binary from text, UTF-16 with a BOM being text', () => {
  assert.equal(looksBinary(Buffer.from(PARA)), false);
  assert.equal(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PARA, 'utf16le')])), false);
  assert.equal(looksBinary(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), true);
  assert.equal(sniffFormat(Buffer.from('首页 > 新闻 <p>正文</p>')), 'html');
  assert.equal(sniffFormat(Buffer.from('首页 > 新闻 3<5')), 'text');
});

test('should stream a long JSONL stdin in many chunks, line by line', async () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `${PARA}${i}` }) + '\n').join('');
  const bytes = Buffer.from(lines);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) => bytes.subarray(i * 1000, (i + 1) * 1000));
  const items = await collect(['-'], { stdin: Readable.from(chunks) });
  assert.equal(items.length, 3000);
  assert.ok(items.every((r) => r.ok));
  const last = items[2999]!;
  assert.ok(last.ok && last.item.text === `${PARA}2999` && last.item.origin.line === 3000);
});

test('should refuse a stdin document over the size limit as too-large', async () => {
  const items = await collect(['-'], { maxBytes: 100, stdin: Readable.from([Buffer.from(PARA.repeat(20))]) });
  assert.deepEqual(items.map((r) => (r.ok ? 'ok' : r.error.code)), ['too-large']);
});

test('should read a 50 MB single text document as one item', async () => {
  const dir = join(root, 'huge');
  mkdirSync(dir);
  const file = join(dir, 'huge.txt');
  const chunk = Buffer.from((PARA + '\n').repeat(2000));
  const fd = openSync(file, 'w');
  for (let n = 0; n < 50 * 2 ** 20; n += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  const items = await collect([file]);
  assert.equal(items.length, 1);
  const r = items[0]!;
  assert.ok(r.ok && r.item.format === 'text' && r.item.bytes!.byteLength >= 50 * 2 ** 20);
});
