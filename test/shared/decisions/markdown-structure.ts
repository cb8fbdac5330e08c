// Reads the structure of a Markdown document through markdown-it tokens, so that exports can
// be compared with the SC's real vote logs by shape (headings, tables, labelled lines)
// rather than by exact text.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

const md = new MarkdownIt({ html: true });

export function tokens(src: string): Token[] {
  return md.parse(src, {});
}

/** Plain text of an inline token: text and code spans, without markup. */
export function textOf(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : ''))
    .join('')
    .trim();
}

/** Block token types in order (inline content and table rows left out), headings with their level. */
export function blockSkeleton(src: string): string[] {
  return tokens(src)
    .filter((t) => t.type !== 'inline' && t.nesting !== -1 && !/^(tr|th|td|thead|tbody)_/.test(t.type))
    .map((t) => (t.type === 'heading_open' ? `heading:${t.tag}` : t.type));
}

export function headings(src: string): { level: number; text: string }[] {
  const ts = tokens(src);
  return ts.flatMap((t, i) => (t.type === 'heading_open' ? [{ level: Number(t.tag.slice(1)), text: textOf(ts[i + 1]) }] : []));
}

export interface TableShape {
  header: string[];
  align: string[];
  rows: string[][];
}

export function tables(src: string): TableShape[] {
  const ts = tokens(src);
  const out: TableShape[] = [];
  let current: TableShape | null = null;
  let row: string[] | null = null;
  ts.forEach((t, i) => {
    if (t.type === 'table_open') current = { header: [], align: [], rows: [] };
    else if (t.type === 'table_close' && current) out.push(current);
    else if (t.type === 'th_open' && current) {
      current.header.push(textOf(ts[i + 1]));
      current.align.push(String(t.attrGet('style') ?? ''));
    } else if (t.type === 'tr_open' && current && ts[i + 1]?.type === 'td_open') row = [];
    else if (t.type === 'td_open' && row) row.push(textOf(ts[i + 1]));
    else if (t.type === 'tr_close' && row && current) {
      current.rows.push(row);
      row = null;
    }
  });
  return out;
}

/** Text of every paragraph, in order. */
export function paragraphs(src: string): string[] {
  const ts = tokens(src);
  return ts.flatMap((t, i) => (t.type === 'paragraph_open' ? [textOf(ts[i + 1])] : []));
}

/** Text inside `**…**` in document order. */
export function strongTexts(src: string): string[] {
  const out: string[] = [];
  for (const t of tokens(src)) {
    const children = t.children ?? [];
    children.forEach((c, i) => {
      if (c.type === 'strong_open') out.push(children[i + 1]?.content ?? '');
    });
  }
  return out;
}

/** Every token type anywhere, inline children included. */
export function allTokenTypes(src: string): string[] {
  return tokens(src).flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]);
}
