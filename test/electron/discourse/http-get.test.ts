import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../electron/main/discourse/http-get';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:00 GMT', NOW)).toBe(60_000);
  });

  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', NOW)).toBe(0);
  });

  it.each([null, 'soon', '-5', '1.5'])('ignores %j so that back-off applies', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
