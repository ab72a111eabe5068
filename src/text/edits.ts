/**
 * Edits and offset maps: the provenance backbone of every text pass.
 *
 * A pass never rewrites text silently. It returns the kept text plus the list of
 * edits it made against its own input (`{start, end, replacement, reason}`), and
 * `TextTrace` composes the passes so that any span of the final clean text maps
 * back to the original (decoded) text, and every removal is reported in original
 * coordinates with the rule that made it.
 *
 * Offsets are UTF-16 code-unit indexes (JavaScript string indexes) everywhere.
 */

/** One change a pass makes to its input: replace `[start, end)` with `replacement` ('' = removal). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  /** Rule id, e.g. `pinyin-annotation`, `jammer`, `boilerplate:share-bar`. */
  readonly reason: string;
}

/** Something a pass noticed and could not (or chose not to) fix. Spans are in the pass input. */
export interface Finding {
  readonly rule: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

/** What every text pass returns. */
export interface PassResult {
  readonly text: string;
  readonly edits: readonly Edit[];
  readonly findings?: readonly Finding[];
}

/** A removal or replacement in original coordinates, as stored and shown to users. */
export interface Removal {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
  /** The pipeline stage that made it (`html`, `noise`, `normalize`, `structure`). */
  readonly stage: string;
  /** The original text of the span. */
  readonly text: string;
  /** What replaced it, when it was a replacement rather than a removal. */
  readonly replacement?: string;
}

/** Finding in original coordinates. */
export interface Warning {
  readonly rule: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
  readonly stage?: string;
}

/**
 * Collects edits for one pass and builds its result.
 * @example
 *   const b = new EditBuilder(input);
 *   b.remove(3, 7, 'jammer');
 *   return b.finish();
 */
export class EditBuilder {
  private readonly edits: Edit[] = [];
  private readonly findings: Finding[] = [];
  constructor(private readonly input: string) {}

  /** Remove `[start, end)` for `reason`. Empty spans are ignored. */
  remove(start: number, end: number, reason: string): this {
    if (end > start) this.edits.push({ start, end, replacement: '', reason });
    return this;
  }

  /** Replace `[start, end)` by `replacement` for `reason`. No-op replacements are ignored. */
  replace(start: number, end: number, replacement: string, reason: string): this {
    if (end === start && replacement === '') return this;
    if (this.input.slice(start, end) === replacement) return this;
    this.edits.push({ start, end, replacement, reason });
    return this;
  }

  /** Record a finding (span in this pass's input). */
  note(finding: Finding): this {
    this.findings.push(finding);
    return this;
  }

  /** Number of edits collected so far. */
  get size(): number {
    return this.edits.length;
  }

  /** Apply the edits (overlaps are resolved: the earlier-starting, then longer, edit wins). */
  finish(): PassResult {
    return applyEdits(this.input, this.edits, this.findings);
  }
}

/**
 * Apply edits to `input`. Edits are sorted; an edit overlapping an earlier kept one is dropped.
 * @returns the new text, the edits actually applied (sorted), and the findings passed through.
 */
export function applyEdits(input: string, edits: readonly Edit[], findings: readonly Finding[] = []): PassResult {
  if (edits.length === 0) return { text: input, edits: [], findings };
  const sorted = inApplyOrder(edits) ? edits : [...edits].sort(applyOrder);
  const kept: Edit[] = [];
  // Concatenated rather than joined from an array of parts: V8 builds the pieces into one rope and
  // flattens it once, when the next pass reads it (~25 % less CPU over the pipeline's 742k edits per 8 MB).
  let text = '';
  let cursor = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.start < cursor || e.start < 0 || e.end > input.length || e.end < e.start) continue;
    text += input.slice(cursor, e.start) + e.replacement;
    cursor = e.end;
    kept.push(e);
  }
  text += input.slice(cursor);
  return { text, edits: kept, findings };
}

/** The order edits are applied in: by start, then the longer first. */
function applyOrder(a: Edit, b: Edit): number {
  return a.start - b.start || b.end - a.end;
}

/** Whether `edits` are already in `applyOrder` (then a stable sort would leave them as they are). */
function inApplyOrder(edits: readonly Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (applyOrder(edits[i - 1], edits[i]) > 0) return false;
  return true;
}

/**
 * Most segments an OffsetMap makes its array for at once (`new Array(n)` of more elements than V8's fast
 * limit makes a slow dictionary array); a map with more grows its array by push.
 */
const MAX_PREALLOCATED = 10_000;

/**
 * Maps positions in a pass's output back to its input.
 * Built from the sorted, non-overlapping edits of one pass.
 */
