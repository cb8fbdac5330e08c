/**
 * Meetings (issue 6): planning, templates, carry-over and the import of past minutes.
 *
 * Every edit an SC member makes goes through the history repo. Writes that touch several
 * tables (a meeting and the entries carried into it, a round of meetings) run in ONE
 * transaction, so a failure leaves nothing half-written. Imported minutes are written by
 * minutes-import-repo.ts.
 *
 * Carry-over rule: when a meeting is created or opened, the unfinished entries and open
 * actions of the latest earlier meeting of its series are carried into it — but only from
 * a meeting that was held (status held or minutes published). A meeting still planned has
 * not happened: moving its agenda forward would empty it.
 */
import { carryOver, previousMeetingOf } from '../../../shared/meetings/carry-over';
import { MeetingsError } from '../../../shared/meetings/errors';
import { BUILT_IN_TEMPLATE_IDS, parseMeetingTemplate } from '../../../shared/meetings/templates';
import { assertTimeZone, zonedToInstant } from '../../../shared/meetings/week';
import {
  meetingRow, newId, type MeetingId, type MeetingRow, type MemberId, type TeamId, type TemplateId, type TemplateRow,
} from '../../../shared/model';
import { builtInBody, defaultTemplateId, seriesKeyFor } from '../../../shared/meetings/template-of';
import { builtInCopyState, followBuiltIn, versionOnSave } from '../../../shared/templates/built-in-copies';
import { db } from '../instance';
import { changeRecord, currentActor } from './history-repo';

/** Input an SC member gave that cannot be saved; runAction shows the message next to the form. */
export class MeetingInputError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly code: 'missing-title' | 'bad-date' | 'bad-time-zone' | 'bad-duration' | 'bad-template' | 'not-found' | 'not-built-in',
    message: string,
  ) {
    super(message);
  }
}

const BUILT_INS = [
  { id: BUILT_IN_TEMPLATE_IDS.nixosSc, name: 'NixOS SC meeting' },
  { id: BUILT_IN_TEMPLATE_IDS.team, name: 'Team meeting' },
] as const;

/**
 * Adds the built-in meeting templates that are missing, and brings a stored copy the member
 * never edited up to the current built-in (shared/templates/built-in-copies.ts); an edited
 * built-in is left as the member saved it (the Templates tab offers the newer one).
 */
export async function ensureBuiltInTemplates(): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    for (const t of BUILT_INS) {
      const stored = await db.templates.get(t.id);
      if (!stored) {
        await db.templates.add({ id: t.id as TemplateId, kind: 'meeting', name: t.name, body: builtInBody(t.id) ?? '', isBuiltIn: true, updatedAt: new Date().toISOString() });
        continue;
      }
      const followed = followBuiltIn(stored);
      if (followed !== stored) await db.templates.put({ ...followed, updatedAt: new Date().toISOString() });
    }
  });
}

function checkTemplate(body: string, name: string): void {
  try {
    parseMeetingTemplate(body, name);
  } catch (error) {
    if (error instanceof MeetingsError) throw new MeetingInputError('bad-template', error.message);
    throw error;
  }
}

/** Saves an edited template body (and name); refuses a body that does not parse, naming the line. */
export async function saveTemplate(id: TemplateId, edit: { name: string; body: string }): Promise<void> {
  const name = edit.name.trim();
  if (!name) throw new MeetingInputError('missing-title', 'Give the template a name.');
  checkTemplate(edit.body, name);
  await changeRecord<TemplateRow>({
    table: 'templates', id,
    patch: (t) => {
      if (t.name === name && t.body === edit.body) return null;
      // The built-in version the member's text starts from, for "a newer built-in version is available".
      const version = versionOnSave(t, edit.body);
      return { name, body: edit.body, updatedAt: new Date().toISOString(), ...(version !== undefined && version !== t.builtInVersion ? { builtInVersion: version } : {}) };
    },
    summary: (t) => `edited template “${t.name}”`,
  });
}

