/** Validator output in words (issue 20): the model's own schemas, real zod issues, no JSON or patterns out. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorInWords, fieldInWords, issueInWords } from '../../../shared/errors/zod-words';
import { decisionRow, itemRow, tagRow, threadRow, updateRow } from '../../../shared/model';
import { notWords } from './not-words';

function words(schema: z.ZodType, row: unknown): string {
  const result = schema.safeParse(row);
  if (result.success) throw new Error('expected a problem');
  return issueInWords(result.error.issues[0]!, row);
}

const T = '2024-11-25T10:00:00.000Z';
const item = {
  id: 'i1', updateId: 'u1', threadId: 't1', teamId: null, kind: 'request', text: 'We need a builder', isAsk: true,
  entities: { mentions: [], links: [], dates: [], amounts: [] }, status: 'new', tagIds: [], assigneeIds: [], confidential: false, createdAt: T, updatedAt: T,
};

describe('a zod issue in words', () => {
  it.each([
    ['a text over its limit', updateRow.pick({ raw: true }), { raw: 'x'.repeat(1_203_441) }, 'its text is 1,203,441 characters long; at most 1,000,000 are allowed'],
    ['a link inside entities', itemRow, { ...item, entities: { ...item.entities, links: ['https://x/' + 'a'.repeat(2335)] } }, 'its link 1 is 2,345 characters long; at most 2,000 are allowed'],
    ['a date past 9999', threadRow.pick({ createdAt: true }), { createdAt: '+010000-01-01T00:00:00.000Z' }, 'its creation date “+010000-01-01T00:00:00.000Z” is outside the years 0000–9999'],
    ['a date that is no date', updateRow.pick({ postedAt: true }), { postedAt: 'yesterday' }, 'its posting date “yesterday” is not a date and time like 2024-11-25T10:00:00Z'],
    ['a colour that fails its pattern', tagRow, { id: 't', name: 'x', color: 'red' }, 'its colour “red” is not a colour like #3366cc'],
    ['a value outside an enum', itemRow, { ...item, status: 'maybe' }, 'its status is the text “maybe”, which is not one of new, triaged, on-agenda, decided, resolved, deferred, not-for-sc'],
    ['a missing field', itemRow, { ...item, text: undefined }, 'its text is missing'],
    ['a wrong type', itemRow, { ...item, tagIds: 'urgent' }, 'its tags is the text “urgent” where a list was expected'],
    ['an empty title', decisionRow.pick({ title: true }), { title: '' }, 'its title is empty'],
  ])('%s', (_label, schema, row, expected) => {
    const sentence = words(schema, row);
    expect(sentence).toBe(expected);
    expect(notWords(sentence, undefined)).toBeNull();
  });

  it('names nested fields from the inside out', () => {
    expect(fieldInWords(['sections', 2, 'heading'])).toBe('heading of section 3');
    expect(fieldInWords(['entities', 'amounts', 0, 'text'])).toBe('text of amount 1');
    expect(fieldInWords(['venue', 'closesAt'])).toBe('closing time of venue');
    expect(fieldInWords([])).toBe('');
  });

  it('turns a thrown ZodError into its first problem, never its JSON message', () => {
    let thrown: unknown;
    try {
      itemRow.parse({ ...item, text: 'x'.repeat(100_001), status: 'maybe' });
    } catch (e) {
      thrown = e;
    }
    expect((thrown as Error).message).toContain('"code"');
    expect(errorInWords(thrown, { text: 'x'.repeat(100_001) })).toBe('Its text is 100,001 characters long; at most 100,000 are allowed (and 1 more problem).');
  });

  it('keeps other errors to one short line', () => {
    expect(errorInWords(new TypeError('Invalid URL'))).toBe('Invalid URL');
    expect(errorInWords(new Error(`a\n${'b'.repeat(500)}`)).length).toBeLessThanOrEqual(300);
    expect(errorInWords('plain')).toBe('plain');
  });

  it('shows a value without anything that reads as JSON', () => {
    expect(words(tagRow, { id: 't', name: 'x', color: '{"a":1}' })).toBe('its colour “a:1” is not a colour like #3366cc');
  });
});
