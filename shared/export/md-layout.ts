/**
 * Placing a block of Markdown inside an exported document (issue 13) so that it stays
 * where it is put: every line of a multi-line note in a list item is indented to the
 * item's content, so that its second line does not end the list; every line of a quote
 * carries its `>`; a block that opens with a list, quote or fence after a label
 * (`- Conclusion:`) starts after a blank line, where that construct can open.
 */

/** A first line that is a block of its own: a fence, a list item, a quote or a table row. */
const OPENS_BLOCK = /^(?:`{3,}|~{3,}|[-+*][ \t]|\d{1,9}[.)][ \t]|>|\|)/;

/** Where a list item goes: its indentation, its marker and a label before the text. */
export interface ListItemOptions {
  /** Spaces before the marker (a nested item); default none. */
  indent?: string;
  /** `-` (default), `*`, `1.` … */
  marker?: string;
  /** Text before the block on the item's first line, e.g. `Conclusion: `. */
  label?: string;
}

/**
 * The lines of one list item holding `block` (already-safe Markdown, e.g. from
 * memberMarkdown): the first line after the marker and label, every further line indented
 * to the item's content so that it stays inside the item. Blank lines stay empty.
 */
export function listItem(block: string, opts: ListItemOptions = {}): string[] {
  const indent = opts.indent ?? '';
  const marker = opts.marker ?? '-';
  const label = opts.label ?? '';
  const content = `${indent}${' '.repeat(marker.length + 1)}`;
  const lines = block === '' ? [] : block.split('\n');
  const nest = (line: string) => (line === '' ? '' : `${content}${line}`);
  const first = lines[0];
  if (first === undefined) return [`${indent}${marker} ${label}`.trimEnd()];
  if (label && OPENS_BLOCK.test(first)) return [`${indent}${marker} ${label}`.trimEnd(), '', ...lines.map(nest)];
  return [`${indent}${marker} ${label}${first}`, ...lines.slice(1).map(nest)];
}

/** `block` as a blockquote: `> ` before every line, `>` for a blank one. */
export function quoteLines(block: string): string[] {
  return block.split('\n').map((line) => (line ? `> ${line}` : '>'));
}

/**
 * `block` to follow a label on the same line (`**Proposal**: …`): as it is, or after a
 * blank line when its first line opens a list, quote or fence that cannot open mid-line.
 */
export function afterLabel(block: string): string {
  return OPENS_BLOCK.test(block) ? `\n\n${block}` : block;
}
