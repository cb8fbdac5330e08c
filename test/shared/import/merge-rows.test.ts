import { describe, expect, it } from 'vitest';
import { flagTwins, mergedItems, mergedUpdate, newItemRow, secretTextsOf } from '../../../shared/import/merge-rows';
import type { ItemRow, UpdateRow } from '../../../shared/model';
import type { ParsedItem, ParsedUpdate } from '../../../shared/parse/types';

const NOW = '2026-12-07T10:00:00.000Z';
const entities = (links: string[] = []) => ({ mentions: [], links, dates: [], amounts: [] });
const parsedItem = (key: string, text: string, links: string[] = []): ParsedItem => ({ key, kind: 'request', text, isAsk: true, span: [0, text.length], entities: entities(links) });
const row = (extra: Partial<UpdateRow> = {}): UpdateRow => ({
  id: 'up:md:cta#file:xen', threadId: 'th:md:cta', teamId: 'xen', author: 'xen_lead', raw: '- We need a PGP key.', isTeamUpdate: true, sections: [], revisions: [], ...extra,
} as UpdateRow);
const parsed = (raw: string, items: ParsedItem[], extra: Partial<ParsedUpdate> = {}): ParsedUpdate => ({
  key: 'discourse:56458#2', threadKey: 'discourse:56458', sourceKind: 'discourse-topic-json', fileName: 'topic.json', author: 'xen_lead', raw, isTeamUpdate: true, team: null, sections: [], items, ...extra,
});

describe('mergedUpdate', () => {
  it('fills what the stored row lacks and keeps its id, thread and text', () => {
    const stored = row({ editedAt: '2024-11-25T13:00:00.000Z' });
    const post = parsed(stored.raw, [], { postId: 200002, postNumber: 2, postedAt: '2024-11-25T13:00:00.000Z', url: 'https://x/t/y/56458/2' });
    const fresh = row({ id: 'up:discourse:56458#2', threadId: 'th:discourse:56458', postId: 200002 } as Partial<UpdateRow>);
    const out = mergedUpdate(stored, fresh, post, NOW);
    expect(out).toMatchObject({ id: stored.id, threadId: stored.threadId, raw: stored.raw, postId: 200002, postNumber: 2, postedAt: '2024-11-25T13:00:00.000Z', revisions: [] });
    // The /raw/ header's date was the creation time, not an edit.
    expect(out.editedAt).toBeUndefined();
  });

  it('keeps the old text as a revision when the words changed', () => {
    const stored = row();
    const post = parsed('- We need a PGP key and a budget.', []);
    const out = mergedUpdate(stored, row({ raw: post.raw }), post, NOW);
    expect(out.raw).toBe(post.raw);
    expect(out.revisions).toEqual([{ raw: stored.raw, replacedAt: NOW }]);
  });
});

describe('mergedItems', () => {
  const stored = row();
  const kept: ItemRow = { ...newItemRow(stored, parsedItem('k1', 'We need a PGP key.'), '2026-12-01T10:00:00.000Z'), tagIds: ['t1'] as never, confidential: true };

  it('keeps the member’s item row and adds new items under the stored update’s key', () => {
    const out = mergedItems(stored, [kept], parsed('x', [parsedItem('k1', 'We need a PGP key.', ['https://keys.example']), parsedItem('k2', 'A budget line.')]), false, NOW);
    expect(out).toMatchObject({ added: 1, kept: 1, gone: 0 });
    expect(out.items[0]).toMatchObject({ id: kept.id, tagIds: ['t1'], confidential: true, entities: { links: ['https://keys.example'] } });
    expect(out.items[1]!.id).toBe('it:md:cta#file:xen:k2');
  });

  it('leaves the stored items as they are when the stored text stays', () => {
    const out = mergedItems(stored, [kept], parsed('x', [parsedItem('other', 'We need a PGP key')]), true, NOW);
    expect(out).toMatchObject({ added: 0, kept: 1, gone: 0, items: [kept] });
  });
});

describe('flagTwins', () => {
  it('flags an item written with the text of a confidential item, wherever it is', () => {
    const secret = secretTextsOf([{ text: 'We need a PGP key.', confidential: true }, { text: 'Public ask.', confidential: false }]);
    const twin = newItemRow(row({ id: 'up:other' as UpdateRow['id'], threadId: 'th:other' as UpdateRow['threadId'], teamId: null }), parsedItem('k', 'we need a PGP key'), NOW);
    const other = newItemRow(row(), parsedItem('p', 'Public ask.'), NOW);
    const items = [twin, other];
    expect(flagTwins(items, secret)).toBe(1);
    expect(items.map((i) => i.confidential)).toEqual([true, false]);
  });
});
