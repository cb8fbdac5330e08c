/**
 * The block outline of a minutes file, read from markdown-it's token stream (issue 15): the
 * SC's minutes mix setext and ATX headings, loose and tight lists, lazy continuation lines
 * and stray indentation, which line regexes misread. Every block keeps the source lines it
 * came from, so that notes can be stored exactly as the recorder wrote them (links, inline
 * formatting, nesting) instead of as re-rendered text.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/** A heading; `text` is its inline Markdown as written. */
export type HeadingBlock = { kind: 'heading'; level: number; text: string; start: number; end: number };
/** A list; items hold their own first paragraph and everything nested under it. */
export type ListBlock = { kind: 'list'; items: ListItem[]; start: number; end: number };
/** Any other block: a paragraph (`text` is its inline Markdown), a quote, code, a rule, HTML or a table. */
export type LeafBlock = { kind: 'leaf'; type: 'paragraph' | 'quote' | 'code' | 'rule' | 'html' | 'table'; text: string; start: number; end: number };
/** One block of the outline. */
export type Block = HeadingBlock | ListBlock | LeafBlock;

/** One list item: the inline Markdown of its first paragraph and the blocks below it. */
export type ListItem = { text: string; children: Block[]; start: number; end: number };

/** A parsed file: its blocks and its source lines (0-based, as the blocks' `start`/`end` count them). */
export type Outline = { blocks: Block[]; lines: string[] };

// html: true keeps `<!-- comments -->` as blocks of their own; nothing here is ever rendered.
const md = new MarkdownIt({ html: true });

const LEAF_OF: Record<string, LeafBlock['type']> = { code_block: 'code', fence: 'code', hr: 'rule', html_block: 'html' };
const CONTAINERS: Record<string, { close: string; type: LeafBlock['type'] }> = {
  blockquote_open: { close: 'blockquote_close', type: 'quote' },
  table_open: { close: 'table_close', type: 'table' },
};

/** The outline of `source` (BOM and CR line ends removed). */
export function outlineOf(source: string): Outline {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const tokens = md.parse(text, {});
  const lines = text.split('\n');
  const { blocks } = readBlocks(tokens, 0, null, lines.length);
  return { blocks, lines };
}

/** Index just past the token that closes the one at `i` (same nesting level). */
function skipTo(tokens: readonly Token[], i: number, close: string): number {
  const level = tokens[i]!.level;
  let j = i + 1;
  while (j < tokens.length && !(tokens[j]!.type === close && tokens[j]!.level === level)) j += 1;
  return j + 1;
}

const span = (t: Token, fallback: number): { start: number; end: number } => ({ start: t.map?.[0] ?? fallback, end: t.map?.[1] ?? fallback + 1 });

function readBlocks(tokens: readonly Token[], from: number, close: string | null, lineCount: number): { blocks: Block[]; next: number } {
  const blocks: Block[] = [];
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (close !== null && t.type === close) return { blocks, next: i + 1 };
    const at = blocks.at(-1)?.end ?? 0;
    if (t.type === 'heading_open') {
      blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), text: tokens[i + 1]?.content ?? '', ...span(t, at) });
      i = skipTo(tokens, i, 'heading_close');
    } else if (t.type === 'paragraph_open') {
      blocks.push({ kind: 'leaf', type: 'paragraph', text: tokens[i + 1]?.content ?? '', ...span(t, at) });
      i = skipTo(tokens, i, 'paragraph_close');
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const list = readList(tokens, i, lineCount);
      blocks.push(list.block);
      i = list.next;
    } else if (CONTAINERS[t.type]) {
      const c = CONTAINERS[t.type]!;
      blocks.push({ kind: 'leaf', type: c.type, text: '', ...span(t, at) });
      i = skipTo(tokens, i, c.close);
    } else {
      const type = LEAF_OF[t.type];
      if (type) blocks.push({ kind: 'leaf', type, text: t.content.trim(), ...span(t, at) });
      i += 1;
    }
  }
  return { blocks, next: i };
}

function readList(tokens: readonly Token[], open: number, lineCount: number): { block: ListBlock; next: number } {
  const closeType = tokens[open]!.type.replace('_open', '_close');
  const items: ListItem[] = [];
  let i = open + 1;
  while (i < tokens.length && tokens[i]!.type !== closeType) {
    const t = tokens[i]!;
    if (t.type !== 'list_item_open') {
      i += 1;
      continue;
    }
    const { blocks, next } = readBlocks(tokens, i + 1, 'list_item_close', lineCount);
    const first = blocks[0];
    const hasText = first?.kind === 'leaf' && first.type === 'paragraph' && first.start === (t.map?.[0] ?? -1);
    items.push({ text: hasText ? first.text : '', children: hasText ? blocks.slice(1) : blocks, ...span(t, items.at(-1)?.end ?? 0) });
    i = next;
  }
  const list: ListBlock = { kind: 'list', items, ...span(tokens[open]!, 0) };
  list.end = Math.min(list.end, lineCount);
  return { block: list, next: i + 1 };
}

/** The width of a line's leading white space, a tab counting as four columns. */
export function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** `line` with up to `n` columns of leading white space removed. */
export function dedent(line: string, n: number): string {
  let width = 0;
  let at = 0;
  while (at < line.length && width < n && (line[at] === ' ' || line[at] === '\t')) {
    width += line[at] === '\t' ? 4 - (width % 4) : 1;
    at += 1;
  }
  return line.slice(at);
}

/**
 * The source of `blocks` as written, each block dedented by the indentation of its own first
 * line (so that a list typed one space in comes out as a list, not as continuation lines);
 * blank lines between blocks are kept as one, trailing white space is dropped.
 */
export function sourceOf(blocks: readonly Block[], lines: readonly string[], skip: ReadonlySet<number> = NONE): string {
  const out: string[] = [];
  for (const block of blocks) {
    const own = lines.slice(block.start, block.end).filter((_, i) => !skip.has(block.start + i));
    while (own.length && own[own.length - 1]!.trim() === '') own.pop();
    if (own.length === 0) continue;
    if (out.length && block.start > 0 && lines[block.start - 1]?.trim() === '') out.push('');
    const base = indentOf(own[0]!);
    out.push(...own.map((l) => dedent(l, base).trimEnd()));
  }
  return out.join('\n');
}

const NONE: ReadonlySet<number> = new Set();

/** The blocks under a list item as written (its nested lists and further paragraphs), less the `skip` lines. */
export function childSource(item: ListItem, lines: readonly string[], skip: ReadonlySet<number> = NONE): string {
  return sourceOf(item.children, lines, skip);
}

/** Line numbers `start` … `end - 1`, to leave out of a {@link sourceOf}. */
export function lineRange(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}

/** A list item as written (marker, text and everything under it), dedented to its marker. */
export function itemSource(item: ListItem, lines: readonly string[]): string {
  return sourceOf([{ kind: 'leaf', type: 'paragraph', text: item.text, start: item.start, end: item.end }], lines);
}

/** Inline Markdown folded to one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
