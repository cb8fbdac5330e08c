import { describe, expect, it } from 'vitest';
import { matchRanges, splitByRanges } from '../../../../renderer/lib/search/highlight';
import { tokenize } from '../../../../renderer/lib/search/tokenize';

describe('search highlighting', () => {
  it('marks every word that starts with a query word', () => {
    const text = 'Private matrix room; Matrix bridge';
    expect(matchRanges(text, { prefixes: ['matr'], corrections: [] }).map(([s, e]) => text.slice(s, e))).toEqual(['matrix', 'Matrix']);
  });

  it('marks words found by typo tolerance', () => {
    const text = 'A matrix room';
    expect(matchRanges(text, { prefixes: ['matirx'], corrections: ['matrix'] }).map(([s, e]) => text.slice(s, e))).toEqual(['matrix']);
  });

  it('keeps offsets into the original text for accented words', () => {
    const text = 'Meet in Zürich';
    const [[s, e]] = matchRanges(text, { prefixes: ['zurich'], corrections: [] }) as [[number, number]];
    expect(text.slice(s, e)).toBe('Zürich');
  });

  it('marks one-letter query words only as whole words', () => {
    expect(matchRanges('a b ab', { prefixes: ['a'], corrections: [] })).toEqual([[0, 1]]);
  });

  it('cuts the text into plain and marked pieces that join back to it', () => {
    const text = 'ask for budget now';
    const pieces = splitByRanges(text, [[8, 14]]);
    expect(pieces).toEqual([
      { text: 'ask for ', marked: false },
      { text: 'budget', marked: true },
      { text: ' now', marked: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('tokenizes with offsets', () => {
    expect(tokenize('E-mail, @nixos.org')).toEqual([
      { term: 'e', start: 0, end: 1 },
      { term: 'mail', start: 2, end: 6 },
      { term: 'nixos', start: 9, end: 14 },
      { term: 'org', start: 15, end: 18 },
    ]);
  });
});
