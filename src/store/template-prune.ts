/**
 * Old PGlite templates: each set of migrations and reference data makes its own template folder
 * (~40 MB, see `templatePath` in pglite.ts), so a machine that upgrades, or runs several checkouts, piles
 * them up in the templates folder. After a new template is saved, the folder keeps the newest few
 * (by modification time) and drops the rest, with unfinished `.part` folders left by killed processes
 * and tar files of older layouts. A template dropped while another checkout still uses it is only
 * made again by that checkout (its copy fails, and it falls back to initdb), never a wrong store.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Templates kept in the folder, the new one included. */
export const KEEP_TEMPLATES = 3;

/** An unfinished template folder older than this was left by a process that died while making it. */
const STALE_PART_MS = 60 * 60 * 1000;

/** Entries this module owns: `pglite-<version>-<hash>` folders, their `.part` folders and old `.tar` files. */
const OWNED = /^pglite-[\w.-]+?-[0-9a-f]{12}(\.\d+\.part|\.tar)?$/;

/**
 * Drop all but the newest `keep` templates in `folder` (never `current`), stale `.part` folders and `.tar`
 * files. Errors are ignored: pruning is housekeeping, never a reason for a store to fail.
 * @returns the names removed
 */
export function pruneTemplates(folder: string, current: string, keep: number = KEEP_TEMPLATES, now: number = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => OWNED.test(n));
  } catch {
    return [];
  }
  const removed: string[] = [];
  const drop = (name: string) => {
    try {
      rmSync(join(folder, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // in use or not ours to remove: leave it
    }
  };
  const templates: { name: string; mtime: number }[] = [];
  for (const name of names) {
    let mtime: number;
    try {
      mtime = statSync(join(folder, name)).mtimeMs;
    } catch {
      continue;
    }
    if (name.endsWith('.tar')) drop(name);
    else if (name.endsWith('.part')) {
      if (now - mtime > STALE_PART_MS) drop(name);
    } else if (join(folder, name) !== current) templates.push({ name, mtime });
  }
  templates.sort((a, b) => b.mtime - a.mtime || a.name.localeCompare(b.name));
  for (const t of templates.slice(Math.max(0, keep - 1))) drop(t.name);
  return removed.sort();
}
