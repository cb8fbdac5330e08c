/**
 * The import preview shows what changed in an edited post word by word (issue 14, "The
 * preview is exact"), keeps long unchanged text short, and gives up on texts too different
 * to compare rather than freezing.
 */
import { describe, expect, it } from 'vitest';
import { collapseUnchanged, diffCounts, diffSummary, MAX_EDIT_LENGTH, MIN_GAP_WORDS, TOO_DIFFERENT, wordDiff, type ChangePart } from '../../../shared/import/word-diff';

const STORED = 'Infra team: we migrated the CI to the new runners last week. Blocked on budget for Q3; we need SC approval for two build machines.';
const EDITED = 'Infra team: we migrated the CI to the new ARM runners last week. Blocked on budget for Q4; we need SC approval for three build machines by June.';

/** `n` distinct words: "w1 w2 … wn" (or with another prefix). */
const numbered = (n: number, prefix = 'w', from = 1) => Array.from({ length: n }, (_, i) => `${prefix}${from + i}`).join(' ');
const textOf = (parts: readonly ChangePart[], kinds: readonly ChangePart['kind'][]) => parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join('');

describe('wordDiff', () => {
  it('finds the words a team update gained and lost', () => {
    const parts = wordDiff(STORED, EDITED)!;
    // "ARM" and "by June" inserted; "Q3" → "Q4" and "two" → "three" replaced, the old word first.
    // Punctuation is its own token, so "Q3;" keeps its ";" and "machines." its ".".
    expect(parts).toEqual([
      { kind: 'same', text: 'Infra team: we migrated the CI to the new ' },
      { kind: 'added', text: 'ARM ' },
      { kind: 'same', text: 'runners last week. Blocked on budget for ' },
      { kind: 'removed', text: 'Q3' },
      { kind: 'added', text: 'Q4' },
      { kind: 'same', text: '; we need SC approval for ' },
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: 'three' },
      { kind: 'same', text: ' build machines ' },
      { kind: 'added', text: 'by June' },
      { kind: 'same', text: '.' },
    ]);
    // What is shown reads as the imported text. (Not the stored one exactly: unchanged runs
    // carry the new text's spacing, here the space before "by June".)
    expect(textOf(parts, ['same', 'added'])).toBe(EDITED);
  });

  it('counts the words added and removed', () => {
    const parts = wordDiff(STORED, EDITED)!;
    expect(diffCounts(parts)).toEqual({ added: 5, removed: 2, hasChanges: true });
    expect(diffSummary(parts)).toBe('5 words added, 2 removed');
  });

  it('says one word in the singular, and only the side that changed', () => {
    expect(diffSummary(wordDiff('we need approval', 'we need SC approval'))).toBe('1 word added');
    expect(diffSummary(wordDiff('we urgently need SC approval', 'we need approval'))).toBe('2 words removed');
  });

  it('does not count a changed punctuation mark as a word', () => {
    expect(diffSummary(wordDiff('Shipped the release.', 'Shipped the release!'))).toBe('only punctuation or formatting changed');
  });

  it('changes no part of identical text', () => {
    const parts = wordDiff(STORED, STORED)!;
    expect(parts).toEqual([{ kind: 'same', text: STORED }]);
    expect(diffCounts(parts)).toEqual({ added: 0, removed: 0, hasChanges: false });
    expect(diffSummary(parts)).toBe('no words changed');
    expect(wordDiff('', '')).toEqual([]);
  });

  it('ignores a change of spacing only, such as re-wrapped lines (the reason for diffWords)', () => {
    const parts = wordDiff('Blocked on budget for Q3;\nwe need SC approval.', 'Blocked on budget for Q3; we need\nSC approval.\n')!;
    expect(parts.every((p) => p.kind === 'same')).toBe(true);
    expect(diffSummary(parts)).toBe('no words changed');
  });

  it('gives up on texts more than MAX_EDIT_LENGTH words apart, and says so', () => {
    // Every word replaced: 1,200 removed and 1,200 added, past the limit of 1,000.
    const parts = wordDiff(numbered(1200, 'a'), numbered(1200, 'b'));
    expect(parts).toBeUndefined();
    expect(diffSummary(parts)).toBe(TOO_DIFFERENT);
    expect(TOO_DIFFERENT).toBe('text changed (too different to show word by word)');
  });

  it('still shows a long post with a few hundred words changed', () => {
    // 20,000 words, every 50th replaced: 400 removed + 400 added is within the limit.
    const before = numbered(20000).split(' ');
    const after = before.map((w, i) => (i % 50 === 0 ? `new${i}` : w));
    const parts = wordDiff(before.join(' '), after.join(' '));
    expect(2 * 400).toBeLessThan(MAX_EDIT_LENGTH);
    expect(diffSummary(parts)).toBe('400 words added, 400 removed');
  });
});

describe('collapseUnchanged', () => {
  it('keeps five words of context each side of a change and counts the words left out', () => {
    // 40 unchanged words, one replaced, then 30 unchanged words.
    const before = `${numbered(40)} old ${numbered(30, 'w', 41)}`;
    const after = `${numbered(40)} new ${numbered(30, 'w', 41)}`;
    expect(collapseUnchanged(wordDiff(before, after)!)).toEqual([
      { kind: 'gap', words: 35 },
      { kind: 'same', text: 'w36 w37 w38 w39 w40 ' },
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
      // The context before a gap keeps its trailing space; the one after starts at its word.
      { kind: 'same', text: ' w41 w42 w43 w44 w45 ' },
      { kind: 'gap', words: 25 },
    ]);
  });

  it('keeps context on both sides of a long run between two changes', () => {
    const parts: ChangePart[] = [
      { kind: 'added', text: 'ARM ' },
      { kind: 'same', text: `${numbered(20)} ` },
      { kind: 'removed', text: 'Q3' },
    ];
    expect(collapseUnchanged(parts)).toEqual([
      { kind: 'added', text: 'ARM ' },
      { kind: 'same', text: 'w1 w2 w3 w4 w5 ' },
      { kind: 'gap', words: 10 },
      { kind: 'same', text: 'w16 w17 w18 w19 w20 ' },
      { kind: 'removed', text: 'Q3' },
    ]);
  });

  it('keeps a run whole when an ellipsis would leave out fewer than MIN_GAP_WORDS', () => {
    // 5 + 5 of context and 9 more: one short of the 10 an ellipsis must leave out.
    expect(MIN_GAP_WORDS).toBe(10);
    const parts: ChangePart[] = [
      { kind: 'added', text: 'ARM ' },
      { kind: 'same', text: `${numbered(19)} ` },
      { kind: 'removed', text: 'Q3' },
    ];
    expect(collapseUnchanged(parts)).toEqual(parts);
  });

  it('leaves a short edit as it is (9 words before the first change, 7 between the next two)', () => {
    const parts = wordDiff(STORED, EDITED)!;
    expect(collapseUnchanged(parts)).toEqual(parts);
  });
});
