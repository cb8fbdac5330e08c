/**
 * Live queries for components: they re-render when the underlying tables change
 * (dexie `useLiveQuery`). Components read domain data only through these hooks.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { getMe } from '../repos/settings-repo';

export const useMembers = () => useLiveQuery(() => db.members.orderBy('name').toArray(), []);
export const useMe = () => useLiveQuery(() => getMe(), [], undefined);
export const useTeams = () => useLiveQuery(() => db.teams.orderBy('name').toArray(), []);
export const useCounts = () =>
  useLiveQuery(async () => ({
    teams: await db.teams.count(),
    updates: await db.updates.count(),
    items: await db.items.count(),
    decisions: await db.decisions.count(),
    meetings: await db.meetings.count(),
  }), []);
