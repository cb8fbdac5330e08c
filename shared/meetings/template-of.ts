/**
 * Which template a meeting follows. A meeting names its template; when that template is
 * gone or no longer parses (it was edited by hand in a backup), the built-in one of the
 * meeting's series is used, so an agenda always has sections to show and export.
 * Pure: the CLI and the app both call it, so they export the same Markdown.
 */
import type { MeetingRow, TemplateId, TemplateRow } from '../model';
import {
  BUILT_IN_TEMPLATE_IDS, NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE, parseMeetingTemplate, type MeetingTemplate,
} from './templates';

/** The series of the SC's own meetings. */
export const SC_SERIES = 'sc';

/** `team:<teamId>` for a one-team meeting, `sc` for the SC's own meetings (several teams share the first team's series). */
export function seriesKeyFor(teamIds: readonly string[]): string {
  return teamIds[0] === undefined ? SC_SERIES : `team:${teamIds[0]}`;
}

/** The built-in template id a new meeting of these teams starts from. */
export function defaultTemplateId(teamIds: readonly string[]): TemplateId {
  return (teamIds.length === 0 ? BUILT_IN_TEMPLATE_IDS.nixosSc : BUILT_IN_TEMPLATE_IDS.team) as TemplateId;
}

/** The body a built-in template had when it shipped, for "reset to built-in". */
export function builtInBody(id: string): string | undefined {
  if (id === BUILT_IN_TEMPLATE_IDS.nixosSc) return NIXOS_SC_TEMPLATE;
  if (id === BUILT_IN_TEMPLATE_IDS.team) return TEAM_MEETING_TEMPLATE;
  return undefined;
}

/** The parsed template of a meeting (rule in the module comment). */
export function templateOf(meeting: Pick<MeetingRow, 'templateId' | 'teamIds'>, templates: readonly TemplateRow[]): MeetingTemplate {
  const row = templates.find((t) => t.id === (meeting.templateId ?? defaultTemplateId(meeting.teamIds)));
  if (row) {
    try {
      return parseMeetingTemplate(row.body, row.name);
    } catch {
      // Fall through to the built-in: a broken stored template must not hide the agenda.
    }
  }
  return parseMeetingTemplate(builtInBody(defaultTemplateId(meeting.teamIds)) ?? TEAM_MEETING_TEMPLATE);
}
