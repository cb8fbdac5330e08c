/** Live queries of the Teams view (issue 4). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ItemRow, TeamId, ThreadRow, UpdateRow } from '../../../shared/model';
import { db } from '../instance';
import { useLiveItems } from './live-items';
import { groupBy } from '../../../shared/collections/group-by';

/** Every item, for the per-team counts of the team list (shared with the Items view: live-items.ts). */
export const useTeamItems = useLiveItems;

/** A team's updates across threads, with their threads and items. */
export type TeamUpdates = { updates: UpdateRow[]; threads: Map<string, ThreadRow>; itemsByUpdate: Map<string, ItemRow[]> };

export const useTeamUpdates = (teamId: TeamId | null) =>
  useLiveQuery(async (): Promise<TeamUpdates | null> => {
    if (teamId === null) return null;
    const [updates, items] = await Promise.all([db.updates.where('teamId').equals(teamId).toArray(), db.items.where('teamId').equals(teamId).toArray()]);
    const threads = new Map((await db.threads.bulkGet([...new Set(updates.map((u) => u.threadId))])).filter((t) => t !== undefined).map((t) => [t.id as string, t]));
    const itemsByUpdate: Map<string, ItemRow[]> = groupBy(items, (item) => item.updateId);
    return { updates, threads, itemsByUpdate };
  }, [teamId]);

/** A team's change history (assignments), newest first. */
export const useTeamHistory = (teamId: TeamId | null) =>
  useLiveQuery(async () => (teamId === null ? [] : (await db.history.where('[table+recordId]').equals(['teams', teamId]).toArray()).sort((a, b) => b.at.localeCompare(a.at))), [teamId]);
