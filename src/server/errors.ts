/** The one HTTP error type: handlers throw it, the app's error handler turns it into `{error, message}`. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A client or server error with a status and a stable machine code. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string) {
    super(message);
  }
}
