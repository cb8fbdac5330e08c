/**
 * What the Import past minutes dialog shows for each picked file (issue 15): what was read,
 * the rows that would be written (checked with the restore schemas already, so a file that
 * cannot be stored says so before Import), or why the file is not minutes.
 */
import { ImportWriteError } from '../../../shared/import/write-check';
import { MeetingsError } from '../../../shared/meetings/errors';
import { parseMinutes, type ParsedMinutes } from '../../../shared/meetings/import-minutes';
import { checkMinutesRows } from '../../../shared/meetings/minutes-import/check-rows';
import { minutesToRows } from '../../../shared/meetings/minutes-to-rows';
import type { MemberRow } from '../../../shared/model';
import type { MinutesImport } from '../../db/repos/minutes-import-repo';

/** One picked file: what was read and would be written, or why not. */
export type MinutesPreviewItem = { name: string; parsed?: ParsedMinutes; rows?: MinutesImport; error?: string };

/** Reads picked files into previews; never throws for a bad file. */
export function previewMinutes(files: readonly { name: string; text: string }[], members: readonly MemberRow[], opts: { isPublic: boolean; now?: string }): MinutesPreviewItem[] {
  const now = opts.now ?? new Date().toISOString();
  return files.map(({ name, text }) => {
    try {
      const parsed = parseMinutes(text, name);
      const rows = { ...minutesToRows(parsed, { members, now, isPublic: opts.isPublic }), source: name };
      const layout = rows.layout ? [{ id: rows.layout.id, kind: 'meeting' as const, name: rows.layout.name, body: rows.layout.body, isBuiltIn: false, updatedAt: now }] : [];
      checkMinutesRows({ ...rows, templates: layout }, name);
      return { name, parsed, rows };
    } catch (error) {
      if (error instanceof MeetingsError || error instanceof ImportWriteError) return { name, error: error.message };
      return { name, error: `${name}: could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
  });
}

/** `@handle` of a member id, else its name, else the id. */
export function memberLabel(id: string, members: readonly MemberRow[]): string {
  const m = members.find((x) => x.id === id);
  return m ? (m.handle ? `@${m.handle}` : m.name) : id;
}