/** Adds a meeting template (for example a copy of the team template for one team). */
export async function addTemplate(edit: { name: string; body: string }): Promise<TemplateRow> {
  const name = edit.name.trim();
  if (!name) throw new MeetingInputError('missing-title', 'Give the template a name.');
  checkTemplate(edit.body, name);
  const row: TemplateRow = { id: newId<TemplateId>(), kind: 'meeting', name, body: edit.body, isBuiltIn: false, updatedAt: new Date().toISOString() };
  const actor = await currentActor();
  await db.transaction('rw', db.templates, db.history, async () => {
    await db.templates.add(row);
    await db.history.add({ id: newId(), table: 'templates', recordId: row.id, at: row.updatedAt, by: actor, summary: `added template “${name}”` });
  });
  return row;
}

/**
 * Puts a built-in template back to the current built-in text ("Reset to built-in", "Use the
 * new built-in"); undoable like any edit, and the copy follows the built-in from then on.
 */
export async function resetTemplate(id: TemplateId): Promise<void> {
  const body = builtInBody(id);
  if (body === undefined) throw new MeetingInputError('not-built-in', 'Only a built-in template can be reset.');
  await changeRecord<TemplateRow>({
    table: 'templates', id,
    patch: (t) => (t.body === body ? null : { body, updatedAt: new Date().toISOString() }),
    summary: (t) => `reset template “${t.name}” to the built-in text`,
  });
}

/**
 * "Keep mine": the member keeps their edit of a built-in over its newer version; the notice
 * goes until the built-in changes again. Undoable like any edit.
 */
export async function keepMyTemplate(id: TemplateId): Promise<void> {
  await changeRecord<TemplateRow>({
    table: 'templates', id,
    patch: (t) => {
      const state = builtInCopyState(t);
      if (state?.kind !== 'edited' || !state.hasNewer) return null;
      return { builtInVersion: state.current, updatedAt: new Date().toISOString() };
    },
    summary: (t) => `kept “${t.name}” as edited over the newer built-in version`,
  });
}

/** What the "new meeting" form and the round planner give. */
export type NewMeeting = {
  title: string;
  teamIds: TeamId[];
  /** `YYYY-MM-DD` and `HH:mm` in `timeZone`; no date leaves the meeting undated. */
  date?: string;
  time?: string;
  timeZone: string;
  durationMin: number;
  memberIds?: MemberId[];
  status?: MeetingRow['status'];
  roundId?: string;
  templateId?: TemplateId;
};

/** A valid meeting row from the form's input; throws MeetingInputError naming the field. */
export function buildMeeting(input: NewMeeting, now: string): MeetingRow {
  const title = input.title.trim();
  if (!title) throw new MeetingInputError('missing-title', 'Give the meeting a title.');
  if (!Number.isInteger(input.durationMin) || input.durationMin < 1 || input.durationMin > 24 * 60) {
    throw new MeetingInputError('bad-duration', `“${title}”: the length must be whole minutes between 1 and 1440.`);
  }
  let startsAt: string | undefined;
  try {
    assertTimeZone(input.timeZone, title);
    if (input.date) startsAt = zonedToInstant(input.date, input.time || '12:00', input.timeZone);
  } catch (error) {
    if (error instanceof MeetingsError) throw new MeetingInputError(error.code === 'bad-time-zone' ? 'bad-time-zone' : 'bad-date', `“${title}”: ${error.message.replace(/^[^:]*: /, '')}.`);
    throw error;
  }
  const memberIds = [...new Set(input.memberIds ?? [])];
  return meetingRow.parse({
    id: newId<MeetingId>(), title, teamIds: input.teamIds, seriesKey: seriesKeyFor(input.teamIds), timeZone: input.timeZone,
    durationMin: input.durationMin, memberIds, teamReps: [], observers: [], status: input.status ?? 'draft',
    templateId: input.templateId ?? defaultTemplateId(input.teamIds), attendance: {}, createdAt: now, updatedAt: now,
    ...(startsAt ? { startsAt } : {}), ...(input.roundId ? { roundId: input.roundId } : {}),
    ...(memberIds[0] ? { chairId: memberIds[0] } : {}), ...(memberIds[1] ? { recorderId: memberIds[1] } : {}),
  });
}

