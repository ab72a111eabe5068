/**
 * Text with spans marked: the text is cut at every span boundary and each piece rendered as a
 * React text node (never as HTML), styled by the innermost span covering it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** A span to mark. */
export interface MarkSpan {
  start: number;
  end: number;
  className: string;
  title?: string;
  /** Render as <del> (struck through) instead of <mark>. */
  del?: boolean;
  testId?: string;
}

/** Props of Spans. */
export interface SpansProps {
  text: string;
  spans: readonly MarkSpan[];
  /** A range to outline and scroll into view. */
  focus?: { start: number; end: number } | null;
  convert?: (s: string) => string;
}

/** Render text with marked spans. */
export function Spans({ text, spans, focus, convert = (s) => s }: SpansProps) {
  const focusRef = useRef<HTMLElement>(null);
  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: 'center' });
  }, [focus?.start, focus?.end]);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  if (focus) cuts.add(Math.max(0, focus.start)).add(Math.min(text.length, focus.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  let focusPlaced = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a >= b) continue;
    const piece = convert(text.slice(a, b));
    // Innermost span: the shortest one covering [a, b).
    let inner: MarkSpan | null = null;
    for (const s of valid) if (s.start <= a && s.end >= b && (!inner || s.end - s.start < inner.end - inner.start)) inner = s;
    let node: ReactNode = piece;
    if (inner) {
      const Tag = inner.del ? 'del' : 'mark';
      node = <Tag className={inner.className} title={inner.title} data-testid={inner.testId}>{piece}</Tag>;
    }
    if (focus && a >= focus.start && b <= focus.end) {
      node = (
        <span className="focus" data-testid="focus" ref={focusPlaced ? undefined : (focusRef as any)}>{node}</span>
      );
      focusPlaced = true;
    }
    out.push(<span key={a}>{node}</span>);
  }
  return <div className="text-block">{out}</div>;
}
