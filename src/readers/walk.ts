/** Expand input paths: folders recursively (sorted, dotfiles skipped), files as given. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions of project metadata that a folder walk never treats as documents. */
const NOT_DOCUMENTS = /\.(json|md|ya?ml|csv|tsv|lock)$/i;

/** A path to read, or an error for a path that cannot be listed. */
export type Walked = { readonly file: string } | { readonly path: string; readonly error: string };

/** Every file under `path` in sorted order; a folder's unlistable entries become errors. */
export async function* walk(path: string, top = true): AsyncGenerator<Walked> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    yield { path, error: (e as Error).message };
    return;
  }
  if (!isDir) {
    if (top || !NOT_DOCUMENTS.test(path)) yield { file: path };
    return;
  }
  let names: string[];
  try {
    names = (await readdir(path)).sort();
  } catch (e) {
    yield { path, error: (e as Error).message };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    yield* walk(join(path, name), false);
  }
}
