/**
 * Expand input paths: folders recursively (sorted, dotfiles skipped), files as given. A PostgreSQL or
 * PGlite data folder (it holds `PG_VERSION`, e.g. an ingest's own `--db` inside its input folder) is one
 * error, not a thousand binary files read while the store writes them.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions of project metadata that a folder walk never treats as documents. */
const NOT_DOCUMENTS = /\.(json|md|ya?ml|csv|tsv|lock)$/i;

/** The file every PostgreSQL (and PGlite) data folder holds at its top. */
const DATA_FOLDER_MARK = 'PG_VERSION';

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
  if (names.includes(DATA_FOLDER_MARK)) {
    yield { path, error: `a PostgreSQL/PGlite data folder (it holds ${DATA_FOLDER_MARK}), not documents: not read` };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    yield* walk(join(path, name), false);
  }
}
