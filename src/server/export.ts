/** Lists as CSV (RFC 4180) or JSONL: any list endpoint answers `?format=csv|jsonl` through these. */

/** One CSV field: quoted when it holds a comma, quote or line break; nested values as JSON. */
function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  // Cells starting with = + - @ are formulas to spreadsheets (CSV injection, OWASP): prefix a quote.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows → CSV with a header of every key seen, in first-seen order, CRLF line ends.
 * @example toCsv([{ a: 1, b: 'x,y' }]) // 'a,b\r\n1,"x,y"\r\n'
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const keys: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
  const lines = [keys.map(csvField).join(',')];
  for (const r of rows) lines.push(keys.map((k) => csvField(r[k])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Rows → one JSON object per line. */
export function toJsonl(rows: readonly unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}
