/**
 * The one error type of fetching a topic from a forum (issue 8). Every failure ends in a
 * FetchError with a stable `code` the renderer can branch on and a message an SC member
 * understands, naming the forum and, where there is one, the HTTP status.
 */

/** Every way fetching a topic can fail. */
export type FetchErrorCode =
  | 'bad-url'
  | 'insecure'
  | 'offline'
  | 'not-found'
  | 'forbidden'
  | 'not-discourse'
  | 'rate-limited'
  | 'server-error'
  | 'timeout'
  | 'malformed'
  | 'cancelled'
  | 'too-large';

/** A failed fetch. Nothing of a failed fetch is ever returned, so nothing partial is written. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /** Stable machine-readable reason. */
  readonly code: FetchErrorCode;
  /** HTTP status of the response that decided the failure, when there was one. */
  readonly status: number | undefined;

  constructor(code: FetchErrorCode, message: string, status?: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** The error for an HTTP status that will not get better by retrying now. */
export function errorForStatus(status: number, host: string): FetchError {
  if (status === 401 || status === 403) {
    return new FetchError('forbidden', `The forum says this topic is private or you are not allowed to see it (HTTP ${status}). For a private category, add an API key for ${host}.`, status);
  }
  if (status === 404 || status === 410) {
    return new FetchError('not-found', `${host} has no such topic (HTTP ${status}). It may have been deleted, moved, or be in a category you cannot see.`, status);
  }
  if (status === 429) {
    return new FetchError('rate-limited', `${host} is asking Steering Desk to slow down (HTTP 429). Try again in a few minutes.`, status);
  }
  if (status >= 500) {
    return new FetchError('server-error', `${host} is having trouble right now (HTTP ${status}). Try again later.`, status);
  }
  return new FetchError('not-discourse', `${host} answered with an unexpected HTTP ${status}; it may not be a Discourse forum.`, status);
}

/** The error for a request that got no answer: offline, unknown host, refused connection. */
export function offlineError(host: string): FetchError {
  return new FetchError('offline', `Could not reach ${host}. Check that you are online and that the address is right.`);
}

/** The error for a request that took longer than the time-out. */
export function timeoutError(host: string, timeoutMs: number): FetchError {
  return new FetchError('timeout', `${host} did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again later.`);
}

/** The error after the member pressed Cancel. */
export function cancelledError(): FetchError {
  return new FetchError('cancelled', 'Fetching was cancelled; nothing was imported.');
}
