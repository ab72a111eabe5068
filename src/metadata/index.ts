/**
 * metadata/: title, outlet, reporters, published, dateline (the story's date resolved against
 * `published`; `--MM-DD` when the document gives no year; never an invented year).
 * (STUB until the metadata stage lands.)
 */
import type { DocMeta } from '../analysis/schema.ts';

export interface MetadataHints {
  /** Fields from info bars (发布时间, 来源, 编辑, 作者 ...) found by the boilerplate pass. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Title/published from HTML or the container. */
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
}

/** Read the document's metadata from its clean text and hints. */
export function extractMetadata(text: string, hints: MetadataHints = {}): DocMeta {
  const firstLine = text.split('\n', 1)[0]?.trim() || null;
  return {
    title: hints.title ?? firstLine,
    outlet: null,
    reporters: [],
    published: hints.published ?? null,
    dateline: null,
    extra: { ...(hints.fields ?? {}) },
  };
}
