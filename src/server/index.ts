/**
 * server/: the HTTP API and the built UI in one process.
 * `startServer` opens nothing itself: give it a Store; it binds 127.0.0.1 unless told otherwise.
 */
import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/index.ts';
import { createApp } from './app.ts';
import { ensureUi, GEO_DIR } from './build-ui.ts';

export { createApp } from './app.ts';
export type { AppOptions } from './app.ts';
export { HttpError } from './errors.ts';
export { ensureUi, GEO_DIR, UI_DIST } from './build-ui.ts';

/** Options of `startServer`. */
export interface ServerOptions {
  readonly store: Store;
  readonly port?: number;
  readonly host?: string;
  /** Write token; from `ATLAS_TOKEN`, else generated. */
  readonly token?: string;
  /** Skip building/serving the UI (API only). */
  readonly noUi?: boolean;
  readonly log?: (m: string) => void;
}

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Start the API + UI server.
 * @example const s = await startServer({ store, port: 0 }); console.log(s.url); await s.close();
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => console.error(m));
  const token = options.token ?? process.env.ATLAS_TOKEN ?? randomBytes(18).toString('base64url');
  const uiDir = options.noUi ? undefined : await ensureUi({ log });
  const app = createApp({ store: options.store, token, uiDir, geoDir: GEO_DIR, log });
  const host = options.host ?? '127.0.0.1';
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port ?? 8080;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
