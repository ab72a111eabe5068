/**
 * Static files: the built UI (`web/dist`) and the map geometry (`data/geo`). Paths are decoded,
 * normalised and checked to stay inside their root (no traversal, no NUL, no dotfiles);
 * unknown UI paths get `index.html` so the single-page app can route them.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** Content types of the files a Vite build emits. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/** A geometry file name: a six-digit region code. */
const GEO_FILE = /^\d{6}\.json$/;

/** A file to send, or null. */
export interface StaticFile {
  readonly body: Uint8Array;
  readonly type: string;
  readonly immutable: boolean;
}

async function fileAt(path: string): Promise<Uint8Array | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/**
 * Resolve a URL path inside `root`, or null when it escapes it or names a hidden segment.
 * @example safeJoin('/srv/dist', '/assets/a.js') // '/srv/dist/assets/a.js'
 */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full === base || full.startsWith(base + sep) ? full : null;
}

/**
 * A UI file for a request path, falling back to `index.html` for app routes (paths without an extension).
 * @returns null when nothing should be served
 */
export async function uiFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const full = safeJoin(root, urlPath);
  if (full === null) return null;
  const body = urlPath.endsWith('/') ? null : await fileAt(full);
  if (body) return { body, type: TYPES[extname(full)] ?? 'application/octet-stream', immutable: urlPath.startsWith('/assets/') };
  if (extname(full)) return null;
  const index = await fileAt(join(resolve(root), 'index.html'));
  return index ? { body: index, type: TYPES['.html'], immutable: false } : null;
}

/** A geometry file by name (`430000.json`), or null. */
export async function geoFile(root: string, name: string): Promise<StaticFile | null> {
  if (!GEO_FILE.test(name)) return null;
  const body = await fileAt(join(resolve(root), name));
  return body ? { body, type: TYPES['.json'], immutable: false } : null;
}
