/** The write's last guard (issue 20): a row a restore would refuse is refused before the write, in words naming the post and the field. */
import { describe, expect, it } from 'vitest';
import { checkItemRows, checkUpdateRows, ImportWriteError, postLabel } from '../../../shared/import/write-check';
import type { ItemRow, UpdateRow } from '../../../shared/model';

const update = {
  id: 'up:discourse:777#2', threadId: 'th:discourse:777', teamId: null, author: 'docs_lead', raw: 'All fine.', isTeamUpdate: false, sections: [], revisions: [], postNumber: 2,
} as unknown as UpdateRow;

describe('checking the rows an import writes', () => {
  it('passes rows a restore accepts', () => {
    expect(() => checkUpdateRows([{ row: update, post: 'Post #2' }])).not.toThrow();
  });
  it('refuses a post too long to store, naming the post, the field in words and the limit', () => {
    const huge = { ...update, raw: 'x'.repeat(1_000_001) };
    const label = postLabel(update, 'Team updates');
    expect(() => checkUpdateRows([{ row: huge, post: label }])).toThrow(ImportWriteError);
    expect(() => checkUpdateRows([{ row: huge, post: label }])).toThrow('Post #2 by @docs_lead in “Team updates”: the post cannot be stored because its text is longer than the 1,000,000 characters a workspace holds. Nothing was imported.');
  });
  it('says which part of an item is wrong', () => {
    const item = { id: 'it:1', updateId: update.id, threadId: update.threadId, teamId: null, kind: 'status', text: 'ok', isAsk: false, entities: { mentions: [], links: ['x'.repeat(2001)], dates: [], amounts: [] }, status: 'new', priority: 'normal', tagIds: [], assigneeIds: [], seenBy: [], confidential: false, notes: [], decisionIds: [], createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z' } as unknown as ItemRow;
    expect(() => checkItemRows([{ row: item, post: 'Post #2' }])).toThrow('Post #2: an item of the post cannot be stored because its link is longer than the 2,000 characters a workspace holds. Nothing was imported.');
  });
});
