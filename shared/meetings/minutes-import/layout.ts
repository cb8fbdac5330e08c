/**
 * The layout of imported minutes as a meeting template (issue 15): the sections the meeting
 * itself had, in its order and with its own timeboxes (`Old topics (50 min)`, `Housekeeping
 * (15min)`), so that the agenda, the minutes editor and the minutes export follow the
 * meeting as it was held instead of replacing its timeboxes with the built-in template's.
 *
 * The template's id is a hash of its body, so minutes of the same layout share one template
 * and a re-import finds it again; ids never grow with the text. When the layout is the
 * SC's built-in template, the built-in is used and no template is added (minutes-import-repo).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { TemplateId } from '../../model/ids';
import { parseMeetingTemplate, serializeMeetingTemplate, type MeetingTemplate, type TemplateSection } from '../templates';

/** Longest section title an agenda entry can store (AgendaEntryRow.section). */
export const MAX_SECTION_TITLE = 300;

/** A meeting template made from imported minutes. */
export type MinutesLayout = { id: TemplateId; name: string; body: string; template: MeetingTemplate };

/** A short stable hex digest of `text`. */
export function digest(text: string, length = 16): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, length);
}

/**
 * The layout of sections `titles` (with their timeboxes) after an Attendees section, or
 * undefined when the titles do not survive the template format (then the built-in is used).
 */
export function layoutOf(sections: readonly Pick<TemplateSection, 'title' | 'timeboxMin'>[], meetingTitle: string): MinutesLayout | undefined {
  const seen = new Set<string>(['attendees']);
  const own: TemplateSection[] = [{ title: 'Attendees', defaults: [], hints: [], role: 'attendees' }];
  for (const s of sections) {
    const key = s.title.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    own.push({ title: s.title, defaults: [], hints: [], ...(s.timeboxMin === undefined ? {} : { timeboxMin: s.timeboxMin }) });
  }
  const body = serializeMeetingTemplate({ sections: own });
  let template: MeetingTemplate;
  try {
    template = parseMeetingTemplate(body, 'minutes layout');
  } catch {
    return undefined;
  }
  const same = template.sections.length === own.length && template.sections.every((t, i) => t.title === own[i]!.title && t.timeboxMin === own[i]!.timeboxMin);
  if (!same) return undefined;
  return { id: `minutes-layout-${digest(body)}` as TemplateId, name: `Layout of ${meetingTitle}`.slice(0, 300), body, template };
}

/** Whether two templates have the same sections, in the same order, with the same timeboxes. */
export function sameSections(a: MeetingTemplate, b: MeetingTemplate): boolean {
  return a.sections.length === b.sections.length && a.sections.every((s, i) => s.title.toLowerCase() === b.sections[i]!.title.toLowerCase() && s.timeboxMin === b.sections[i]!.timeboxMin);
}
