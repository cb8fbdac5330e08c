/**
 * Attendance lines in every layout the SC's minutes have used (issue 15):
 *
 *     - SC Attendees (4/7): @a @b @c @d (quorum)      **Present**: John, K900, Robert
 *     - Members: @a, @b                              **Absent**: Philip (family vacation)
 *       - Joining at the 45 minute mark: @c          - Absent (celebrating New Years Eve): x, y
 *       - Out: @d @e                                 - Recorder/Chair: @a   - Note taker: @b
 *     - Members: @a, (late: @c) (barely, @e, who is on jury duty)
 *     (@f was travelling to Planet Nix.)
 *
 * A line says who was present, late or absent (with the reason in parentheses), who
 * observed, chaired and took notes. A line the fields cannot fully hold (a reason, a time,
 * names that are not handles, a free note) is also kept as written in `notes`, so that
 * nothing the recorder wrote is lost when the minutes are written out again.
 */
import { handlesIn, peopleIn, type NamedPart } from './people';
import type { MinutesAttendance, Uncertain } from './types';

type Kind = 'present' | 'observers' | 'board' | 'recorder' | 'chair' | 'chair+recorder' | 'absent' | 'late' | 'left';

/**
 * `Label (note): value`, the label maybe in bold (`**Absent**: …`): [label, note, value], or
 * null when the line has no label of at most 40 characters before a colon.
 */
function labelled(line: string): [string, string | undefined, string] | null {
  const text = line.replace(/^(\*\*|__)([^*_:]{1,40})\1\s*(?=[:(])/, '$2').replace(/^([^:]{1,60}):(\*\*|__)/, '$1$2:');
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 60) return null;
  const head = text.slice(0, colon).replace(/(\*\*|__)/g, '').trim();
  const value = text.slice(colon + 1).replace(/^(\*\*|__)/, '').trim();
  const paren = /^([^()]*?)\s*\(([^()]*)\)$/.exec(head);
  const label = (paren ? paren[1] : head) ?? '';
  if (label === '' || label.length > 40 || /[*_()]/.test(label)) return null;
  return [label, paren?.[2], value];
}

function kindOf(label: string): Kind | undefined {
  const l = label.trim().toLowerCase();
  if (/^(sc )?(members?|attendees?|present|everyone|attending|participants)$/.test(l)) return 'present';
  if (/^(observers?|guests?)$/.test(l)) return 'observers';
  if (/^board( members)?$/.test(l)) return 'board';
  if (/chair(person)?\s*\/\s*(recorder|note[- ]?taker)|(recorder|note[- ]?taker)\s*\/\s*chair/.test(l)) return 'chair+recorder';
  if (/^(recorder|note[- ]?takers?|minutes|scribe)$/.test(l)) return 'recorder';
  if (/^(chair|chairperson|chair person|facilitator)$/.test(l)) return 'chair';
  if (/^(absent|out|apologies|regrets|excused|not present|missing)$/.test(l)) return 'absent';
  if (/\b(join(ed|ing)?|late|arriv(ed|ing))\b/.test(l)) return 'late';
  if (/\b(left|leav(e|ing))\b/.test(l)) return 'left';
  return undefined;
}

/** Whether a line before the first section is an attendance line (it has a known label). */
export function isAttendanceLine(text: string): boolean {
  const m = labelled(text.trim());
  return m !== null && kindOf(m[0]) !== undefined;
}

