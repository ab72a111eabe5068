/**
 * clean/structure/boilerplate: site boilerplate lines and blocks (breadcrumbs, publish/info bars,
 * share/print bars, comment counts, disclaimers, related-article lists, advertisements).
 * Info bars are parsed into fields (发布时间, 来源, 编辑, 作者) before they are removed.
 * (STUB until the structure stage lands.)
 */
import { type PassResult } from '../../text/edits.ts';

export interface BoilerplateResult extends PassResult {
  /** Fields parsed from info bars before removal: 发布时间, 来源, 编辑, 作者 ... */
  readonly fields: Readonly<Record<string, string>>;
}

/** Remove boilerplate; runs on normalized (Simplified, half-width) text. */
export function removeBoilerplate(text: string): BoilerplateResult {
  return { text, edits: [], fields: {} };
}
