/** Live list of imported threads for the Import screen's "Threads" card (issue 8). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ThreadRow } from '../../../shared/model';
import { db } from '../instance';

export type ThreadSummary = { thread: ThreadRow; updates: number };

/** Every thread with its number of stored posts, most recently brought up to date first; undefined while loading. */
export const useImportedThreads = () =>
  useLiveQuery(async (): Promise<ThreadSummary[]> => {
    // threads has no index on importedAt, so the (short) list is sorted here.
    const threads = await db.threads.toArray();
    const counts = await Promise.all(threads.map((t) => db.updates.where('threadId').equals(t.id).count()));
    return threads
      .map((thread, i) => ({ thread, updates: counts[i] ?? 0 }))
      .sort((a, b) => (b.thread.refreshedAt ?? b.thread.importedAt).localeCompare(a.thread.refreshedAt ?? a.thread.importedAt));
  }, []);
