/**
 * corpus/formats: how a noisy document is written out — plain text in UTF-8, GBK, GB18030 or Big5,
 * an HTML page from one of a few CMS-like templates, a JSONL record, or a WARC response record.
 * Everything is deterministic: no clocks, ids derived from content.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { PageMeta } from './boilerplate.ts';
import type { Rng } from './prng.ts';

/** Text encodings the generator writes. Big5 only for Traditional text. */
export type TextEncoding = 'utf-8' | 'gbk' | 'gb18030' | 'big5';

/** Encode text; characters the encoding lacks become `?` (as a careless converter would). */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding);
}

/** Decode bytes written by `encodeText`. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return encoding === 'utf-8' ? Buffer.from(bytes).toString('utf8') : iconv.decode(Buffer.from(bytes), encoding);
}

function escapeHtml(s: string): string {
  return s.replace(/&(?![a-z]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The CMS-like page templates. */
export const HTML_TEMPLATES = ['portal', 'newspaper', 'aggregator'] as const;
export type HtmlTemplate = (typeof HTML_TEMPLATES)[number];

/** What an HTML page is made of. */
export interface HtmlParts {
  readonly headline: string;
  /** Body lines (noisy text), one paragraph each. */
  readonly lines: readonly string[];
  readonly page: PageMeta;
  /** Related-article headlines for the sidebar. */
  readonly related: readonly string[];
}

function metaCharset(charset: string, rng: Rng): string {
  return rng.chance(0.5)
    ? `<meta charset="${charset}">`
    : `<meta http-equiv="Content-Type" content="text/html; charset=${charset === 'gbk' ? 'gb2312' : charset}">`;
}

/**
 * Render an HTML page. Paragraph text is HTML-escaped except for entity remnants already in it
 * (`&nbsp;`), so stray `</b>` remnants show as text, as on the crawled pages.
 */
export function renderHtml(parts: HtmlParts, template: HtmlTemplate, charset: 'utf-8' | 'gbk', rng: Rng): string {
  const { headline, lines, page, related } = parts;
  const title = escapeHtml(headline);
  const site = page.outlet ?? '政务门户';
  const date = page.published ? page.published.slice(0, 16).replace('T', ' ') : '';
  const paras = lines.filter((l) => l.trim() !== '').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const rel = related.map((r, i) => `<li><a href="/news/${1000 + i}.html">${escapeHtml(r)}</a></li>`).join('');
  const head = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${metaCharset(charset, rng)}\n<title>${title}_${escapeHtml(site)}</title>\n${
    page.published ? `<meta name="publishdate" content="${page.published}">\n` : ''
  }<link rel="stylesheet" href="/static/css/main.css">\n<script>var _hmt = _hmt || [];</script>\n</head>\n`;
  const nav = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/economy/">经济</a></li><li><a href="/gov/">政务</a></li></ul>';
  const share = '<div class="share">分享到:<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>';
  const footer = `<div class="footer">版权所有 ${escapeHtml(site)} 备案号:京ICP备${rng.int(10000000, 99999999)}号 违法和不良信息举报电话:0${rng.int(10, 999)}-${rng.int(20000000, 89999999)}</div>`;
  switch (template) {
    case 'portal':
      return `${head}<body>\n<div class="top">${nav}</div>\n<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>\n<div class="article">\n<h1>${title}</h1>\n<div class="info">${date ? `发布时间:${date} ` : ''}来源:${escapeHtml(site)} 浏览次数:${rng.int(10, 5000)}</div>\n<div class="content" id="zoom">\n${paras}\n</div>\n${share}\n</div>\n<div class="related"><h3>相关新闻</h3><ul>${rel}</ul></div>\n${footer}\n</body>\n</html>\n`;
    case 'newspaper':
      return `${head}<body>\n<header><div class="logo">${escapeHtml(site)}</div>${nav}</header>\n<main>\n<article>\n<h2 class="title">${title}</h2>\n${date ? `<div class="pubtime">${date}</div>\n` : ''}<div class="TRS_Editor">\n${paras}\n</div>\n</article>\n<aside><h4>热点推荐</h4><ol>${rel}</ol></aside>\n</main>\n${share}\n<div class="comment">网友评论 <span>0</span>评论</div>\n<footer>${footer}</footer>\n</body>\n</html>\n`;
    case 'aggregator':
      return `${head}<body>\n<div id="header">${nav}<form class="search"><input name="q"></form></div>\n<div id="main"><div class="left">\n<div class="title"><h1>${title}</h1></div>\n<div class="source">${date ? `${date} ` : ''}${escapeHtml(site)}</div>\n<div class="text">\n${paras}\n</div>\n<div class="statement">声明:本站内容来源于网络,仅供参考。</div>\n</div>\n<div class="right"><div class="box"><h3>猜你喜欢</h3><ul>${rel}</ul></div><div class="ad">广告 招商热线 400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</div></div></div>\n${footer}\n</body>\n</html>\n`;
  }
}

/** One JSONL record (the readers' shape: `text` or `html`, with url, title, published). */
export function jsonlRecord(fields: {
  text?: string;
  html?: string;
  url?: string | null;
  title?: string | null;
  published?: string | null;
}): string {
  const rec: Record<string, string> = {};
  for (const k of ['url', 'title', 'published', 'text', 'html'] as const) {
    const v = fields[k];
    if (v !== undefined && v !== null) rec[k] = v;
  }
  return JSON.stringify(rec);
}

/** A deterministic urn:uuid from content (WARC-Record-ID). */
function recordId(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

function warcRecord(headers: Record<string, string>, block: Buffer): Buffer {
  const head = ['WARC/1.0', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'utf8'), block, Buffer.from('\r\n\r\n')]);
}

/** One page to put in a WARC file. */
export interface WarcPage {
  readonly url: string;
  readonly published: string | null;
  /** The HTTP body bytes. */
  readonly body: Uint8Array;
  /** HTTP Content-Type, e.g. `text/html; charset=gbk`. */
  readonly contentType: string;
}

/**
 * A gzipped WARC 1.0 file (ISO 28500): a warcinfo record, then one response record per page,
 * each record its own gzip member (as crawlers write them).
 */
export function warcGz(pages: readonly WarcPage[], filename: string): Uint8Array {
  const date = (p: WarcPage) => (p.published ? new Date(p.published).toISOString().replace(/\.000Z$/, 'Z') : '2024-01-01T00:00:00Z');
  const info = Buffer.from('software: cluster-atlas corpus builder\r\nformat: WARC File Format 1.0\r\n', 'utf8');
  const members: Buffer[] = [
    gzipSync(
      warcRecord(
        { 'WARC-Type': 'warcinfo', 'WARC-Date': '2024-01-01T00:00:00Z', 'WARC-Filename': filename, 'WARC-Record-ID': recordId(filename), 'Content-Type': 'application/warc-fields' },
        info,
      ),
    ),
  ];
  for (const p of pages) {
    const http = Buffer.concat([
      Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${p.contentType}\r\nContent-Length: ${p.body.length}\r\nServer: nginx\r\n\r\n`, 'latin1'),
      Buffer.from(p.body),
    ]);
    members.push(
      gzipSync(
        warcRecord(
          {
            'WARC-Type': 'response',
            'WARC-Target-URI': p.url,
            'WARC-Date': date(p),
            'WARC-Record-ID': recordId(p.url),
            'Content-Type': 'application/http; msgtype=response',
          },
          http,
        ),
      ),
    );
  }
  return Buffer.concat(members);
}
