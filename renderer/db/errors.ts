/**
 * Classification of storage errors the member must hear about (SECURITY.md checks 32, 35).
 */

type ErrorLike = { name?: unknown; inner?: unknown; message?: unknown };

/** True for a storage-full error, also when Dexie wraps it as the `inner` of an AbortError. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as ErrorLike;
  if (e.name === 'QuotaExceededError') return true;
  if (typeof e.message === 'string' && /quota/i.test(e.message) && e.name !== 'AbortError') return true;
  return isQuotaError(e.inner, depth + 1);
}

/** True when opening failed inside a schema upgrade (Dexie's UpgradeError, or an error thrown by an upgrader). */
export function isUpgradeError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  return e.name === 'UpgradeError' || (e.name === 'OpenFailedError' && isUpgradeError(e.inner)) || e.name === 'MigrationError';
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Thrown when a schema upgrade fails; IndexedDB rolls the whole upgrade back. */
export class MigrationError extends Error {
  constructor(
    readonly version: number,
    override readonly cause: unknown,
  ) {
    super(`Upgrading the workspace to version ${version} failed: ${describeError(cause)}`);
    this.name = 'MigrationError';
  }
}
