/** Build the web UI with Vite's JS API when `web/dist` is missing (so `serve` works right after `npm ci`). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's web/ folder. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** The built UI folder. */
export const UI_DIST = join(WEB_DIR, 'dist');

/** The map geometry folder. */
export const GEO_DIR = fileURLToPath(new URL('../../data/geo/', import.meta.url));

/** Newest modification time (ms) of the UI sources: web/src, index.html, vite.config.ts. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(WEB_DIR, 'src'));
  for (const f of ['index.html', 'vite.config.ts']) newest = Math.max(newest, statSync(join(WEB_DIR, f)).mtimeMs);
  return newest;
}

/**
 * Make sure the UI is built; builds it (~seconds) when `index.html` is absent or older than the
 * sources (so a checkout never serves a stale UI), or when `force` is set.
 * @returns the dist folder
 */
export async function ensureUi(options: { force?: boolean; log?: (m: string) => void } = {}): Promise<string> {
  const index = join(UI_DIST, 'index.html');
  if (!options.force && existsSync(index) && statSync(index).mtimeMs >= newestSource()) return UI_DIST;
  options.log?.('building the web UI (web/dist is missing or older than web/src)…');
  const { build } = await import('vite');
  await build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return UI_DIST;
}