export class OffsetMap {
  // Segments of non-empty output, four numbers each: [outStart, exact, inStart, inEnd]: the output from
  // outStart to the next segment's outStart came from [inStart, inEnd). exact = 1: copied unchanged
  // (position-by-position), 0: a replacement (maps to its whole input span). A plain array of small
  // integers, not a typed array: a document makes one map per pass, and an ArrayBuffer per map (off-heap
  // backing store, zero-filled) cost more to allocate than the whole lookup work (~3 % of the clean path).
  private readonly segments: number[];
  private readonly count: number;
  // The segment the last lookup found: passes map their edits in text order, so the next answer is
  // usually this segment or one just after it (a hint only; every answer is the binary search's).
  private hint = 0;
  readonly outLength: number;
  readonly inLength: number;

  constructor(inputLength: number, edits: readonly Edit[]) {
    // Counted first, so that the array is made at its size: grown by push, it left about twice its
    // size as garbage (the largest allocation of the clean path).
    let count = 0;
    let inPos = 0;
    for (const e of edits) {
      if (e.start > inPos) count++;
      if (e.replacement.length > 0) count++;
      inPos = e.end;
    }
    if (inputLength > inPos) count++;
    const seg: number[] = count <= MAX_PREALLOCATED ? new Array<number>(4 * count) : [];
    let n = 0;
    inPos = 0;
    let outPos = 0;
    for (const e of edits) {
      const kept = e.start - inPos;
      if (kept > 0) {
        seg[n++] = outPos;
        seg[n++] = 1;
        seg[n++] = inPos;
        seg[n++] = e.start;
        outPos += kept;
      }
      const added = e.replacement.length;
      if (added > 0) {
        seg[n++] = outPos;
        seg[n++] = 0;
        seg[n++] = e.start;
        seg[n++] = e.end;
        outPos += added;
      }
      inPos = e.end;
    }
    const rest = inputLength - inPos;
    if (rest > 0) {
      seg[n++] = outPos;
      seg[n++] = 1;
      seg[n++] = inPos;
      seg[n++] = inputLength;
      outPos += rest;
    }
    this.segments = seg;
    this.count = count;
    this.outLength = outPos;
    this.inLength = inputLength;
  }

  /** Map an output position that starts a span to the input. */
  start(pos: number): number {
    if (pos >= this.outLength) return this.inLength;
    if (pos <= 0 && this.count === 0) return 0;
    const i = this.find(pos, false);
    const seg = this.segments;
    return seg[4 * i + 1] ? seg[4 * i + 2] + (pos - seg[4 * i]) : seg[4 * i + 2];
  }

  /** Map an output position that ends a span to the input. */
  end(pos: number): number {
    if (pos <= 0) return this.count ? this.segments[2] : 0;
    if (pos > this.outLength) return this.inLength;
    const i = this.find(pos, true);
    const seg = this.segments;
    return seg[4 * i + 1] ? seg[4 * i + 2] + (pos - seg[4 * i]) : seg[4 * i + 3];
  }

  // For a start, the last segment with outStart <= pos; for an end, the last with outStart < pos
  // (0 when there is none). Tried first at the hint and the segment after it, else by binary search.
  private find(pos: number, isEnd: boolean): number {
    const seg = this.segments;
    const last = this.count - 1;
    const h = this.hint;
    if (h <= last && (isEnd ? seg[4 * h] < pos : seg[4 * h] <= pos)) {
      if (h === last || !(isEnd ? seg[4 * h + 4] < pos : seg[4 * h + 4] <= pos)) return h;
      if (h + 1 === last || !(isEnd ? seg[4 * h + 8] < pos : seg[4 * h + 8] <= pos)) return (this.hint = h + 1);
    }
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const s = seg[4 * mid];
      if (isEnd ? s < pos : s <= pos) lo = mid;
      else hi = mid - 1;
    }
    return (this.hint = lo);
  }
}

/**
 * The running state of a text through the passes: current text, composed offset maps,
 * removals and warnings in original coordinates.
 */
export class TextTrace {
  text: string;
  private readonly maps: OffsetMap[] = [];
  readonly removals: Removal[] = [];
  // The edits of the last pass with edits, until its OffsetMap is built (by `offsetMaps`).
  private pending: { readonly inputLength: number; readonly edits: readonly Edit[] } | undefined;
  // Index in `removals` where each applied pass's removals begin (one run per pass with edits).
  private readonly runStarts: number[] = [];
  readonly warnings: Warning[] = [];

  constructor(readonly original: string) {
    this.text = original;
  }

