/**
 * A section body → its blocks (issue 3): one per list item or paragraph (per line for plain
 * text, where paragraph breaks are lost), with offsets into the post's raw text; code and
 * quotes are never blocks. Issue 15: a report template's questions and instructions — as
 * list items, bold lines or headings, quoted back in `>` or `[quote]`, kept as HTML
 * comments — come out as prompts instead (prompts.ts), which say what the answer under them
 * is; a comment or quote that is no question is dropped.
 */
import { isAskText } from './asks';
import { BlockState, unquotedText, type VerbatimKind } from './block-state';
import { NEUTRAL, isPromptText, isTemplateText, promptContextOf, type PromptContext, type PromptForm } from './prompts';

/** A list item or paragraph: [start, end) in the raw text, its text (`blockText`), its indent and whether it is a (numbered) list item. */
export type TextBlock = { type: 'text'; start: number; end: number; text: string; isListItem: boolean; isNumbered: boolean; indent: number };

/** A template question or instruction and what its answer is. */
export type PromptBlock = { type: 'prompt'; text: string; context: PromptContext };

/** One entry of a section body, in order. */
export type Block = TextBlock | PromptBlock;

// Anchored; each quantifier is followed by a character it cannot match: linear.
// eslint-disable-next-line security/detect-unsafe-regex
const LIST_ITEM = /^(\s*)(?:([-*+])|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const NOT_TEXT = /^\s*!\[[^\]]*\]\([^)]*\)\s*$|^\s*\[\/?(?:details|spoiler|poll)\b/;
const HEADING = /^\s*(?:#{1,6}\s|<h[1-6]\b)/i;
const BOLD_LINE = /^\s*(\*\*|__)[^*_]{1,80}\1\s*:?\s*$/;
/** Numbered questions deeper than this are part of an answer, not the template. */
const MAX_PROMPT_INDENT = 3;

/** A thematic break (`---`, `* * *`), tested without a nested-quantifier pattern. */
function isRule(line: string): boolean {
  return /^[-*_ \t]+$/.test(line) && line.replace(/[ \t]/g, '').length >= 3;
}

/** The text of a block: whitespace collapsed, HTML comments inside it removed. */
export function blockText(raw: string, start: number, end: number): string {
  const slice = raw.slice(start, end);
  const text = slice.includes('\n') ? slice.replace(/\s*\n\s*/g, ' ') : slice;
  return (text.includes('<!--') ? text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/\s{2,}/g, ' ') : text).trim();
}

function prompt(text: string): PromptBlock {
  return { type: 'prompt', text, context: isTemplateText(text) ? NEUTRAL : promptContextOf(text) };
}

/** The entries of `raw[from, to)`: text blocks and template prompts, in order. */
export function blocksOf(raw: string, from: number, to: number, lineItems: boolean): Block[] {
  const blocks: Block[] = [];
  let open: TextBlock | undefined;
  let quoted: { kind: 'quote' | 'comment'; lines: string[] } | undefined;
  const close = () => {
    if (open) {
      const text = blockText(raw, open.start, open.end);
      open.text = text;
      const form: PromptForm = open.isListItem ? (open.isNumbered && open.indent <= MAX_PROMPT_INDENT ? 'numbered' : 'bullet') : /^(\*\*|__)[\s\S]+\1:?$/.test(text) ? 'heading' : 'paragraph';
      blocks.push(isTemplateText(text) || isPromptText(text, form) ? prompt(text) : open);
    }
    open = undefined;
  };
  const flushQuoted = () => {
    const text = quoted?.lines.join(' ').trim() ?? '';
    if (text !== '' && isPromptText(text, 'quoted')) blocks.push(prompt(text));
    quoted = undefined;
  };
  const quote = (line: string, kind: VerbatimKind) => {
    const k = kind === 'comment' ? 'comment' : 'quote';
    if (quoted?.kind !== k) flushQuoted();
    quoted ??= { kind: k, lines: [] };
    quoted.lines.push(unquotedText(line, kind));
  };
  const state = new BlockState();
  let pos = from;
  while (pos < to) {
    const nl = raw.indexOf('\n', pos);
    const end = nl === -1 || nl > to ? to : nl;
    const line = raw.slice(pos, end);
    const verbatim = state.lineKind(line);
    if (verbatim !== undefined) {
      close();
      if (verbatim === 'fence') flushQuoted();
      else quote(line, verbatim);
      // A comment closed on this line is complete: its question (if any) applies from here.
      if (verbatim === 'comment' && !state.isInComment) flushQuoted();
    } else if (line.trim() === '' || isRule(line) || NOT_TEXT.test(line)) {
      flushQuoted();
      close();
    } else if (HEADING.test(line) || (BOLD_LINE.test(line) && !isAskText(line))) {
      // A bold line is a sub-heading, or a template question; a bold ask ("**Can we get a room?**") stays an item.
      flushQuoted();
      close();
      const text = line.replace(/^\s*#{1,6}\s+|<[^>]*>/g, '').replace(/^\s*(\*\*|__)|(\*\*|__)\s*:?\s*$/g, '').trim();
      if (isPromptText(text, 'heading')) blocks.push(prompt(text));
    } else {
      flushQuoted();
      const marker = LIST_ITEM.exec(line);
      if (marker) {
        close();
        open = { type: 'text', start: pos + marker[0].length, end, text: '', isListItem: true, isNumbered: marker[2] === undefined, indent: (marker[1] ?? '').length };
      } else if (open && !lineItems) {
        // A paragraph goes on to its next line; so does a list item, indented or not (lazy continuation).
        open.end = end;
      } else {
        close();
        const lead = line.length - line.trimStart().length;
        open = { type: 'text', start: pos + lead, end, text: '', isListItem: false, isNumbered: false, indent: lead };
      }
    }
    pos = end + 1;
  }
  flushQuoted();
  close();
  return blocks;
}
