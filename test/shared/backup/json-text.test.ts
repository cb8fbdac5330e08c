import { describe, expect, it } from 'vitest';
import { endsLikeWholeBackup, looksTruncated, utf8Length } from '../../../shared/backup/json-text';

describe('utf8Length', () => {
  it.each([
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['a€😀é', 10],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('stops counting once past the limit', () => {
    expect(utf8Length('x'.repeat(1_000_000), 10)).toBe(11);
  });
});

describe('looksTruncated', () => {
  it.each([
    ['{"a": [1, 2', true],
    ['{"a": "unfinished', true],
    ['{"a": "ends with an escape \\', true],
    ['[{"a": 1}', true],
    ['{"a": "}"} trailing', false],
    ['{"a": 1}}', false],
    ['hello', false],
    ['', false],
  ])('says %j is cut off: %s', (text, expected) => {
    expect(looksTruncated(text)).toBe(expected);
  });
});

describe('endsLikeWholeBackup', () => {
  it.each([
    ['{"tables":{}}', true],
    ['{"tables":{}}\n\n', true],
    ['{"tables":{"items":[{"id":"a"', false],
    ['', false],
    ['   ', false],
  ])('%j → %s', (tail, expected) => {
    expect(endsLikeWholeBackup(tail)).toBe(expected);
  });
});
