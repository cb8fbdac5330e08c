/**
 * Action items (issue 5): created from a decision, a meeting or an item; owned by an SC
 * member, a team or a person; tracked in a meeting of their team's series. Open actions
 * move on to the next meeting of the same series once their meeting has been held.
 */
import { carryOverActions, nextMeetingInSeries } from '../../../shared/actions/actions';
import { actionRow, newId, type ActionId, type ActionRow, type ActionStatus, type MeetingRow, type TeamId } from '../../../shared/model';
import { db } from '../instance';
import { changeRecords, currentActor, type Change } from './history-repo';
import { DecisionInputError, describeIssue } from './decisions-repo';

/** What the action form edits. */
export type ActionDraft = Pick<ActionRow, 'text' | 'owner' | 'dueOn' | 'origin' | 'teamId' | 'meetingId'>;

function validAction(row: ActionRow): ActionRow {
  if (!row.text.trim()) throw new DecisionInputError('missing-text', 'Say what needs to be done.');
  if (row.owner.kind === 'person' && !row.owner.name.trim()) throw new DecisionInputError('invalid-field', 'Enter the name of the person who owns this action.');
  const parsed = actionRow.safeParse(row);
  if (!parsed.success) throw new DecisionInputError('invalid-field', describeIssue(`action “${row.text.slice(0, 60)}”`, parsed.error.issues));
  return parsed.data;
}

const isUpcoming = (m: MeetingRow, now: string) => (m.status === 'draft' || m.status === 'planned') && (!m.startsAt || m.startsAt >= now);

/** The team an action belongs to, from its origin when the form did not say. */
async function teamOfOrigin(origin: ActionRow['origin']): Promise<TeamId | null> {
  if (origin.kind === 'item') return (await db.items.get(origin.itemId))?.teamId ?? null;
  if (origin.kind === 'decision') {
    const teams = (await db.decisions.get(origin.decisionId))?.teamIds ?? [];
    return teams.length === 1 ? (teams[0] ?? null) : null;
  }
  if (origin.kind === 'meeting') {
    const teams = (await db.meetings.get(origin.meetingId))?.teamIds ?? [];
    return teams.length === 1 ? (teams[0] ?? null) : null;
  }
  return null;
}

/** The team's next meeting that has not been held yet (soonest first; unscheduled last). */
async function nextMeetingOfTeam(teamId: TeamId, now: string): Promise<MeetingRow | undefined> {
  const meetings = (await db.meetings.where('teamIds').equals(teamId).toArray()).filter((m) => isUpcoming(m, now));
  return meetings.sort((a, b) => (a.startsAt ?? '9999').localeCompare(b.startsAt ?? '9999'))[0];
}

/**
 * Creates an open action. Its team defaults to the team of what created it, and it is
 * tracked in the meeting that created it, else in that team's next meeting (so it shows
 * up on that agenda).
 */
export async function createAction(draft: ActionDraft, actor?: string): Promise<ActionRow> {
  const by = actor ?? (await currentActor());
  const at = new Date().toISOString();
  return db.transaction('rw', [db.actions, db.items, db.decisions, db.meetings, db.history], async () => {
    const teamId = draft.teamId ?? (await teamOfOrigin(draft.origin));
    const meetingId =
      draft.meetingId ?? (draft.origin.kind === 'meeting' ? draft.origin.meetingId : teamId ? (await nextMeetingOfTeam(teamId, at))?.id : undefined);
    const action = validAction({ ...draft, id: newId<ActionId>(), text: draft.text.trim(), teamId, meetingId, status: 'open', createdAt: at, updatedAt: at });
    await db.actions.add(action);
    await db.history.add({ id: newId(), table: 'actions', recordId: action.id, at, by, summary: `created action “${action.text.slice(0, 80)}”` });
    return action;
  });
}

/** Saves edited fields of an action. */
export async function updateAction(id: ActionId, edit: Partial<ActionDraft>, actor?: string): Promise<void> {
  const keys = Object.keys(edit) as (keyof ActionDraft)[];
  await changeRecords<ActionRow>(
    [
      {
        table: 'actions',
        id,
        patch: (current) => {
          const changed = keys.filter((k) => JSON.stringify(current[k]) !== JSON.stringify(edit[k]));
          return changed.length ? { ...Object.fromEntries(changed.map((k) => [k, edit[k]])), updatedAt: new Date().toISOString() } : null;
        },
        summary: (_c, patch) => `edited ${Object.keys(patch).filter((k) => k !== 'updatedAt').join(', ')}`,
        validate: validAction,
      },
    ],
    actor,
  );
}

/** Marks an action open, done or dropped. */
export async function setActionStatus(id: ActionId, status: ActionStatus, actor?: string): Promise<void> {
  await changeRecords<ActionRow>(
    [{ table: 'actions', id, patch: (c) => (c.status === status ? null : { status, updatedAt: new Date().toISOString() }), summary: (c) => `status: ${c.status} → ${status}`, validate: validAction }],
    actor,
  );
}

/**
 * Moves the open actions of meetings that have been held (or whose start has passed) to the
 * next meeting of the same series. Runs when the action list opens and may be called by the
 * meetings screens after a meeting; re-running it changes nothing. Returns how many moved.
 */
export async function carryOverOpenActions(now = new Date().toISOString(), actor?: string): Promise<number> {
  const by = actor ?? (await currentActor());
  return db.transaction('rw', [db.actions, db.meetings, db.history], async () => {
    // Oldest meeting first, so an action whose next meeting has also passed keeps moving on.
    const meetings = (await db.meetings.toArray()).sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
    const before = await db.actions.where('status').equals('open').toArray();
    let open = before;
    const route = new Map<string, string[]>();
    for (const meeting of meetings) {
      const isOver = meeting.status === 'held' || meeting.status === 'minutes-published' || (meeting.startsAt !== undefined && meeting.startsAt < now);
      const next = isOver ? nextMeetingInSeries(meetings, meeting) : null;
      if (!next) continue;
      const moved = new Map(carryOverActions(open, meeting, next, now).map((a) => [a.id, a]));
      for (const id of moved.keys()) route.set(id, [...(route.get(id) ?? [meeting.title]), next.title]);
      open = open.map((a) => moved.get(a.id) ?? a);
    }
    const changes: Change<ActionRow>[] = open
      .filter((a, i) => a.meetingId !== before[i]?.meetingId)
      .map((a) => ({ table: 'actions', id: a.id, patch: () => ({ meetingId: a.meetingId, updatedAt: now }), summary: () => `carried over: ${(route.get(a.id) ?? []).join(' → ')}` }));
    return changes.length ? changeRecords(changes, by) : 0;
  });
}
