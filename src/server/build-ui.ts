/** Build the web UI with Vite's JS API when `web/dist` is missing (so `serve` works right after `npm ci`). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's web/ folder. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** The built UI folder. */
export const UI_DIST = join(WEB_DIR, 'dist');

/** The map geometry folder. */
export const GEO_DIR = fileURLToPath(new URL('../../data/geo/', import.meta.url));

/**
 * Make sure the UI is built; builds it (once, ~seconds) when `index.html` is absent or `force` is set.
 * @returns the dist folder
 */
export async function ensureUi(options: { force?: boolean; log?: (m: string) => void } = {}): Promise<string> {
  if (!options.force && existsSync(join(UI_DIST, 'index.html'))) return UI_DIST;
  options.log?.('building the web UI (web/dist is missing)…');
  const { build } = await import('vite');
  await build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return UI_DIST;
}
