/**
 * People as minutes write them: `@handle` mentions (GitHub/Discourse handles, also the code
 * span `` `@x` `` the exporter writes for a handle it may not ping) and plain names in lists
 * such as "John, K900, Robert". Pure text rules; the roster is matched in minutes-to-rows.ts.
 */

/** A handle after `@`: letters, digits, `_`, `-`, `.` (not at the end). */
export const HANDLE_SOURCE = '[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]*[\\p{L}\\p{N}_])?';
const HANDLE_AT = new RegExp(`\`?@(${HANDLE_SOURCE})\`?(?![\\p{L}\\p{N}_/])`, 'gu');
const LEADING_OWNER = new RegExp(`^\`?@(${HANDLE_SOURCE})\`?(?![\\p{L}\\p{N}_/])`, 'u');
const LABELS = /^(vote|votes|voting|proposal|motion|note|notes|action|todo|item|result|conclusion|outcome|context|background|discussion|agenda|done|update|question|answer|edit|later|pro|con|all|everyone)$/i;

/** Every `@handle` in `text`, in order, each once, as `@handle`. */
export function handlesIn(text: string): string[] {
  return [...new Set([...text.matchAll(HANDLE_AT)].map((m) => `@${m[1] ?? ''}`))];
}

/** The `@handle` a text starts with (`@x: …`, `@x will …`), or undefined. */
export function leadingHandle(text: string): { handle: string; rest: string } | undefined {
  const m = LEADING_OWNER.exec(text.trim());
  if (!m) return undefined;
  return { handle: `@${m[1] ?? ''}`, rest: text.trim().slice(m[0].length) };
}

/**
 * Whether a line is someone speaking: `@x: …`, `@x …`, `@x/@y: …` or `Name: …` with one
 * capitalised word that is not a label such as `Vote:` or `Proposal:`.
 */
export function isSpeakerLine(text: string): boolean {
  const t = text.trim();
  if (leadingHandle(t)) return true;
  const named = /^([\p{Lu}][\p{L}\p{N}_-]*)\s*:\s*\S/u.exec(t);
  return named !== null && !LABELS.test(named[1] ?? '');
}

/** A speaker line without its speaker: `@x: text` → `text`. */
export function withoutSpeaker(text: string): string {
  const t = text.trim();
  const lead = leadingHandle(t);
  if (!lead) return t;
  // `@a/@b: text`: every speaker before the text goes.
  let rest = lead.rest;
  for (let m = /^\s*\/\s*`?@[^\s:/]+`?/.exec(rest); m; m = /^\s*\/\s*`?@[^\s:/]+`?/.exec(rest)) rest = rest.slice(m[0].length);
  return rest.replace(/^\s*[:,-]?\s*/, '').trim() || t;
  return t;
}

/** A parenthesised part and what came before it: `@K900 (internet issues)`. */
export type NamedPart = { person: string; note?: string };

/**
 * The people of an attendance value (`@a @b`, `@a, @b`, `John, K900, Robert`), each with the
 * note in parentheses right after them. `none`, `n/a` and `-` name nobody.
 */
export function peopleIn(value: string): { people: NamedPart[]; rest: string[] } {
  const people: NamedPart[] = [];
  const rest: string[] = [];
  for (const part of splitTopLevel(value)) {
    const paren = /^(.*?)\s*\(([^()]*)\)\s*[.,;]?$/.exec(part);
    const head = (paren ? paren[1] : part)?.trim() ?? '';
    let note = paren?.[2]?.trim();
    const handles = handlesIn(head);
    // `@a @b (quorum)`, `(4/7)`: a note on the line, not on the last person named.
    if (note && (handles.length > 1 || /^(quorum|no quorum|\d+\s*\/\s*\d+)$/i.test(note))) {
      rest.push(`(${note})`);
      note = undefined;
    }
    if (handles.length) {
      handles.forEach((h, i) => people.push({ person: h, ...(note && i === handles.length - 1 ? { note } : {}) }));
      const leftover = head.replace(HANDLE_AT, '').replace(/[\s,;.]+/g, '');
      if (leftover) rest.push(head);
    } else if (/^[\p{L}][\p{L}\p{N}_.\-' ]{0,40}$/u.test(head) && !/^(n\/a|none|nobody|-+)$/i.test(head) && head.split(' ').length <= 3) {
      people.push({ person: head, ...(note ? { note } : {}) });
    } else if (head && !/^(n\/a|none|nobody|-+)$/i.test(head)) rest.push(head);
    if (note && !head) rest.push(`(${note})`);
  }
  return { people, rest };
}

/** Parts of a list separated by commas or semicolons outside parentheses. */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  // `@a @b (quorum)`: a parenthesis that follows space-separated handles is its own part.
  return parts.flatMap((p) => splitParens(p.trim())).filter((p) => p !== '');
}

function splitParens(part: string): string[] {
  const out: string[] = [];
  let rest = part;
  for (;;) {
    const m = /^(.*?)\s*(\([^()]*\))\s*(.*)$/.exec(rest);
    if (!m || !m[3]) break;
    out.push(`${m[1] ?? ''} ${m[2] ?? ''}`.trim());
    rest = m[3];
  }
  out.push(rest);
  return out;
}