  /** Fold one pass result in: record its edits and findings in original coordinates, advance the text. */
  apply(result: PassResult, stage: string): this {
    const edits = result.edits;
    const n = edits.length;
    if (n > 0) {
      // All edits of the pass are mapped map by map (each map walks them in text order, so its hint
      // answers almost every lookup), the same steps `toOriginal` takes for each edit.
      const [starts, ends] = scratch(n);
      for (let i = 0; i < n; i++) {
        starts[i] = edits[i].start;
        ends[i] = edits[i].end;
      }
      const maps = this.offsetMaps();
      for (let m = maps.length - 1; m >= 0; m--) mapSpans(maps[m], starts, ends, n);
      const removals = this.removals;
      this.runStarts.push(removals.length);
      for (let i = 0; i < n; i++) {
        const e = edits[i];
        const s = starts[i];
        const t = ends[i];
        const removal: Removal = e.replacement
          ? { start: s, end: t, reason: e.reason, stage, text: this.original.slice(s, t), replacement: e.replacement }
          : { start: s, end: t, reason: e.reason, stage, text: this.original.slice(s, t) };
        removals.push(removal);
      }
    }
    for (const f of result.findings ?? []) {
      if (f.start !== undefined && f.end !== undefined) {
        const [s, t] = this.toOriginal(f.start, f.end);
        this.warnings.push({ rule: f.rule, message: f.message, start: s, end: t, stage });
      } else {
        this.warnings.push({ rule: f.rule, message: f.message, stage });
      }
    }
    // The map of this pass is built when a later lookup needs it (the last pass's never is).
    if (n > 0) this.pending = { inputLength: this.text.length, edits };
    this.text = result.text;
    return this;
  }

  /** Run a pass on the current text and fold its result in. */
  run(stage: string, pass: (text: string) => PassResult): this {
    return this.apply(pass(this.text), stage);
  }

  /** One OffsetMap per pass with edits, in pass order (the pending one built now). */
  private offsetMaps(): OffsetMap[] {
    if (this.pending) {
      this.maps.push(new OffsetMap(this.pending.inputLength, this.pending.edits));
      this.pending = undefined;
    }
    return this.maps;
  }

  /** Map a span of the current text back to the original text. */
  toOriginal(start: number, end: number): [number, number] {
    let s = start;
    let e = end;
    const maps = this.offsetMaps();
    for (let i = maps.length - 1; i >= 0; i--) {
      const m = maps[i];
      const ns = m.start(s);
      const ne = e === s ? ns : m.end(e);
      s = ns;
      e = Math.max(ne, ns);
    }
    return [s, e];
  }

  /** Removals sorted by original position (start, then end; equal spans keep the order they were made in). */
  sortedRemovals(): Removal[] {
    return sortRuns(this.removals, this.runStarts);
  }
}

/**
 * Map spans `[starts[i], ends[i])`, i < n, from a map's output to its input in place: for each, exactly
 * what one step of `TextTrace.toOriginal` does.
 */
function mapSpans(map: OffsetMap, starts: Int32Array, ends: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const s = starts[i];
    const e = ends[i];
    const ns = map.start(s);
    const ne = e === s ? ns : map.end(e);
    starts[i] = ns;
    ends[i] = ne > ns ? ne : ns;
  }
}

// Reused buffers of mapped span starts and ends (a pass's edits; grown on need).
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);
function scratch(n: number): [Int32Array, Int32Array] {
  if (scratchStarts.length < n) {
    const size = Math.max(n, 2 * scratchStarts.length);
    scratchStarts = new Int32Array(size);
    scratchEnds = new Int32Array(size);
  }
  return [scratchStarts, scratchEnds];
}

/** Order of removals: by start, then end. */
function byPosition(a: Removal, b: Removal): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * `removals` stably sorted `byPosition`, given that `runStarts` splits them into runs (one per pass).
 * A pass's edits are in text order and offset maps never reorder positions, so each run is almost
 * always sorted already: then the runs are merged pairwise (the left run first on ties, as a stable
 * sort keeps them); else it is a plain stable sort. A new array either way.
 */
function sortRuns(removals: readonly Removal[], runStarts: readonly number[]): Removal[] {
  const n = removals.length;
  const bounds = [...runStarts, n];
  for (let r = 0; r + 1 < bounds.length; r++) {
    for (let i = bounds[r] + 1; i < bounds[r + 1]; i++) {
      if (byPosition(removals[i - 1], removals[i]) > 0) return [...removals].sort(byPosition);
    }
  }
  let src: Removal[] = removals.slice();
  if (bounds.length <= 2) return src;
  let dst: Removal[] = new Array<Removal>(n);
  let runs = bounds;
  while (runs.length > 2) {
    const next: number[] = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const lo = runs[r];
      const mid = runs[r + 1];
      const hi = r + 2 < runs.length ? runs[r + 2] : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = src[i];
        const b = src[j];
        // Take from the right run only when it is strictly before: ties keep the left (earlier) one.
        if (b.start < a.start || (b.start === a.start && b.end < a.end)) {
          dst[k++] = b;
          j++;
        } else {
          dst[k++] = a;
          i++;
        }
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
      next.push(hi);
    }
    if (next[next.length - 1] !== n) next.push(n);
    runs = next;
    [src, dst] = [dst, src];
  }
  return src;
}

/** A line of a text with its span (the span excludes the line break). */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Split text into lines with their spans; `\r\n`, `\n` and `\r` are breaks. */
export function lineSpans(text: string): LineSpan[] {
  const out: LineSpan[] = [];
  let start = 0;
  // A code-unit scan, not a global regex (`/\r\n|\n|\r/g`): exec's match arrays cost ~2 % of the clean path.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    out.push({ start, end: i, text: text.slice(start, i) });
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}
