/** Which elements are never content, and why: by tag name, then by class/id hints. */
import type { Element } from 'domhandler';
import { BOILERPLATE_HINTS, BOILERPLATE_TAGS, INVISIBLE_TAGS } from './constants.ts';

/** An inline style that hides the element (`display:none`, `visibility:hidden`): SEO stuffing, templates. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Splits class and id values into hint tokens. */
const TOKEN_SPLIT = /[\s_\-]+/;

/** Reason an element's subtree is invisible (`html:script`, `html:style`, …), or undefined. */
export function invisibleReason(el: Element): string | undefined {
  return INVISIBLE_TAGS.has(el.name) ? `html:${el.name}` : undefined;
}

/**
 * Reason an element is a non-content block (`html:nav`, `html:share`, …), or undefined.
 * `<header>` inside `<article>` holds the article's own title and is kept.
 */
export function boilerplateReason(el: Element): string | undefined {
  const byTag = BOILERPLATE_TAGS[el.name];
  if (byTag && !(el.name === 'header' && insideArticle(el))) return byTag;
  const attrs = el.attribs;
  if ('hidden' in attrs || (attrs['style'] !== undefined && HIDDEN_STYLE.test(attrs['style']))) return 'html:hidden';
  const hint = `${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`.toLowerCase().trim();
  if (hint === '') return undefined;
  for (const token of hint.split(TOKEN_SPLIT)) {
    if (token === '') continue;
    for (const h of BOILERPLATE_HINTS) if (h.token.test(token)) return h.reason;
  }
  return undefined;
}

function insideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'article') return true;
  return false;
}
