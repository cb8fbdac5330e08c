/**
 * The recorder's minutes box of one agenda entry as the entry's sub-bullets (issue 6), with
 * the member's Markdown kept (issue 13, shared/export/member-text.ts).
 *
 * Recorders type one note per line, with or without their own bullet; the export writes
 * each top-level line as one sub-bullet, replacing a typed `-`/`*`/`+` by its own and
 * keeping a typed number (`1.`). What the recorder indented under a note (a nested list, a
 * second paragraph) and a fenced code block stay with that note, indented into its bullet.
 */
import { listItem } from '../export/md-layout';
import { memberMarkdown } from '../export/member-text';
import type { Pingable } from '../export/mentions';

type Note = { marker: string; lines: string[]; contentIndent: number };

const FENCE = /^\s*(`{3,}|~{3,})/;
const BULLET = /^([-*+]|\d{1,9}[.)])\s+(.*)$/;

/** `line` without up to `n` leading spaces (the width of the note's own bullet). */
function dedent(line: string, n: number): string {
  const lead = /^ */.exec(line)?.[0].length ?? 0;
  return line.slice(Math.min(lead, n));
}

function closesFence(line: string, marker: string): boolean {
  const m = /^\s*(`+|~+)\s*$/.exec(line);
  return m !== null && m[1]![0] === marker[0] && m[1]!.length >= marker.length;
}

/** The notes of a minutes box: top-level lines, each with what belongs to it. */
function splitNotes(text: string): Note[] {
  const notes: Note[] = [];
  let fence: string | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const current = notes[notes.length - 1];
    if (fence !== null && current) {
      current.lines.push(dedent(line, current.contentIndent));
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (line === '') {
      current?.lines.push('');
      continue;
    }
    const open = FENCE.exec(line);
    if (current && (open || /^\s/.test(line))) {
      current.lines.push(dedent(line, current.contentIndent));
      if (open) fence = open[1] ?? null;
      continue;
    }
    const start = line.trimStart();
    if (open) fence = open[1] ?? null;
    const bullet = open ? null : BULLET.exec(start);
    if (bullet) notes.push({ marker: /\d/.test(bullet[1]!) ? bullet[1]! : '-', lines: [bullet[2]!], contentIndent: start.length - bullet[2]!.length });
    else notes.push({ marker: '-', lines: [start], contentIndent: 0 });
  }
  return notes;
}

/** The sub-bullets (at `indent`) for a minutes box; mentions ping only `pingable`. */
export function minutesNoteLines(text: string, pingable: Pingable, indent = '  '): string[] {
  return splitNotes(text).flatMap((note) => {
    const body = memberMarkdown(note.lines.join('\n'), { pingable });
    return body ? listItem(body, { indent, marker: note.marker }) : [];
  });
}
