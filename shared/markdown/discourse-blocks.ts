/**
 * Discourse's BBCode-style blocks in post `raw`: `[quote="user, post:N, topic:M"]…[/quote]`
 * and `[details="Summary"]…[/details]` (DISCOURSE-FORMATS.md §7). Without this plugin they
 * render as literal brackets around the text, which is readable but loses who is quoted.
 *
 * Both open and close tags must sit on their own line, as the composer's "quote" button and
 * the details toolbar write them; anything else stays text. An unclosed block is text too,
 * as on the forum. Output mirrors the cooked shapes (`aside.quote > div.title + blockquote`,
 * `details > summary`) so one stylesheet and one sanitizer allow-list serve both paths.
 */
import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import { normalizeLinkUrl } from './link-policy';
import { readRenderEnv } from './render-env';

const OPEN_RE = /^\[(quote|details)(=[^\]\n]*|)\]\s*$/i;
const CLOSE_RE = /^\[\/(quote|details)\]\s*$/i;

/** What `[quote="…"]` says about its source. */
export type QuoteSource = { username?: string; post?: number; topic?: number };

/** Parse the parameter of a `[quote=…]` tag (`"user, post:28, topic:2144"`, `user`, or nothing). */
export function parseQuoteParams(params: string): QuoteSource {
  const source: QuoteSource = {};
  const unquoted = params.trim().replace(/^"(.*)"$/s, '$1');
  for (const [index, rawPart] of unquoted.split(',').entries()) {
    const part = rawPart.trim();
    const keyed = /^(post|topic):\s*(\d{1,9})$/i.exec(part);
    if (keyed) source[keyed[1]!.toLowerCase() === 'post' ? 'post' : 'topic'] = Number(keyed[2]);
    else if (index === 0 && part !== '' && !part.includes(':')) source.username = part.slice(0, 60);
  }
  return source;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/** The line of the matching close tag, honouring nesting of the same tag, or -1 when unclosed. */
function findClose(state: StateBlock, tag: string, startLine: number, endLine: number): number {
  let depth = 1;
  for (let line = startLine + 1; line < endLine; line++) {
    const text = lineText(state, line);
    // A non-empty line indented less than the surrounding block (e.g. a list item) ends it.
    if (text !== '' && state.sCount[line]! < state.blkIndent) return -1;
    if (state.sCount[line]! - state.blkIndent >= 4) continue;
    const open = OPEN_RE.exec(text);
    if (open && open[1]!.toLowerCase() === tag) depth++;
    const close = CLOSE_RE.exec(text);
    if (close && close[1]!.toLowerCase() === tag && --depth === 0) return line;
  }
  return -1;
}

function bbcodeBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const open = OPEN_RE.exec(lineText(state, startLine));
  if (!open) return false;
  const tag = open[1]!.toLowerCase();
  const closeLine = findClose(state, tag, startLine, endLine);
  if (closeLine < 0) return false;
  if (silent) return true;

  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  // Like a blockquote: paragraphs inside end at the close tag, not after it.
  state.parentType = 'blockquote';
  state.lineMax = closeLine;

  const openToken: Token = state.push(`bb_${tag}_open`, tag === 'quote' ? 'aside' : 'details', 1);
  openToken.block = true;
  openToken.info = (open[2] ?? '').slice(1);
  openToken.map = [startLine, closeLine + 1];
  state.md.block.tokenize(state, startLine + 1, closeLine);
  const closeToken: Token = state.push(`bb_${tag}_close`, tag === 'quote' ? 'aside' : 'details', -1);
  closeToken.block = true;

  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.line = closeLine + 1;
  return true;
}

function quoteTitle(md: MarkdownIt, source: QuoteSource, baseUrl: string | undefined): string {
  const who = md.utils.escapeHtml(source.username ?? 'Quote');
  if (source.topic === undefined || baseUrl === undefined) return `${who}:`;
  const path = source.post === undefined ? `/t/${source.topic}` : `/t/${source.topic}/${source.post}`;
  const href = normalizeLinkUrl(path, { baseUrl });
  if (href === null) return `${who}:`;
  const label = source.post === undefined ? `topic ${source.topic}` : `post ${source.post}`;
  return `${who} (<a href="${md.utils.escapeHtml(href)}">${label}</a>):`;
}

/** The markdown-it plugin: block rule plus renderers for `[quote]` and `[details]`. */
export function discourseBlocks(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'discourse_bbcode', bbcodeBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });

  md.renderer.rules.bb_quote_open = (tokens, idx, _options, env) => {
    const title = quoteTitle(md, parseQuoteParams(tokens[idx]!.info), readRenderEnv(env).baseUrl);
    return `<aside class="quote"><div class="title">${title}</div><blockquote>\n`;
  };
  md.renderer.rules.bb_quote_close = () => '</blockquote></aside>\n';
  md.renderer.rules.bb_details_open = (tokens, idx) => {
    const summary = tokens[idx]!.info.trim().replace(/^"(.*)"$/s, '$1').trim() || 'Details';
    return `<details><summary>${md.utils.escapeHtml(summary)}</summary>\n`;
  };
  md.renderer.rules.bb_details_close = () => '</details>\n';
}
