/**
 * corpus/demo: the committed demo corpus (`corpus/demo/`), built from the clean documents. Each document
 * goes, in a fixed rotation, to one output form — plain text in UTF-8, GBK, GB18030 or Big5, an HTML page
 * (UTF-8 or GBK), a record of the JSONL file, or a record of the WARC file — with its own noise plan drawn
 * from a generator seeded by its slug. The manifest says where each document went and which noise it got.
 */
import { makeNoisyDocument, drawPlan, forBig5, type NoiseKind } from './document.ts';
import { renderHtml, encodeText, jsonlRecord, warcGz, HTML_TEMPLATES, type TextEncoding, type WarcPage } from './formats.ts';
import { DEFAULT_BOILERPLATE, NO_BOILERPLATE } from './boilerplate.ts';
import { createRng, type Rng } from './prng.ts';
import type { CleanDocument } from './source.ts';

/** The default seed of the demo corpus. */
export const DEMO_SEED = 'cluster-atlas-demo-1';

/** One entry of `MANIFEST.json`. */
export interface ManifestEntry {
  readonly file: string;
  /** 1-based line in a JSONL file, or 1-based response record in a WARC file. */
  readonly record?: number;
  readonly source: string;
  readonly format: 'txt' | 'html' | 'jsonl' | 'warc';
  readonly encoding: TextEncoding;
  readonly template?: string;
  readonly noise: readonly NoiseKind[];
}

/** The demo corpus: file name → bytes, plus the manifest. */
export interface DemoCorpus {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly manifest: readonly ManifestEntry[];
}

type Slot =
  | { kind: 'txt'; encoding: TextEncoding }
  | { kind: 'html'; encoding: 'utf-8' | 'gbk' }
  | { kind: 'jsonl' }
  | { kind: 'warc' };

// The rotation: document i takes slot i mod 8.
const ROTATION: readonly Slot[] = [
  { kind: 'txt', encoding: 'utf-8' },
  { kind: 'txt', encoding: 'gbk' },
  { kind: 'html', encoding: 'utf-8' },
  { kind: 'txt', encoding: 'gb18030' },
  { kind: 'txt', encoding: 'big5' },
  { kind: 'html', encoding: 'gbk' },
  { kind: 'jsonl' },
  { kind: 'warc' },
];

// Related-article headlines for HTML sidebars (market reports; never part of the story).
function sidebar(rng: Rng): string[] {
  const topics = ['工业母机', '合成生物', '固态电池', '商业航天', '算力网络', '智能穿戴'];
  return topics.filter(() => rng.chance(0.6)).map((t) => `${t}产业迎来新机遇 市场规模有望突破${rng.int(100, 9000)}亿元`);
}

/** An HTML page for a document: template furniture instead of inline boilerplate. */
function htmlPage(doc: CleanDocument, rng: Rng, charset: 'utf-8' | 'gbk'): { html: string; noise: NoiseKind[]; template: string } {
  const plan = drawPlan(rng);
  const lead = { ...NO_BOILERPLATE, 'lead-duplicate': DEFAULT_BOILERPLATE['lead-duplicate'] };
  const noisy = makeNoisyDocument(doc.text, doc.annotation.page, { ...plan, boilerplate: lead }, rng);
  const [headline = '', ...lines] = noisy.text.split('\n');
  const template = rng.pick(HTML_TEMPLATES);
  const html = renderHtml({ headline, lines, page: doc.annotation.page, related: sidebar(rng) }, template, charset, rng);
  return { html, noise: [...noisy.kinds], template };
}

/**
 * Build the demo corpus in memory.
 * @param docs clean documents (in order)
 * @param seed generator seed; each document's generator is derived from it and the slug
 * @example buildDemo(loadCleanCorpus()).files.size
 */
export function buildDemo(docs: readonly CleanDocument[], seed: string = DEMO_SEED): DemoCorpus {
  const files = new Map<string, Uint8Array>();
  const manifest: ManifestEntry[] = [];
  const jsonl: string[] = [];
  const warc: WarcPage[] = [];
  docs.forEach((doc, i) => {
    const slot = ROTATION[i % ROTATION.length]!;
    const rng = createRng(`${seed}/${doc.slug}`);
    const page = doc.annotation.page;
    switch (slot.kind) {
      case 'txt': {
        const plan = drawPlan(rng, slot.encoding === 'big5' ? true : undefined);
        const noisy = makeNoisyDocument(doc.text, page, slot.encoding === 'big5' ? forBig5(plan) : plan, rng);
        const file = `${doc.slug}.${slot.encoding === 'utf-8' ? 'utf8' : slot.encoding}.txt`;
        files.set(file, encodeText(noisy.text, slot.encoding));
        manifest.push({ file, source: doc.slug, format: 'txt', encoding: slot.encoding, noise: noisy.kinds });
        break;
      }
      case 'html': {
        const { html, noise, template } = htmlPage(doc, rng, slot.encoding);
        const file = `${doc.slug}.html`;
        files.set(file, encodeText(html, slot.encoding));
        manifest.push({ file, source: doc.slug, format: 'html', encoding: slot.encoding, template, noise });
        break;
      }
      case 'jsonl': {
        if (rng.chance(0.5)) {
          const { html, noise, template } = htmlPage(doc, rng, 'utf-8');
          jsonl.push(jsonlRecord({ html, url: page.url, published: page.published }));
          manifest.push({ file: 'bundle.jsonl', record: jsonl.length, source: doc.slug, format: 'jsonl', encoding: 'utf-8', template, noise });
        } else {
          const noisy = makeNoisyDocument(doc.text, page, drawPlan(rng), rng);
          jsonl.push(jsonlRecord({ text: noisy.text, url: page.url, title: rng.chance(0.5) ? doc.headline : null, published: page.published }));
          manifest.push({ file: 'bundle.jsonl', record: jsonl.length, source: doc.slug, format: 'jsonl', encoding: 'utf-8', noise: noisy.kinds });
        }
        break;
      }
      case 'warc': {
        const charset = rng.chance(0.5) ? 'gbk' : 'utf-8';
        const { html, noise, template } = htmlPage(doc, rng, charset);
        warc.push({ url: page.url ?? `https://example.org/${doc.slug}.html`, published: page.published, body: encodeText(html, charset), contentType: `text/html; charset=${charset}` });
        manifest.push({ file: 'crawl.warc.gz', record: warc.length, source: doc.slug, format: 'warc', encoding: charset, template, noise });
        break;
      }
    }
  });
  if (jsonl.length > 0) files.set('bundle.jsonl', Buffer.from(jsonl.join('\n') + '\n', 'utf8'));
  if (warc.length > 0) files.set('crawl.warc.gz', warcGz(warc, 'crawl.warc.gz'));
  return { files, manifest };
}
