/**
 * The export rule for text that came from a team post (issue 13): an ask quoted in an
 * agenda, a post excerpt, an author's name. A team wrote it for its own thread, not for
 * the SC's documents, so it is neutralised: every Markdown and HTML character is escaped
 * (escape.ts), nothing it holds can open a heading, list, quote or table cell, and every
 * mention in it is written inert (mentions.ts) — "An e-mail alias that ends in
 * @nixos.org" quoted in an agenda must not ping a `nixos.org` account. E-mail addresses
 * (`someone@example.org`) and URLs are not mentions and stay as they are.
 *
 * Text an SC member typed follows the other rule, member-text.ts.
 */
import { escapeSpecials, guardLineStart, oneLine } from './escape';
import { inertMention, mentionsIn } from './mentions';

/** Escaped text with each mention written as a code span. */
function neutralise(text: string): string {
  let out = '';
  let from = 0;
  for (const m of mentionsIn(text)) {
    out += escapeSpecials(text.slice(from, m.start)) + inertMention(m.handle);
    from = m.end;
  }
  return out + escapeSpecials(text.slice(from));
}

/**
 * Team text as one inert line, for a bullet, a heading, a link label or a table cell:
 * line breaks folded, Markdown and HTML escaped (`|` too), mentions code-spanned.
 */
export function teamInline(text: string): string {
  return guardLineStart(neutralise(oneLine(text)));
}

/**
 * Team text as inert lines, for a quote: like {@link teamInline} line by line, with the
 * line breaks kept and blank lines left empty.
 */
export function teamText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : teamInline(line)))
    .join('\n');
}

/** Team text as a Markdown blockquote (`> ` on every line, `>` on blank ones). */
export function teamQuote(text: string): string {
  return teamText(text.trim())
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}
