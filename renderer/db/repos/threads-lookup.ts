/** Read-only thread lookups for Refresh from the forum (issue 8) and for the exports' links to posts. */
import type { PostRef } from '../../../shared/export/post-link';
import type { ItemRow, ThreadId, ThreadRow, UpdateRow } from '../../../shared/model';
import { db } from '../instance';

/** A thread with its stored updates, or null when it is gone. */
export async function threadWithUpdates(threadId: ThreadId): Promise<{ thread: ThreadRow; updates: UpdateRow[] } | null> {
  return db.transaction('r', [db.threads, db.updates], async () => {
    const thread = await db.threads.get(threadId);
    if (!thread) return null;
    return { thread, updates: await db.updates.where('threadId').equals(threadId).toArray() };
  });
}

/**
 * Where the posts of `items` are (id, thread, post number, URL), so that exports link each
 * ask to its post. Reads only those updates, and drops their text: a workspace's updates
 * can hold hundreds of megabytes of posts.
 */
export async function postRefsOf(items: readonly Pick<ItemRow, 'updateId'>[]): Promise<PostRef[]> {
  const ids = [...new Set(items.map((i) => i.updateId))];
  const rows = ids.length ? await db.updates.bulkGet(ids) : [];
  return rows.flatMap((u) => (u ? [{ id: u.id, threadId: u.threadId, ...(u.postNumber === undefined ? {} : { postNumber: u.postNumber }), ...(u.url ? { url: u.url } : {}) }] : []));
}
