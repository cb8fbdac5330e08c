/**
 * Live queries of the Items view and the item detail (issue 4). Each re-renders its
 * component when the tables it reads change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DecisionRow, HistoryRow, ItemId, ItemRow, MeetingRow, MemberId, ThreadRow, UpdateRow } from '../../../shared/model';
import { db } from '../instance';
import { getMe } from '../repos/settings-repo';
import { useLiveItems } from './live-items';

/** Every item; undefined while loading. Patched row by row after edits (see live-items.ts). */
export const useAllItems = useLiveItems;

/** Every thread, newest first, for the thread filter. */
export const useThreads = () => useLiveQuery(async () => (await db.threads.toArray()).sort((a, b) => b.importedAt.localeCompare(a.importedAt)), []);

/** The roster id of the member using the app (matched by name), or null. */
export const useMyMemberId = () =>
  useLiveQuery(async (): Promise<MemberId | null> => {
    const me = await getMe();
    if (!me) return null;
    const key = me.name.trim().toLocaleLowerCase();
    const member = await db.members.filter((m) => m.name.trim().toLocaleLowerCase() === key).first();
    return member?.id ?? null;
  }, []);

/** An item with what the detail shows around it. */
export type ItemContext = {
  item: ItemRow;
  update: UpdateRow | undefined;
  thread: ThreadRow | undefined;
  decisions: DecisionRow[];
  meetings: MeetingRow[];
  history: HistoryRow[];
};

/** One item in context: its post, thread, linked decisions and meetings and its history (newest first). */
export const useItemContext = (id: ItemId | null) =>
  useLiveQuery(async (): Promise<ItemContext | null> => {
    if (id === null) return null;
    const item = await db.items.get(id);
    if (!item) return null;
    const [update, thread, byItem, linked, entries, history] = await Promise.all([
      db.updates.get(item.updateId),
      db.threads.get(item.threadId),
      db.decisions.where('itemIds').equals(id).toArray(),
      db.decisions.bulkGet(item.decisionIds),
      db.agendaEntries.where('itemId').equals(id).toArray(),
      db.history.where('[table+recordId]').equals(['items', id]).toArray(),
    ]);
    const decisions = new Map<string, DecisionRow>();
    for (const d of [...byItem, ...linked]) if (d) decisions.set(d.id, d);
    const meetings = (await db.meetings.bulkGet([...new Set(entries.map((e) => e.meetingId))])).filter((m) => m !== undefined);
    return {
      item,
      update,
      thread,
      decisions: [...decisions.values()].sort((a, b) => a.number - b.number),
      meetings,
      history: history.sort((a, b) => b.at.localeCompare(a.at)),
    };
  }, [id]);

/** Whether there is a change to undo (for the Undo button's state). */
export const useCanUndo = () =>
  useLiveQuery(
    () =>
      db.history
        .orderBy('at')
        .reverse()
        .filter((h) => h.before !== undefined && h.undoneAt === undefined && h.undoOf === undefined)
        .first()
        .then((h) => h !== undefined),
    [],
    false,
  );
