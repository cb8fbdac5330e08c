/**
 * Line-by-line state of the verbatim parts of a post (issue 3, comments issue 15): code
 * fences, Discourse `[quote]` blocks, Markdown `>` quotes and HTML comments. Nothing inside
 * them is a heading or an item; quotes and comments may still carry a report template's
 * question or a section name quoted back (read by sections.ts and blocks.ts).
 */

/** Which verbatim part a line belongs to. */
export type VerbatimKind = 'fence' | 'quote-block' | 'blockquote' | 'comment';

/** Tracks code fences, `[quote]` blocks and `<!-- … -->` comments across lines. */
export class BlockState {
  private fence: string | undefined;
  private quoteDepth = 0;
  private comment = false;

  /** Feed one line; the verbatim part it is in (or opens/closes), or undefined for text. */
  lineKind(line: string): VerbatimKind | undefined {
    const t = line.trimStart();
    if (this.fence !== undefined) {
      if (t.startsWith(this.fence)) this.fence = undefined;
      return 'fence';
    }
    if (this.comment) {
      // An HTML comment runs to its `-->`, across lines (Kubernetes templates keep notes there).
      if (line.includes('-->')) this.comment = false;
      return 'comment';
    }
    if (t.startsWith('```') || t.startsWith('~~~')) {
      this.fence = t.slice(0, 3);
      return 'fence';
    }
    if (t.startsWith('[quote')) this.quoteDepth++;
    if (this.quoteDepth > 0) {
      const closes = t.split('[/quote]').length - 1;
      this.quoteDepth = Math.max(0, this.quoteDepth - closes);
      return 'quote-block';
    }
    if (t.startsWith('<!--')) {
      if (!t.includes('-->', 4)) this.comment = true;
      return 'comment';
    }
    return t.startsWith('>') ? 'blockquote' : undefined;
  }

  /** Feed one line; true when the line is inside (or opens/closes) a fence, quote or comment. */
  isVerbatim(line: string): boolean {
    return this.lineKind(line) !== undefined;
  }

  /** True while a `[quote]` block is open (after the line last fed). */
  get isInQuoteBlock(): boolean {
    return this.quoteDepth > 0;
  }

  /** True while an HTML comment is open (after the line last fed). */
  get isInComment(): boolean {
    return this.comment;
  }
}

/** The text of a quoted or commented line without its `>`, `[quote]` or comment marks. */
export function unquotedText(line: string, kind: VerbatimKind): string {
  if (kind === 'comment') return line.replace('<!--', ' ').replace('-->', ' ').trim();
  return line.replace(/\[\/?quote[^\]]*\]/g, ' ').replace(/^\s*>[>\s]*/, '').trim();
}
