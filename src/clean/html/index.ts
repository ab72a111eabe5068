/**
 * clean/html: main-content extraction from an HTML page with a real parser.
 * Returns the kept text as edits against the HTML source, plus what the page says about itself.
 * (STUB until the html stage lands: strips tags naively.)
 */
import { EditBuilder, type PassResult } from '../../text/edits.ts';

export interface HtmlMeta {
  readonly title?: string;
  readonly published?: string;
  readonly charset?: string;
  readonly fields?: Readonly<Record<string, string>>;
}

export interface HtmlResult extends PassResult {
  readonly meta: HtmlMeta;
}

/** Extract the main content of an HTML page as text (edits against the HTML). */
export function extractHtml(html: string): HtmlResult {
  const b = new EditBuilder(html);
  const re = /<[^>]*>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) b.remove(m.index, m.index + m[0].length, 'html:tag');
  return { ...b.finish(), meta: {} };
}