const ABSENCE_WORDS = /\b(travel\w*|away|vacation|holiday|sick|ill|absent|unavailable|could ?n[o’']t|not able|out of)\b/i;

/** Collects attendance from lines, in order; `notes` keeps the lines the fields cannot hold. */
export class AttendanceReader {
  readonly attendance: MinutesAttendance = { present: [], late: [], absent: [], reasons: {}, observers: [], notes: [] };
  readonly uncertain: Uncertain[] = [];

  /** Reads one line (inline Markdown without its list marker). */
  read(text: string): void {
    const line = text.trim();
    if (line === '') return;
    const m = labelled(line);
    const kind = m ? kindOf(m[0]) : undefined;
    if (!m || !kind) {
      this.freeNote(line);
      return;
    }
    const labelNote = m[1]?.trim();
    const { people, rest } = peopleIn(m[2]);
    let keep = rest.length > 0 || people.some((p) => p.note !== undefined || !p.person.startsWith('@')) || kind === 'board' || kind === 'late' || kind === 'left';
    if (labelNote) {
      const count = /^(\d+)\s*\/\s*\d+$/.exec(labelNote);
      if (count && kind === 'present' && Number(count[1]) !== people.length) {
        this.uncertain.push({ what: `attendance count (${labelNote})`, why: `the line names ${people.length} ${people.length === 1 ? 'person' : 'people'}` });
      }
      if (!count) keep = true;
    }
    const note = labelNote && !/^\d+\s*\/\s*\d+$/.test(labelNote) ? labelNote : undefined;
    const isLateMark = (p: NamedPart) => p.note !== undefined && /^(joined late|late)$/i.test(p.note);
    // The exporter's own "(joined late)" says nothing the late status does not.
    if (kind === 'present' && rest.length === 0 && !labelNote && people.every((p) => p.person.startsWith('@') && (!p.note || isLateMark(p)))) keep = false;
    if (kind === 'present') people.forEach((p) => (isLateMark(p) ? this.mark('late', { person: p.person }) : this.mark('present', p)));
    else if (kind === 'absent') people.forEach((p) => this.mark('absent', note && !p.note ? { ...p, note } : p));
    else if (kind === 'late') people.forEach((p) => this.mark('late', { person: p.person, note: p.note ?? m[0].trim() }));
    else if (kind === 'observers' || kind === 'board') people.forEach((p) => this.observe(p.person));
    else if (kind === 'left') keep = true;
    else this.roles(kind, people);
    if ((kind === 'recorder' || kind === 'chair' || kind === 'chair+recorder') && people.length > 1) keep = true;
    if (kind === 'present') rest.forEach((r) => this.aside(r));
    if (keep) this.attendance.notes.push(line);
  }

  private roles(kind: 'recorder' | 'chair' | 'chair+recorder', people: NamedPart[]): void {
    const first = people[0]?.person;
    if (!first) return;
    if (kind !== 'chair') this.attendance.recorder ??= first;
    if (kind !== 'recorder') this.attendance.chair ??= first;
  }

  /** `(late: @x)`, `(barely, @x, who is on jury duty)` inside a list of members. */
  private aside(part: string): void {
    const inner = /^\((.*)\)$/.exec(part.trim())?.[1] ?? part;
    const handles = handlesIn(inner);
    if (handles.length === 0) return;
    const late = /^\s*late\s*:/i.test(inner);
    const note = inner.replace(/`?@[^\s,;)]+`?/g, '').replace(/^\s*late\s*:\s*/i, '').replace(/\s*,\s*,\s*/g, ', ').replace(/^[\s,;]+|[\s,;]+$/g, '');
    for (const person of handles) {
      this.mark(late ? 'late' : 'present', { person, ...(note ? { note } : late ? { note: 'late' } : {}) });
      if (!late) this.uncertain.push({ what: `attendance of ${person}`, why: `the minutes say “${inner.trim()}”` });
    }
  }

  /** A line with no attendance label: kept as written; a note that someone was away marks them absent. */
  private freeNote(line: string): void {
    this.attendance.notes.push(line);
    const handles = handlesIn(line);
    if (handles.length !== 1 || !ABSENCE_WORDS.test(line)) return;
    const person = handles[0]!;
    if (this.isListed(person, ['present', 'late'])) return;
    const reason = line.replace(/^\(|\)\.?$/g, '').replace(/`?@[^\s,;)]+`?\s*/, '').trim();
    this.mark('absent', { person, note: reason.replace(/\.$/, '') });
    this.uncertain.push({ what: `${person} absent`, why: `read from the note “${line}”` });
  }

  private isListed(person: string, lists: ('present' | 'late' | 'absent')[]): boolean {
    const key = person.replace(/^@/, '').toLowerCase();
    return lists.some((l) => this.attendance[l].some((p) => p.replace(/^@/, '').toLowerCase() === key));
  }

  private mark(status: 'present' | 'late' | 'absent', part: NamedPart): void {
    const key = part.person.replace(/^@/, '').toLowerCase();
    const same = (p: string) => p.replace(/^@/, '').toLowerCase() === key;
    const a = this.attendance;
    if (status === 'absent' && this.isListed(part.person, ['present', 'late'])) {
      this.uncertain.push({ what: `attendance of ${part.person}`, why: 'listed both as present and as absent; kept as present' });
      return;
    }
    if (status !== 'absent' && this.isListed(part.person, ['absent'])) {
      this.uncertain.push({ what: `attendance of ${part.person}`, why: 'listed both as absent and as present; kept as present' });
      a.absent = a.absent.filter((p) => !same(p));
    }
    // Late wins over present: "Members: …" lists everyone, a nested line says who came late.
    if (status === 'late') a.present = a.present.filter((p) => !same(p));
    if (status === 'present' && this.isListed(part.person, ['late'])) return;
    if (!this.isListed(part.person, [status])) a[status].push(part.person);
    if (part.note) a.reasons[part.person] = part.note;
  }

  private observe(person: string): void {
    if (!this.attendance.observers.some((o) => o.toLowerCase() === person.toLowerCase())) this.attendance.observers.push(person);
  }
}
