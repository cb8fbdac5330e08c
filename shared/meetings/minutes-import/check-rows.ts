/**
 * Imported minutes checked with the schemas a restore uses (shared/model/tables.ts) before
 * anything is written (issue 15: one real minutes file wrote an agenda-entry id over the
 * 200-character limit, and restore then refused every later backup). The write runs this
 * inside its transaction, on the rows exactly as they will be stored; the preview runs it
 * too, so that a file that cannot be stored says so before the member presses Import.
 */
import type { z } from 'zod';
import { ImportWriteError } from '../../import/write-check';
import { TABLE_SCHEMAS } from '../../model/tables';
import type { ActionRow, AgendaEntryRow, DecisionRow, MeetingRow, TemplateRow } from '../../model/rows';

/** The rows one imported minutes file writes. */
export type MinutesWrite = { meeting: MeetingRow; entries: readonly AgendaEntryRow[]; actions: readonly ActionRow[]; decisions: readonly DecisionRow[]; templates: readonly TemplateRow[] };

function problemOf(schema: z.ZodType, row: unknown): string | undefined {
  const result = schema.safeParse(row);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'the row';
  if (issue?.code === 'too_big') return `its ${field} is longer than ${String(issue.maximum)} characters`;
  if (issue?.code === 'too_small') return `its ${field} is empty`;
  return `its ${field} is not valid (${issue?.code ?? 'invalid'})`;
}

/**
 * Throws ImportWriteError naming the file, the row and the field when any row would be
 * refused by a restore; `source` is the file's name.
 */
export function checkMinutesRows(write: MinutesWrite, source: string): void {
  const checks: [z.ZodType, readonly unknown[], (i: number) => string][] = [
    [TABLE_SCHEMAS.meetings, [write.meeting], () => 'the meeting'],
    [TABLE_SCHEMAS.agendaEntries, write.entries, (i) => `topic ${i + 1} (“${write.entries[i]?.title.slice(0, 60) ?? ''}”)`],
    [TABLE_SCHEMAS.actions, write.actions, (i) => `action ${i + 1}`],
    [TABLE_SCHEMAS.decisions, write.decisions, (i) => `decision ${i + 1} (“${write.decisions[i]?.title.slice(0, 60) ?? ''}”)`],
    [TABLE_SCHEMAS.templates, write.templates, () => 'the meeting’s layout'],
  ];
  for (const [schema, rows, name] of checks) {
    rows.forEach((row, i) => {
      const problem = problemOf(schema, row);
      if (problem) throw new ImportWriteError(`${source}: ${name(i)} cannot be stored because ${problem}. Nothing was imported.`);
    });
  }
}
