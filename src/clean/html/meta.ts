/** What a page says about itself: `<title>`, meta tags (publishing time, source, keywords), charset. */
import type { Element } from 'domhandler';
import { textOf } from './tree.ts';
import { FIELD_META, PUBLISHED_META, TITLE_SEPARATOR } from './constants.ts';

/** Meta information read from the page head. */
export interface PageMeta {
  /** The `<title>` element, when present. */
  readonly titleElement?: Element;
  /** The `<title>` text with the site name cut off (the part before `_`, `-`, `|`). */
  readonly titleMain?: string;
  readonly published?: string;
  readonly charset?: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** Collapse runs of whitespace and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The article part of a `<title>`: the longest piece between site-name separators (usually the first). */
export function titleMainPart(title: string): string {
  const parts = squash(title).split(TITLE_SEPARATOR).filter((p) => p !== '');
  let best = parts[0] ?? '';
  for (const p of parts) if (p.length > best.length * 1.5) best = p;
  return best;
}

/**
 * Read the title, publishing time, charset and useful meta fields of a parsed page.
 * @param all the page's elements in document order
 * @returns the page meta; fields absent from the page are left out
 */
export function readPageMeta(all: readonly Element[]): PageMeta {
  const fields: Record<string, string> = {};
  let published: string | undefined;
  let charset: string | undefined;
  for (const el of all) {
    if (el.name !== 'meta') continue;
    const a = el.attribs;
    if (a['charset']) charset ??= a['charset'].trim();
    const key = (a['name'] ?? a['property'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').toLowerCase().trim();
    const content = squash(a['content'] ?? '');
    if (!key || !content) continue;
    if (key === 'content-type') charset ??= /charset\s*=\s*([\w\-:.]+)/i.exec(content)?.[1];
    else if (PUBLISHED_META.includes(key)) published ??= content;
    else {
      const field = FIELD_META[key];
      if (field && fields[field] === undefined) fields[field] = content;
    }
  }
  const titleElement = all.find((e) => e.name === 'title');
  const titleText = titleElement ? squash(textOf(titleElement)) : '';
  return {
    ...(titleElement ? { titleElement } : {}),
    ...(titleText ? { titleMain: titleMainPart(titleText) } : {}),
    ...(published ? { published } : {}),
    ...(charset ? { charset } : {}),
    fields,
  };
}
