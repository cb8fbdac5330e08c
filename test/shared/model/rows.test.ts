import { describe, expect, it } from 'vitest';
import { itemRow } from '../../../shared/model';

/** An item as schema v1 wrote it (before migration 0002 added four fields). */
const v1Item = {
  id: 'it:1', updateId: 'up:1', threadId: 'th:1', teamId: 'xen', kind: 'request', text: 'An e-mail alias that ends in @nixos.org',
  isAsk: true, askType: 'access', entities: { mentions: [], links: [], dates: [], amounts: [] }, status: 'new', tagIds: [], assigneeIds: [],
  confidential: false, createdAt: '2024-11-25T10:00:00.000Z', updatedAt: '2024-11-25T10:00:00.000Z',
};

describe('itemRow', () => {
  it('reads a v1 item with the defaults migration 0002 backfills', () => {
    expect(itemRow.parse(v1Item)).toMatchObject({ priority: 'normal', seenBy: [], notes: [], decisionIds: [] });
  });

  it('gives every parsed item its own default arrays', () => {
    const a = itemRow.parse(v1Item);
    const b = itemRow.parse(v1Item);
    a.seenBy.push('m' as never);
    expect(b.seenBy).toEqual([]);
  });

  it('keeps fields it does not know (written by a newer version)', () => {
    expect(itemRow.parse({ ...v1Item, futureField: { keep: true } })).toMatchObject({ futureField: { keep: true } });
  });
});
