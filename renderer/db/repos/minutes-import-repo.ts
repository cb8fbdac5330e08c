/**
 * The write of imported minutes (issues 6 and 15): meetings, their topics, actions and
 * decisions, and the meetings' own layouts, in ONE transaction. Every row is checked with
 * the schemas a restore uses, as it will be stored (decision numbers given, earlier rows
 * merged), before anything is written; one bad row and nothing is written.
 *
 * A re-import of the same minutes updates the same rows: what the member changed since
 * (an action's status, where it is tracked, a decision's number) is kept, and rows the
 * earlier import made that the minutes no longer give (ids `<meeting id>:…`) are removed;
 * rows the member added to the meeting in the app are never touched.
 */
import { checkMinutesRows } from '../../../shared/meetings/minutes-import/check-rows';
import { sameSections } from '../../../shared/meetings/minutes-import/layout';
import type { MinutesRows } from '../../../shared/meetings/minutes-to-rows';
import { BUILT_IN_TEMPLATE_IDS, parseMeetingTemplate } from '../../../shared/meetings/templates';
import { nextDecisionNumber } from '../../../shared/decisions/numbering';
import {
  newId, type ActionId, type ActionRow, type AgendaEntryId, type DecisionId, type DecisionRow, type MeetingId, type TemplateId, type TemplateRow,
} from '../../../shared/model';
import { db } from '../instance';
import { currentActor } from './history-repo';

/** One file's rows and the file's name (for messages). */
export type MinutesImport = MinutesRows & { source?: string };

/** Saves imported minutes (rules in the module comment); throws ImportWriteError naming the file when a row cannot be stored. */
export async function saveImportedMinutes(imports: readonly MinutesImport[]): Promise<void> {
  const actor = await currentActor();
  const at = new Date().toISOString();
  await db.transaction('rw', [db.meetings, db.agendaEntries, db.actions, db.decisions, db.templates, db.history], async () => {
    let nextNumber = nextDecisionNumber(await db.decisions.toArray());
    const builtIn = await db.templates.get(BUILT_IN_TEMPLATE_IDS.nixosSc as TemplateId);
    for (const imp of imports) {
      const { meeting, entries, layout } = imp;
      const templates: TemplateRow[] = [];
      let templateId: TemplateId | undefined;
      if (layout) {
        if (builtIn && isSameLayout(builtIn.body, layout.template)) templateId = builtIn.id;
        else {
          templateId = layout.id;
          if (!(await db.templates.get(layout.id))) templates.push({ id: layout.id, kind: 'meeting', name: layout.name, body: layout.body, isBuiltIn: false, updatedAt: at });
        }
      }
      const existed = await db.meetings.get(meeting.id);
      const meetingRow = { ...meeting, ...(templateId ? { templateId } : {}), ...(existed ? { createdAt: existed.createdAt } : {}) };
      const decisions: DecisionRow[] = [];
      for (const d of imp.decisions) {
        const old = await db.decisions.get(d.id);
        decisions.push(old ? { ...d, number: old.number, createdAt: old.createdAt, updatedAt: at } : { ...d, number: nextNumber++ });
      }
      const actions: ActionRow[] = [];
      for (const a of imp.actions) {
        const old = await db.actions.get(a.id);
        actions.push(old ? { ...a, status: old.status, createdAt: old.createdAt, updatedAt: at, ...(old.meetingId ? { meetingId: old.meetingId } : {}) } : a);
      }
      checkMinutesRows({ meeting: meetingRow, entries, actions, decisions, templates }, imp.source ?? meeting.title);
      await removeStale(meeting.id, { entries: entries.map((e) => e.id), actions: actions.map((a) => a.id), decisions: decisions.map((d) => d.id) });
      if (templates.length) await db.templates.bulkAdd(templates);
      await db.meetings.put(meetingRow);
      await db.agendaEntries.bulkPut([...entries]);
      await db.actions.bulkPut(actions);
      await db.decisions.bulkPut(decisions);
      const counts = `${entries.length} topics, ${actions.length} actions, ${decisions.length} decisions`;
      await db.history.add({ id: newId(), table: 'meetings', recordId: meeting.id, at, by: actor, summary: `imported minutes “${meeting.title}” (${counts})` });
    }
  });
}

function isSameLayout(body: string, layout: Parameters<typeof sameSections>[1]): boolean {
  try {
    return sameSections(parseMeetingTemplate(body), layout);
  } catch {
    return false;
  }
}

/** Rows an earlier import of this meeting made (ids `<meeting id>:…`) that this one does not give again. */
async function removeStale(meetingId: MeetingId, keep: { entries: AgendaEntryId[]; actions: ActionId[]; decisions: DecisionId[] }): Promise<void> {
  const prefix = `${meetingId}:`;
  const stale = <T extends string>(ids: readonly T[], wanted: readonly T[]): T[] => ids.filter((id) => id.startsWith(prefix) && !wanted.includes(id));
  const entryIds = await db.agendaEntries.where('meetingId').equals(meetingId).primaryKeys();
  const actionIds = await db.actions.where('id').startsWith(prefix).primaryKeys();
  const decisionIds = await db.decisions.where('id').startsWith(prefix).primaryKeys();
  await db.agendaEntries.bulkDelete(stale(entryIds, keep.entries));
  await db.actions.bulkDelete(stale(actionIds, keep.actions));
  await db.decisions.bulkDelete(stale(decisionIds, keep.decisions));
}
