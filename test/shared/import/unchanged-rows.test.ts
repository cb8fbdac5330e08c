import { describe, expect, it } from 'vitest';
import { changedRows, isUnchangedRow } from '../../../shared/import/unchanged-rows';

describe('rows a re-import leaves as they are', () => {
  type Row = { id: string; text: string; tagIds: string[]; confidential?: boolean; entities: { links: string[]; amounts: { text: string }[] } };
  const stored: Row = { id: 'a', text: 'We need a budget.', tagIds: ['t-1'], entities: { links: [], amounts: [{ text: '500 EUR' }] } };
  it('knows the same object and an equal copy, whatever the key order', () => {
    expect(isUnchangedRow(stored, stored)).toBe(true);
    expect(isUnchangedRow(stored, { entities: { amounts: [{ text: '500 EUR' }], links: [] }, tagIds: ['t-1'], text: 'We need a budget.', id: 'a' })).toBe(true);
  });
  it('sees any changed, added or removed field, and a row not stored', () => {
    expect(isUnchangedRow(stored, { ...stored, tagIds: ['t-1', 't-2'] })).toBe(false);
    expect(isUnchangedRow(stored, { ...stored, confidential: true })).toBe(false);
    const { tagIds: _t, ...without } = stored;
    expect(isUnchangedRow<object>(stored, without)).toBe(false);
    expect(isUnchangedRow(undefined, stored)).toBe(false);
  });
  it('keeps only the rows to write', () => {
    const byId = new Map<string, Row>([[stored.id, stored]]);
    const flagged = { ...stored, confidential: true };
    const fresh = { ...stored, id: 'b' };
    expect(changedRows(byId, [stored, flagged, fresh])).toEqual([flagged, fresh]);
  });
});
