/**
 * Low-level escaping for the Markdown Steering Desk exports.
 *
 * Text pasted into an exported agenda or vote log must never change the document's
 * structure (a title `# Heading` must not open a heading, `<script>` must not become
 * HTML, `| x |` must not split a table cell). Issue 5, SECURITY.md check 29.
 *
 * Exporters do not call these directly for user text: they go through the one rule of
 * issue 13 — team-text.ts for what came from a team post (escaped and mentions
 * neutralised), member-text.ts for what an SC member typed (Markdown kept, guarded).
 */

/** Characters that carry inline Markdown meaning anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~!]/g;

/** Collapse line breaks and escape inline Markdown so `text` is one inert line. */
export function escapeInline(text: string): string {
  return guardLineStart(escapeSpecials(oneLine(text)));
}

/** `text` on one line: line breaks and runs of white space become one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Backslash-escape every inline Markdown character and neutralise entity references; no line-start guard. */
export function escapeSpecials(text: string): string {
  return text.replace(INLINE_SPECIALS, (c) => `\\${c}`).replace(/&(?=[#a-zA-Z0-9]+;)/g, '&amp;');
}

/**
 * Escape a multi-line block of user text: each line is escaped like `escapeInline`,
 * line breaks are kept. Use for notes and minutes that span several lines.
 */
export function escapeBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : escapeInline(line)))
    .join('\n');
}

/** Escape text that would start a block construct (heading, list, quote, rule, fence, numbered list) at line start. */
export function guardLineStart(line: string): string {
  if (/^(#{1,6}(\s|$)|[-+=]{1,}(\s|$)|>|```|~~~|\d+[.)](\s|$))/.test(line)) {
    const m = /^(\d+)([.)])/.exec(line);
    if (m) return `${m[1]}\\${line.slice(m[1]!.length)}`;
    return `\\${line}`;
  }
  return line;
}

/** A value for a Markdown table cell: inline-escaped, with `|` already escaped by escapeInline. */
export function escapeTableCell(text: string): string {
  return escapeInline(text);
}

/** A `@handle` mention built from a user-typed handle; anything but handle characters is dropped. */
export function mention(handle: string): string {
  const clean = handle.replace(/^@+/, '').replace(/[^\p{L}\p{N}_.\-/]/gu, '');
  return clean ? `@${clean}` : '';
}

/** A URL for a Markdown link target: only http(s) survives, and characters that end the target are encoded. */
export function safeLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/[()<> ]/g, (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
