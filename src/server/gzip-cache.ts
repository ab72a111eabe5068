/**
 * gzip for the static files the server sends over and over (the UI's ~840 KB script bundle, the
 * 1.1 MB Traditional-script chunk, the map geometry): compressed once per file and kept, so a first
 * visit downloads ~280 KB of script instead of ~840 KB, at no CPU per request after the first.
 */
import { gzipSync } from 'node:zlib';

/** Types worth compressing: text, scripts, styles, JSON, SVG. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript)|image\/svg\+xml)/;

/** Below this size the gzip header costs more than it saves. */
const MIN_BYTES = 1024;

/** Files kept (the UI's assets and the ~35 geometry files fit). */
const MAX_ENTRIES = 128;

/** Whether a client's Accept-Encoding takes gzip (RFC 9110 §12.5.3; `gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === 'x-gzip') && (!q || Number(q.slice(2)) > 0);
  });
}

/** A cache of gzipped static files keyed by what identifies their content. */
export class GzipCache {
  private readonly entries = new Map<string, { readonly size: number; readonly gz: Uint8Array }>();

  /**
   * The gzipped body for `key` (a content-hashed asset path or a geometry name), or null when the
   * file is not worth compressing. A key whose file changed size is compressed again.
   */
  get(key: string, body: Uint8Array, type: string): Uint8Array | null {
    if (body.byteLength < MIN_BYTES || !COMPRESSIBLE.test(type)) return null;
    const hit = this.entries.get(key);
    if (hit && hit.size === body.byteLength) return hit.gz;
    const gz = new Uint8Array(gzipSync(body, { level: 9 }));
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { size: body.byteLength, gz });
    return gz;
  }
}