/** Creates meetings (one, or a whole round) with their history and carry-over, in one transaction. */
export async function createMeetings(inputs: NewMeeting[]): Promise<MeetingRow[]> {
  const now = new Date().toISOString();
  const rows = inputs.map((input) => buildMeeting(input, now));
  const actor = await currentActor();
  await db.transaction('rw', [db.meetings, db.agendaEntries, db.actions, db.history], async () => {
    for (const row of rows) {
      await db.meetings.add(row);
      await db.history.add({ id: newId(), table: 'meetings', recordId: row.id, at: now, by: actor, summary: `planned meeting “${row.title}”` });
    }
    for (const row of rows) await carryInto(row.id, now);
  });
  return rows;
}

/** Carries unfinished entries and open actions into a meeting (rule in the module comment); idempotent. Returns how many rows moved. */
export async function ensureCarriedOver(meetingId: MeetingId): Promise<number> {
  return db.transaction('rw', [db.meetings, db.agendaEntries, db.actions], () => carryInto(meetingId, new Date().toISOString()));
}

async function carryInto(meetingId: MeetingId, now: string): Promise<number> {
  const next = await db.meetings.get(meetingId);
  if (!next || next.status === 'held' || next.status === 'minutes-published') return 0;
  const series = await db.meetings.where('seriesKey').equals(next.seriesKey).toArray();
  const previous = previousMeetingOf(next, series);
  if (!previous || (previous.status !== 'held' && previous.status !== 'minutes-published')) return 0;
  const [entries, actions, existing] = await Promise.all([
    db.agendaEntries.where('meetingId').equals(previous.id).toArray(),
    db.actions.where('meetingId').equals(previous.id).toArray(),
    db.agendaEntries.where('meetingId').equals(next.id).toArray(),
  ]);
  // Actions created by the previous meeting but never given a meetingId are its own too.
  const created = await db.actions.filter((a) => a.meetingId === undefined && a.origin.kind === 'meeting' && a.origin.meetingId === previous.id).toArray();
  const moved = carryOver({ previous: { meeting: previous, entries, actions: [...actions, ...created] }, next, existing, now });
  const last = existing.reduce((max, e) => Math.max(max, e.order), 0);
  await db.agendaEntries.bulkAdd(moved.entries.map((e) => ({ ...e, order: last + e.order })));
  await db.actions.bulkPut(moved.actions);
  return moved.entries.length + moved.actions.length;
}

/** What the meeting header edits. */
export type MeetingEdit = Partial<Pick<MeetingRow,
  'title' | 'startsAt' | 'timeZone' | 'durationMin' | 'memberIds' | 'teamReps' | 'observers' | 'chairId' | 'recorderId' | 'status' | 'templateId' | 'attendance'>>;

/** Changes a meeting's fields (with history); `summary` says what changed, e.g. `status: planned → held`. */
export async function updateMeeting(id: MeetingId, edit: MeetingEdit, summary: string): Promise<void> {
  await changeRecord<MeetingRow>({
    table: 'meetings', id,
    patch: (m) => {
      const patch = Object.fromEntries(Object.entries(edit).filter(([k, v]) => JSON.stringify(m[k as keyof MeetingRow]) !== JSON.stringify(v)));
      return Object.keys(patch).length ? { ...patch, updatedAt: new Date().toISOString() } : null;
    },
    summary: () => summary,
    validate: (row) => {
      const parsed = meetingRow.safeParse(row);
      if (!parsed.success) throw new MeetingInputError('bad-date', `The meeting “${row.title}” cannot be saved: ${parsed.error.issues[0]?.message ?? 'a field is not valid'}.`);
      if (!row.title.trim()) throw new MeetingInputError('missing-title', 'Give the meeting a title.');
      return parsed.data;
    },
  });
}
