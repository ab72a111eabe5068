/**
 * extract/quantities/table: the figures of a table flattened to lines, whose cells carry no unit of
 * their own — a header line of space-separated cells, one or more naming a column with its unit in
 * brackets, then one row a line:
 *
 *   排名 县市区 营业收入(亿元) 同比增长(%)
 *   1 寿光市 412.6 9.8
 *
 * A row's cells are read from the right against the header's (a row that lost its rank cell still
 * lines up); the table ends at the first line whose cells under a unit column are not numbers.
 */
import type { Span } from '../types.ts';
import { TABLE_HEADER_CELL, TABLE_NUMBER_CELL } from './lexicon.ts';
import { changeOfColumn } from './change.ts';

/**
 * One figure of a table cell: the column's name and unit, the cell's number and span. A column named by a
 * change (同比增长(%)) gives the change, and its metric is the nearest level column to its left (营业收入).
 */
export interface TableFigure {
  readonly metric: string | null;
  readonly change: string | null;
  readonly value: number;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  /** The row's line. */
  readonly row: Span;
}

interface Cell {
  readonly text: string;
  readonly start: number;
}

// A cell: a run of characters other than spaces (the clean text keeps single spaces between cells).
const CELL = /[^\s]+/g;
// Clause punctuation: a line holding it is prose, not a table line.
const PROSE = /[，,。；;！!？?]/;
/** Fewest cells of a header line (a label, a name and a figure column). */
const MIN_HEADER_CELLS = 3;

function cellsOf(line: string, offset: number): Cell[] {
  const out: Cell[] = [];
  for (const m of line.matchAll(CELL)) out.push({ text: m[0], start: offset + m.index });
  return out;
}

/** The figures of every flattened table of `text`, in text order; none when no header line names a unit. */
export function tableFigures(text: string): TableFigure[] {
  if (!text.includes('(') && !text.includes('（')) return [];
  const out: TableFigure[] = [];
  const lines: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    start = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!;
    const headText = text.slice(h.start, h.end);
    if (PROSE.test(headText)) continue;
    const header = cellsOf(headText, h.start);
    if (header.length < MIN_HEADER_CELLS) continue;
    const columns = header.map((c) => TABLE_HEADER_CELL.exec(c.text)?.groups ?? null);
    if (!columns.some(Boolean)) continue;
    const named = columnNames(columns.map((c) => c?.name ?? null));
    for (let j = i + 1; j < lines.length; j++) {
      const r = lines[j]!;
      const rowText = text.slice(r.start, r.end);
      const row = cellsOf(rowText, r.start);
      if (row.length < 2 || row.length > header.length || PROSE.test(rowText)) break;
      const figures: TableFigure[] = [];
      let ok = true;
      for (let k = 1; k <= row.length; k++) {
        const col = columns[header.length - k];
        if (!col) continue;
        const cell = row[row.length - k]!;
        const num = TABLE_NUMBER_CELL.exec(cell.text);
        if (!num) {
          ok = false;
          break;
        }
        const unit = col.unit!.replace('％', '%');
        const { metric, change } = named[header.length - k]!;
        figures.push({ metric, change, value: Number(num[0]), unit, start: cell.start, end: cell.start + num[0].length, row: r });
      }
      if (!ok || figures.length === 0) break;
      out.push(...figures.reverse());
      i = j;
    }
  }
  return out;
}

/** Metric and change of each unit column: a change column (同比增长) is about the nearest level column before it. */
function columnNames(names: readonly (string | null)[]): { metric: string | null; change: string | null }[] {
  let level: string | null = null;
  return names.map((name) => {
    if (name === null) return { metric: null, change: null };
    const change = changeOfColumn(name);
    if (change === null) level = name;
    return change === null ? { metric: name, change: null } : { metric: level, change };
  });
}
