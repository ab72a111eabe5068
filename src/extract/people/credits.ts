/**
 * extract/people/credits: the reporter credits of a document (记者 甲 乙, 通讯员 丙), found once for the
 * stages that read them: regions (names inside a credit are no places) and people (the journalists).
 */
import type { ExtractContext } from '../types.ts';
import { CREDIT } from './lexicon.ts';
import { matchAllOf } from '../sticky.ts';

/** The CREDIT matches of each document context (a context is one document's, and its text never changes). */
const memo = new WeakMap<ExtractContext, readonly RegExpExecArray[]>();

/**
 * The matches of CREDIT in the context's text, in text order (`[...text.matchAll(CREDIT)]`), scanned once
 * per context. Callers only read them.
 */
export function creditMatches(ctx: ExtractContext): readonly RegExpExecArray[] {
  let matches = memo.get(ctx);
  if (matches === undefined) memo.set(ctx, (matches = matchAllOf(CREDIT, ctx.text)));
  return matches;
}
