import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, nextDecisionNumber, padDecisionNumber, slugify, voteLogFileName } from '../../../shared/decisions/numbering';

describe('nextDecisionNumber', () => {
  it('starts at 1', () => {
    expect(nextDecisionNumber([])).toBe(1);
  });

  it('follows the highest number even when numbers have gaps', () => {
    expect(nextDecisionNumber([{ number: 18 }, { number: 30 }, { number: 2 }])).toBe(31);
  });
});

describe('slugify', () => {
  it.each([
    ['Approve Xen pre-disclosure', 'approve-xen-pre-disclosure'],
    ['Publish the meeting protocol', 'publish-the-meeting-protocol'],
    ['Zürich café: €500 budget!', 'zurich-cafe-500-budget'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['# Heading <script>alert(1)</script>', 'heading-script-alert-1-script'],
    ['日本語', 'decision'],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title at a word boundary within the limit', () => {
    const slug = slugify('Approve the reorganisation of the infrastructure team budget for the next two fiscal years');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('approve-the-reorganisation-of-the-infrastructure-team-budget');
  });

  it('cuts one very long word at the limit', () => {
    expect(slugify('x'.repeat(100))).toHaveLength(MAX_SLUG_LENGTH);
  });
});

describe('voteLogFileName', () => {
  it('pads the number to four digits', () => {
    expect(voteLogFileName({ number: 31, title: 'Approve Xen pre-disclosure' })).toBe('0031-approve-xen-pre-disclosure.md');
  });

  it('keeps all digits of a number above 9999', () => {
    expect(padDecisionNumber(12345)).toBe('12345');
  });
});
