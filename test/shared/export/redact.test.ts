import { describe, expect, it } from 'vitest';
import {
  confidentialityLabel, isDecisionConfidential, isItemConfidential, redactFor, redactForPublic, withheldLine,
} from '../../../shared/export/redact';
import type { DecisionConfidentiality } from '../../../shared/export/redact';

const TODAY = '2026-06-15';

describe('isDecisionConfidential', () => {
  it.each<[string, DecisionConfidentiality, boolean]>([
    ['a public decision', { confidentiality: 'public' }, false],
    ['an SC-internal decision', { confidentiality: 'sc-internal' }, true],
    ['a confidential decision without an end date', { confidentiality: 'confidential' }, true],
    ['a confidential decision whose embargo ends later', { confidentiality: 'confidential', confidentialUntil: '2026-06-16' }, true],
    ['a confidential decision whose embargo ends today', { confidentiality: 'confidential', confidentialUntil: TODAY }, false],
    ['a confidential decision whose embargo has ended', { confidentiality: 'confidential', confidentialUntil: '2026-01-01' }, false],
  ])('treats %s as withheld: %s', (_label, decision, expected) => {
    expect(isDecisionConfidential(decision, TODAY)).toBe(expected);
  });
});

describe('redactForPublic', () => {
  const entries = [
    { id: 'a', confidential: false },
    { id: 'b', confidential: true },
    { id: 'c', confidential: false },
    { id: 'd', confidential: true },
  ];

  it('keeps the public entries in order and counts the withheld ones', () => {
    const { kept, withheldCount } = redactForPublic(entries, isItemConfidential);
    expect(kept.map((e) => e.id)).toEqual(['a', 'c']);
    expect(withheldCount).toBe(2);
  });

  it('keeps everything but marks confidential entries in an internal export', () => {
    const { kept, withheldCount } = redactFor(entries, isItemConfidential, 'internal');
    expect(kept.map((e) => [e.entry.id, e.isConfidential])).toEqual([['a', false], ['b', true], ['c', false], ['d', true]]);
    expect(withheldCount).toBe(0);
  });

  it('drops confidential entries in a public export through redactFor', () => {
    const { kept, withheldCount } = redactFor(entries, isItemConfidential, 'public');
    expect(kept.map((e) => e.entry.id)).toEqual(['a', 'c']);
    expect(withheldCount).toBe(2);
  });
});

describe('withheldLine', () => {
  it('says how many entries were withheld, in the plural', () => {
    expect(withheldLine(2, 'decision')).toBe('_2 confidential decisions withheld._');
  });

  it('uses the singular for one entry', () => {
    expect(withheldLine(1, 'item')).toBe('_1 confidential item withheld._');
  });

  it('takes an irregular plural', () => {
    expect(withheldLine(3, 'agenda entry', 'agenda entries')).toBe('_3 confidential agenda entries withheld._');
  });

  it('is empty when nothing was withheld', () => {
    expect(withheldLine(0, 'decision')).toBe('');
  });
});

describe('confidentialityLabel', () => {
  it('names the embargo end for a confidential decision', () => {
    expect(confidentialityLabel({ confidentiality: 'confidential', confidentialUntil: '2026-07-01' }, TODAY)).toBe('Confidential until 2026-07-01');
  });

  it('is empty once the embargo is over', () => {
    expect(confidentialityLabel({ confidentiality: 'confidential', confidentialUntil: '2026-06-01' }, TODAY)).toBe('');
  });

  it('labels SC-internal decisions', () => {
    expect(confidentialityLabel({ confidentiality: 'sc-internal' }, TODAY)).toBe('SC-internal');
  });
});
