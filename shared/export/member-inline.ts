/**
 * The inline half of the member-text rule (member-text.ts, issue 13): one line of an SC
 * member's Markdown rewritten so that only three things change — raw HTML, mentions of
 * people the document does not mean to ping, and links to anything but http(s) or mailto.
 * Other links, emphasis, code spans and autolinks come out exactly as typed.
 *
 * A hand scanner, not markdown-it: the output must be the member's own source with those
 * two rewrites, and markdown-it's inline tokens carry no source offsets to rewrite by. The
 * scanner knows just enough CommonMark to stay out of the places where a rewrite would
 * change what was typed: backslash escapes, code spans (matched by backtick-run length, as
 * CommonMark does; an unmatched run is literal backticks) and `<https://…>` autolinks.
 */
import { inertMention, isPingable, mentionAt, type Pingable } from './mentions';

const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
/** `<…>` without white space or brackets inside: an autolink when its content is one of the kinds below. */
const ANGLED = /^<[^\s<>]*>/;
/**
 * The autolinks the exports keep: http(s), mailto, and e-mail addresses that start with a
 * letter or digit. None of these can be read as HTML (a tag name holds no `:` or `@`, and
 * `<!--x@y-->` starts with `!`), so keeping their `<` lets no HTML through.
 */
const AUTOLINK_CONTENT = /^(?:https?:\/\/|mailto:[^@\s]*@|[A-Za-z0-9][\w.+-]*@[A-Za-z0-9])/i;
/**
 * A link destination (`](…)`) with a scheme other than http(s) or mailto: `javascript:`,
 * `data:`, `vbscript:`, `file:` … A renderer may or may not block it; the export never
 * offers it, so such a link is written as text (its `]` escaped).
 */
const UNSAFE_DESTINATION = /^\]\(\s*<?(?!(?:https?|mailto):)[A-Za-z][A-Za-z0-9+.-]*:/i;
/** A `<` that could open an HTML tag, closing tag, comment, declaration or processing instruction. */
const TAG_START = /^<[A-Za-z/!?]/;

/** Index of the next run of exactly `length` backticks at or after `from`, or -1. */
function closingRun(line: string, from: number, length: number, unmatched: Set<number>): number {
  // A length that found no closing run from an earlier place finds none from a later one
  // either: remembering it keeps a line full of stray backticks linear (markdown-it does the same).
  if (unmatched.has(length)) return -1;
  for (let i = line.indexOf('`', from); i !== -1; ) {
    let end = i;
    while (line[end] === '`') end++;
    if (end - i === length) return i;
    i = line.indexOf('`', end);
  }
  unmatched.add(length);
  return -1;
}

/**
 * One line of member Markdown with raw HTML made text (`<` escaped) and every mention not
 * in `pingable` written as a code span. With `isCell`, every `|` is escaped too — even in
 * a code span, which GFM tables split on otherwise.
 */
export function scanMemberLine(line: string, pingable: Pingable, isCell: boolean): string {
  const cell = (s: string) => (isCell ? s.replace(/(?<!\\)\|/g, '\\|') : s);
  let out = '';
  const unmatched = new Set<number>();
  // A code span written right against another one would merge with it: keep a space between.
  const inert = (handle: string, next: string | undefined) =>
    `${out.endsWith('`') ? ' ' : ''}${inertMention(handle)}${next === '`' ? ' ' : ''}`;
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    const next = line[i + 1];
    if (c === '\\' && next === '@') {
      // `\@name` still pings on Discourse, which drops the escape before matching mentions.
      const m = mentionAt(line, i + 1);
      if (m && !isPingable(m.handle, pingable)) {
        out += inert(m.handle, line[m.end]);
        i = m.end;
      } else {
        out += '\\@';
        i += 2;
      }
    } else if (c === '\\' && next !== undefined && ASCII_PUNCT.test(next)) {
      out += c + next;
      i += 2;
    } else if (c === '`') {
      let run = i;
      while (line[run] === '`') run++;
      const close = closingRun(line, run, run - i, unmatched);
      const end = close === -1 ? run : close + (run - i);
      out += cell(line.slice(i, end));
      i = end;
    } else if (c === '<') {
      const angled = ANGLED.exec(line.slice(i, i + 2048));
      const auto = angled && AUTOLINK_CONTENT.test(angled[0].slice(1)) ? angled : null;
      if (auto) {
        out += cell(auto[0]);
        i += auto[0].length;
      } else {
        out += TAG_START.test(line.slice(i, i + 2)) ? '\\<' : '<';
        i++;
      }
    } else if (c === ']' && UNSAFE_DESTINATION.test(line.slice(i, i + 64))) {
      out += '\\]';
      i++;
    } else {
      const m = c === '@' ? mentionAt(line, i) : undefined;
      if (m) {
        out += isPingable(m.handle, pingable) ? line.slice(i, m.end) : inert(m.handle, line[m.end]);
        i = m.end;
      } else {
        out += isCell && c === '|' ? '\\|' : c;
        i++;
      }
    }
  }
  return out;
}
