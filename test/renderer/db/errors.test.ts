import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { isQuotaError, isUpgradeError, MigrationError } from '../../../renderer/db/errors';

describe('isQuotaError', () => {
  it('recognises a plain QuotaExceededError', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
  });

  it('recognises one wrapped as the inner error of an AbortError', () => {
    const abort = new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
    expect(isQuotaError(abort)).toBe(true);
  });

  it('does not confuse other failures with a full disk', () => {
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('constraint failed'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('isUpgradeError', () => {
  it('recognises migration failures, also wrapped by Dexie', () => {
    expect(isUpgradeError(new MigrationError(3, new Error('x')))).toBe(true);
    expect(isUpgradeError(new Dexie.OpenFailedError('open failed', new MigrationError(3, new Error('x'))))).toBe(true);
    expect(isUpgradeError(new Error('other'))).toBe(false);
  });
});
