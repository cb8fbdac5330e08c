/** A day or time without a zone reads the same on every laptop (it ran through Date.parse's local-time fallback). */
import { describe, expect, it } from 'vitest';
import { toIso } from '../../../shared/parse/sources/common';

describe('toIso', () => {
  it.each([
    ['2024-11-25', '2024-11-25T00:00:00.000Z'],
    ['2024-11-25 10:00', '2024-11-25T10:00:00.000Z'],
    ['2024-11-25T10:00:30.5', '2024-11-25T10:00:30.500Z'],
    ['10000-01-01', '+010000-01-01T00:00:00.000Z'],
    ['0050-01-01', '0050-01-01T00:00:00.000Z'],
    ['2024-11-25T10:00:00+05:30', '2024-11-25T04:30:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(toIso(text)).toBe(iso);
  });
  it.each(['2024-13-45', '2025-02-30', '2024-11-25 25:00', 'yesterday', ''])('%s is no date', (text) => {
    expect(toIso(text)).toBeUndefined();
  });
});
