/**
 * Splits a post's Markdown into sections (issue 3): headings written as Markdown (`## People`),
 * HTML (`<h2>People</h2>`), bold lines (`**People**`), plain lines (`People`) or inline labels
 * (`People: @zowoq …`). A line-based scan, not a full Markdown parse: it is several times
 * faster than markdown-it (PERFORMANCE-FLOORS.md §4) and also sees the plain-line headings
 * a Markdown parser would call paragraphs. Text inside code fences, quotes and HTML comments
 * never starts a section — except a section name quoted back from a report template
 * (`> Budget issues - Any expectations …`, issue 15): the answer under it is that section.
 */
import type { SectionKind } from '../../model';
import { BlockState, unquotedText } from './block-state';
import { sectionKindOf } from './section-names';

export { BlockState } from './block-state';

/** A section with the offsets of its body in the post's raw text. */
export type SectionSpan = { kind: SectionKind; heading: string; text: string; bodyStart: number; bodyEnd: number };

type OpenSpan = { kind: SectionKind; heading: string; bodyStart: number; bodyEnd: number; level: number };

/** A heading found on one line; level 1–6 for Markdown/HTML, 7 bold line, 8 plain line or label. */
export type HeadingLine = { text: string; level: number; bodyOffset: number };

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const HTML_H = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1>\s*$/i;
const BOLD_LINE = /^\s*(\*\*|__)([^*_\n]{1,80}?)\1\s*:?\s*$/;
const BOLD_LABEL = /^\s*(\*\*|__)([^*_\n]{1,60}?)\1\s*:?\s+(?=\S)/;
const BOLD_LABEL_INNER_COLON = /^\s*(\*\*|__)([^*_\n]{1,60}?):\1\s+(?=\S)/;
// " - " also separates a label: the SC's own request writes "Budget issues - Any expectations …".
const PLAIN_LABEL = /^([\p{L}][\p{L}\p{N} ;&/'\u2019-]{0,40}?)\s*(?:[:\u2014\u2013]|\s-)\s+(?=\S)/u;
const LIST_MARK = /^\s*(?:[-*+]|\d+[.)])\s/;
const QUOTES_REPLY = /^\s*\[quote=[^\]]*\bpost:(?!1\b)\d+/;
/** Bold lines are sub-headings (level 7); plain lines and labels only count when they name a section (level 8). */
const BOLD_LEVEL = 7;
const PLAIN_LEVEL = 8;

/** `Heading ##` → `Heading`, by string operations (a pattern for this backtracks quadratically on long lines). */
function stripClosingHashes(text: string): string {
  const t = text.trimEnd();
  let end = t.length;
  while (end > 0 && t[end - 1] === '#') end--;
  if (end === t.length || end === 0) return end === 0 ? '' : t;
  return t[end - 1] === ' ' || t[end - 1] === '\t' ? t.slice(0, end).trimEnd() : t;
}

/** Recognise a heading on one line, or undefined. `bodyOffset`: where same-line body text starts. */
export function headingOf(line: string): HeadingLine | undefined {
  const c = line.trimStart()[0];
  if (c === '#') {
    const m = ATX.exec(line);
    if (m) return { text: stripClosingHashes(m[2] ?? ''), level: (m[1] ?? '#').length, bodyOffset: line.length };
  }
  if (c === '<') {
    const m = HTML_H.exec(line);
    if (m) return { text: (m[2] ?? '').replace(/<[^>]*>/g, '').trim(), level: Number(m[1]), bodyOffset: line.length };
  }
  if (c === '*' || c === '_') {
    const whole = BOLD_LINE.exec(line);
    if (whole) return { text: (whole[2] ?? '').replace(/:$/, '').trim(), level: BOLD_LEVEL, bodyOffset: line.length };
    const label = BOLD_LABEL_INNER_COLON.exec(line) ?? BOLD_LABEL.exec(line);
    if (label && sectionKindOf(label[2] ?? '')) return { text: (label[2] ?? '').trim(), level: PLAIN_LEVEL, bodyOffset: label[0].length };
    return undefined;
  }
  if (LIST_MARK.test(line)) return undefined;
  const trimmed = line.trim();
  if (trimmed.length <= 60 && sectionKindOf(trimmed.replace(/[:\u2014\u2013-]+$/, ''))) return { text: trimmed.replace(/[:\u2014\u2013-]+$/, '').trim(), level: PLAIN_LEVEL, bodyOffset: line.length };
  const head = line.slice(0, 48);
  // Gate the label pattern: a label needs a colon or dash near the start of the line.
  const label = head.includes(':') || head.includes('\u2014') || head.includes('\u2013') || head.includes(' - ') ? PLAIN_LABEL.exec(line) : null;
  if (label && sectionKindOf(label[1] ?? '')) return { text: (label[1] ?? '').trim(), level: PLAIN_LEVEL, bodyOffset: label[0].length };
  return undefined;
}

/**
 * Split raw Markdown into sections. Text before the first section heading is a `status`
 * section with an empty heading (updates usually open with their status). An unknown
 * heading before any content is the post's title and starts nothing; later, an unknown
 * heading at the level of the current section starts an `other` section, a deeper one is a
 * sub-heading. Duplicate and out-of-order sections are kept as written.
 */
export function splitSections(raw: string): SectionSpan[] {
  const spans: OpenSpan[] = [];
  let current: OpenSpan = { kind: 'status', heading: '', bodyStart: 0, bodyEnd: raw.length, level: 99 };
  let hasContent = false;
  const state = new BlockState();
  const open = (kind: SectionKind, heading: string, level: number, bodyStart: number, lineStart: number) => {
    current.bodyEnd = lineStart;
    spans.push(current);
    current = { kind, heading, bodyStart, bodyEnd: raw.length, level };
  };
  // A quote that names one section (`> Budget issues - …`, `[quote]People[/quote]`) opens
  // it where the quote ends; a quote of the whole template (several names) opens none.
  let quote: { named: { kind: SectionKind; heading: string } | undefined; names: number; ofReply: boolean; lineStart: number; end: number } | undefined;
  const endQuote = () => {
    if (quote?.named && quote.names === 1 && !quote.ofReply) {
      open(quote.named.kind, quote.named.heading, PLAIN_LEVEL, quote.end, quote.lineStart);
      hasContent = true;
    }
    quote = undefined;
  };
  let pos = 0;
  while (pos <= raw.length) {
    const nl = raw.indexOf('\n', pos);
    const end = nl === -1 ? raw.length : nl;
    const line = raw.slice(pos, end);
    const verbatim = state.lineKind(line);
    if (verbatim === 'blockquote' || verbatim === 'quote-block') {
      const named = quotedSection(unquotedText(line, verbatim));
      // A Discourse quote of another reply is discussion; only the request (post 1) or an unattributed quote is the template.
      quote ??= { named: undefined, names: 0, ofReply: verbatim === 'quote-block' && QUOTES_REPLY.test(line), lineStart: pos, end };
      quote.end = end;
      if (named) {
        quote.names++;
        quote.named ??= named;
      }
      if (verbatim === 'quote-block' && !state.isInQuoteBlock) endQuote();
    } else if (quote) {
      endQuote();
    }
    if (verbatim === undefined && line.trim() !== '') {
      const h = headingOf(line);
      const kind = h ? sectionKindOf(h.text) : undefined;
      if (h && kind) {
        open(kind, h.text, h.level, pos + h.bodyOffset, pos);
        hasContent = true;
      } else if (h && h.level <= 6) {
        if (!hasContent) current.bodyStart = end; // a title line: not part of any section body
        else if (h.level <= current.level) open('other', h.text, h.level, end, pos);
      } else {
        hasContent = true;
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  current.bodyEnd = raw.length;
  spans.push(current);
  return spans
    .map((s): SectionSpan => ({ kind: s.kind, heading: s.heading, text: raw.slice(s.bodyStart, s.bodyEnd).trim(), bodyStart: s.bodyStart, bodyEnd: s.bodyEnd }))
    .filter((s, i) => !(i === 0 && s.heading === '' && s.text === ''));
}

/** The section a quoted line names (`> **Budget**`, `> Budget issues - Any expectations …`), if any. */
function quotedSection(text: string): { kind: SectionKind; heading: string } | undefined {
  const h = text === '' ? undefined : headingOf(text);
  const kind = h ? sectionKindOf(h.text) : undefined;
  return h && kind ? { kind, heading: h.text } : undefined;
}

/** The first heading line of a post when it is not a section name (a title such as "## Marketing Team"). */
export function titleOf(raw: string): string | undefined {
  const state = new BlockState();
  for (const line of raw.split('\n', 40)) {
    if (state.isVerbatim(line) || line.trim() === '') continue;
    const h = headingOf(line);
    if (h && h.level <= BOLD_LEVEL && !sectionKindOf(h.text)) return h.text;
    return undefined;
  }
  return undefined;
}
