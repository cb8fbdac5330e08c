/**
 * The export rule for text an SC member typed (issue 13): minutes notes and conclusions,
 * a decision's motion, options and rationale, titles of decisions, agenda entries and
 * meetings, action text, notes shared with a team. The member wrote Markdown for the SC's
 * own documents, so it is kept as typed — links, *emphasis*, `code`, lists, fenced code —
 * and only guarded where it would do harm when the secretary pastes the export:
 *
 * - raw HTML is made text: a `<` that opens a tag or comment is escaped, outside code
 *   spans and fences; `<https://…>` autolinks stay (member-inline.ts);
 * - a mention stays a mention only for a handle the document means to ping (pingable.ts),
 *   any other mention-like text is written as a code span (mentions.ts);
 * - nothing may open a heading, a setext underline or a thematic break: the document's
 *   headings are the exporter's, and a note `---` right after a paragraph would turn that
 *   paragraph into a heading;
 * - a fence left open is closed, so that it cannot swallow the rest of the document;
 * - inline text (a title, a table cell) is one line and cannot open a block where it is
 *   placed; in a table cell `|` is escaped too.
 *
 * Text that came from a team post follows the other rule, team-text.ts.
 */
import { oneLine } from './escape';
import { scanMemberLine } from './member-inline';
import type { Pingable } from './mentions';
import { NOBODY } from './pingable';

/** What the member-text rule needs to know about the document the text goes into. */
export interface MemberTextOptions {
  /** Handles the document may ping (pingable.ts); every other mention is written inert. Default: nobody. */
  pingable?: Pingable;
  /** The text goes into a GFM table cell: `|` is escaped as well. */
  isCell?: boolean;
}

const ATX = /^#{1,6}(?=[ \t]|$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const CONTAINER_MARKER = /^(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/;
const FENCE_OPEN = /^(?:(`{3,})(?!.*`)|(~{3,}))/;
/** What would start a block where inline text is placed (after `- `, at a line start); rules are checked apart. */
const INLINE_BLOCK_START = /^(?:#{1,6}(?=\s|$)|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|>|=+\s*$|~{3,}|`{3,}(?!.*`)|\[[^\]]*\]:)/;

/** A thematic break (`---`, `* * *`, `___`): three or more of one of `-*_`, spaces between allowed. */
function isThematicBreak(line: string): boolean {
  const marks = line.replace(/[ \t]/g, '');
  return marks.length >= 3 && /^(?:-+|\*+|_+)$/.test(marks);
}

/**
 * An SC member's text as one line of Markdown, for a title, a bullet or a table cell
 * (`isCell`): Markdown kept, guarded as in the module comment, line breaks folded.
 */
export function memberInline(text: string, opts: MemberTextOptions = {}): string {
  const line = scanMemberLine(oneLine(text), opts.pingable ?? NOBODY, opts.isCell ?? false);
  if (!INLINE_BLOCK_START.test(line) && !isThematicBreak(line)) return line;
  const numbered = /^(\d{1,9})([.)])/.exec(line);
  return numbered ? `${numbered[1]}\\${line.slice(numbered[1]!.length)}` : `\\${line}`;
}

/** A line split after its container markers (`> `, `- `, `1. `), and whether what follows must be guarded. */
function splitLine(line: string): { prefix: string; body: string; isGuarded: boolean } {
  let at = 0;
  for (;;) {
    const lead = /^[ \t]*/.exec(line.slice(at))?.[0].length ?? 0;
    const body = line.slice(at + lead);
    const prefix = line.slice(0, at + lead);
    // Checked before each marker is taken off: `* * *` and `- - -` are rules, not lists.
    if (ATX.test(body) || isThematicBreak(body) || SETEXT.test(body)) return { prefix, body, isGuarded: true };
    const marker = CONTAINER_MARKER.exec(body);
    if (!marker) return { prefix, body, isGuarded: false };
    at += lead + marker[0].length;
  }
}

/** Whether `line` closes a fence opened with `marker` (same character, at least as long). */
function closesFence(line: string, marker: string): boolean {
  const body = line.replace(/^[ \t>]*/, '');
  const m = /^(`+|~+)[ \t]*$/.exec(body);
  return m !== null && m[1]![0] === marker[0] && m[1]!.length >= marker.length;
}

/**
 * An SC member's multi-line text as Markdown, for a paragraph, a quote or (through
 * md-layout.ts) a list item: kept as typed, guarded as in the module comment. Lines in a
 * fenced code block are left exactly as they are. Trailing white space and leading and
 * trailing blank lines are dropped.
 */
export function memberMarkdown(text: string, opts: MemberTextOptions = {}): string {
  const pingable = opts.pingable ?? NOBODY;
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  let fence: { marker: string; indent: string } | null = null;
  for (const line of lines) {
    if (fence) {
      out.push(line);
      if (closesFence(line, fence.marker)) fence = null;
      continue;
    }
    const { prefix, body, isGuarded } = splitLine(line);
    const open = isGuarded ? null : FENCE_OPEN.exec(body);
    if (open) {
      // The closing fence, if the member left it out, goes where the content of the container starts.
      fence = { marker: open[1] ?? open[2] ?? '```', indent: prefix.replace(/[-+*]|\d{1,9}[.)]/g, (m) => ' '.repeat(m.length)) };
      out.push(line);
      continue;
    }
    out.push(`${prefix}${isGuarded ? '\\' : ''}${scanMemberLine(body, pingable, false)}`);
  }
  if (fence) out.push(`${fence.indent}${fence.marker}`);
  return out.join('\n');
}
