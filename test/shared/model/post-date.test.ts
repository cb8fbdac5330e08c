/** A post shows its own date, else its edit date said as such (a /raw/ header carries only that). */
import { describe, expect, it } from 'vitest';
import { postDateOf, type UpdateId } from '../../../shared/model';
import { teamTimeline } from '../../../shared/triage/team-history';

describe('postDateOf', () => {
  it('prefers the posting date', () => {
    expect(postDateOf({ postedAt: '2024-11-25T09:00:00.000Z', editedAt: '2024-11-27T09:00:00.000Z' })).toEqual({ at: '2024-11-25T09:00:00.000Z', isEditDate: false });
  });
  it('falls back to the edit date, marked as one', () => {
    expect(postDateOf({ editedAt: '2024-11-27T09:00:00.000Z' })).toEqual({ at: '2024-11-27T09:00:00.000Z', isEditDate: true });
  });
  it('has no date without either', () => {
    expect(postDateOf({})).toBeUndefined();
  });
  it('orders a team timeline by the date each post shows', () => {
    const updates = [
      { id: 'a' as UpdateId, isTeamUpdate: true, editedAt: '2024-12-01T00:00:00.000Z' },
      { id: 'b' as UpdateId, isTeamUpdate: true, postedAt: '2024-11-20T00:00:00.000Z' },
      { id: 'c' as UpdateId, isTeamUpdate: true },
    ];
    expect(teamTimeline(updates).map((u) => u.id)).toEqual(['b', 'a', 'c']);
  });
});
