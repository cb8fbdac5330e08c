/**
 * Live queries of the Meetings screens (issue 6). Linked agenda entries are rendered from
 * the live item and decision returned here, never from a copy, so an edit to an item shows
 * in every agenda that holds it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MeetingExportRows } from '../../../shared/meetings/meeting-documents';
import type { TagRow, UpdateRow } from '../../../shared/model';
import { db } from '../instance';
import { postRefsOf } from '../repos/threads-lookup';

/** Every meeting, by start (undated last). */
export const useMeetings = () =>
  useLiveQuery(async () => {
    const all = await db.meetings.toArray();
    return all.sort((a, b) => (a.startsAt ?? '\uffff').localeCompare(b.startsAt ?? '\uffff') || a.title.localeCompare(b.title));
  }, []);

export const useMeeting = (id: string | null) => useLiveQuery(async () => (id ? (await db.meetings.get(id)) ?? null : null), [id]);

export const useAgendaEntries = (meetingId: string | null) =>
  useLiveQuery(async () => (meetingId ? db.agendaEntries.where('meetingId').equals(meetingId).toArray() : []), [meetingId]);

export const useMeetingTemplates = () =>
  useLiveQuery(async () => (await db.templates.where('kind').equals('meeting').toArray()).sort((a, b) => a.name.localeCompare(b.name)), []);

/** Everything a meeting page and its exports read, in one live snapshot. */
export const useMeetingRows = () =>
  useLiveQuery(async (): Promise<MeetingExportRows & { tags: TagRow[] }> => {
    const agendaEntries = await db.agendaEntries.toArray();
    const items = await db.items.toArray();
    // Only the posts of asks on an agenda: exports link those asks to their posts.
    const onAgenda = new Set(agendaEntries.map((e) => e.itemId));
    return {
      meetings: await db.meetings.toArray(),
      agendaEntries,
      templates: await db.templates.toArray(),
      members: await db.members.orderBy('name').toArray(),
      teams: await db.teams.orderBy('name').toArray(),
      items,
      decisions: await db.decisions.toArray(),
      actions: await db.actions.toArray(),
      tags: await db.tags.toArray(),
      threads: await db.threads.toArray(),
      updates: await postRefsOf(items.filter((i) => onAgenda.has(i.id))),
    };
  }, []);

/**
 * When each of these posts was made (`postedAt`), for the "raised …" of agenda suggestions
 * (issue 13: the post's day, not the import's). Reads only the posts asked for.
 */
export const usePostDates = (updateIds: readonly string[]) => {
  const key = [...new Set(updateIds)].sort().join('\n');
  return useLiveQuery(async (): Promise<Pick<UpdateRow, 'id' | 'postedAt'>[]> => {
    const ids = key ? key.split('\n') : [];
    const rows = ids.length ? await db.updates.bulkGet(ids) : [];
    return rows.flatMap((u) => (u ? [{ id: u.id, ...(u.postedAt ? { postedAt: u.postedAt } : {}) }] : []));
  }, [key]);
};
