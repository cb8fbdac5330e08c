/** Read-only thread lookups for Refresh from the forum (issue 8). */
import type { ThreadId, ThreadRow, UpdateRow } from '../../../shared/model';
import { db } from '../instance';

/** A thread with its stored updates, or null when it is gone. */
export async function threadWithUpdates(threadId: ThreadId): Promise<{ thread: ThreadRow; updates: UpdateRow[] } | null> {
  return db.transaction('r', [db.threads, db.updates], async () => {
    const thread = await db.threads.get(threadId);
    if (!thread) return null;
    return { thread, updates: await db.updates.where('threadId').equals(threadId).toArray() };
  });
}
