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
  const cls = attrs['class'];
  const id = attrs['id'];
  if (cls === undefined && id === undefined) return undefined;
  return hintReason(`${cls ?? ''} ${id ?? ''}`);
}

// Reasons of class/id values already seen: pages of one site repeat the same few values, so each
// is split and matched against BOILERPLATE_HINTS once. Cleared when full, to bound its memory.
const hintReasons = new Map<string, string | null>();
const MAX_HINT_REASONS = 10_000;

/** Reason a `class id` value marks a non-content block, or undefined. */
function hintReason(classAndId: string): string | undefined {
  const known = hintReasons.get(classAndId);
  if (known !== undefined) return known ?? undefined;
  let reason: string | null = null;
  const hint = classAndId.toLowerCase().trim();
  if (hint !== '') {
    outer: for (const token of hint.split(TOKEN_SPLIT)) {
      if (token === '') continue;
      for (const h of BOILERPLATE_HINTS) {
        if (h.token.test(token)) {
          reason = h.reason;
          break outer;
        }
      }
    }
  }
  if (hintReasons.size >= MAX_HINT_REASONS) hintReasons.clear();
  hintReasons.set(classAndId, reason);
  return reason ?? undefined;
}

function insideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'article') return true;
  return false;
}
