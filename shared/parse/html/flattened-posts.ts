/**
 * Cooked HTML → Markdown for the source readers, remembering which posts had HTML nested
 * deeper than MAX_HTML_DEPTH (issue 20), so that a file gets one warning naming them instead
 * of a stack overflow or a silent loss of formatting.
 */
import type { ParseWarning } from '../types';
import { htmlToMarkdownReport } from './html-to-markdown';
import { MAX_HTML_DEPTH } from './html-tree';

const LISTED = 5;

/** One per file: `markdown()` for each post's HTML, then `warning()` once. */
export class FlattenedPosts {
  private readonly posts: string[] = [];

  /** Markdown of `html`; `post` names the post in the warning ("post #4"). */
  markdown(html: string, post: string): string {
    const { markdown, flattened } = htmlToMarkdownReport(html);
    if (flattened > 0) this.posts.push(post);
    return markdown;
  }

  /** The file's warning, when any post's HTML was flattened. */
  warning(fileName: string): ParseWarning | undefined {
    const n = this.posts.length;
    if (n === 0) return undefined;
    const which = n === 1 ? `the HTML of ${this.posts[0]} is` : `the HTML of ${n} posts (${this.posts.slice(0, LISTED).join(', ')}${n > LISTED ? ', …' : ''}) is`;
    return {
      fileName,
      code: 'deep-html',
      message: `${fileName}: ${which} nested more than ${MAX_HTML_DEPTH} levels deep; what lies deeper was read as plain text (its formatting and links are left out).`,
    };
  }
}

/** "post #4", else "post id 123", else "post 3 of the file": how a warning names a post. */
export function postLabel(postNumber: number | undefined, postId: number | undefined, position: number): string {
  if (postNumber !== undefined) return `post #${postNumber}`;
  if (postId !== undefined) return `post id ${postId}`;
  return `post ${position + 1} of the file`;
}
