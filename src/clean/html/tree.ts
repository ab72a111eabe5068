/**
 * Iterative tree helpers. Old CMS pages leave thousands of `<font>`/`<div>` tags unclosed, so the
 * parsed tree can nest deeper than the call stack: nothing here recurses.
 */
import type { AnyNode, Element } from 'domhandler';
import { isJsSpace } from '../../text/space.ts';

/** Every element under `root` (not `root` itself) in document order. */
export function collectElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== root && (n.type === 'tag' || n.type === 'script' || n.type === 'style')) out.push(n as Element);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** Concatenated text of all text nodes under `root`, in document order. */
export function textOf(root: AnyNode): string {
  let s = '';
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') s += n.data;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return s;
}

/**
 * Count of non-whitespace code units (regex `\s` aside) in the text under `root`, without building
 * the text; counting stops past `max` (the result is then `max + 1`).
 */
export function nonSpaceLength(root: AnyNode, max: number): number {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const s = node.data;
      for (let i = 0; i < s.length; i++) if (!isJsSpace(s.charCodeAt(i)) && ++n > max) return n;
    } else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return n;
}

/** Share of the (trimmed) text under `root` that sits inside `<a>` links; 0 when there is no text. */
export function linkShare(root: AnyNode): number {
  let all = 0;
  let linked = 0;
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length) {
    const [n, inLink] = stack.pop()!;
    if (n.type === 'text') {
      const len = n.data.trim().length;
      all += len;
      if (inLink) linked += len;
    } else if ('children' in n) {
      const link = inLink || (n as Element).name === 'a';
      for (const c of n.children) stack.push([c, link]);
    }
  }
  return all === 0 ? 0 : linked / all;
}
