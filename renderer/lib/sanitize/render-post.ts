/**
 * A post's body as display-ready HTML. Both sources — the Markdown `raw` and Discourse's
 * server-rendered `cooked` — end in sanitizeHtml: no path skips the sanitizer, which is
 * how Joplin and MarkText turned forum content into code execution (SECURITY.md check 19).
 */
import { renderMarkdown } from '../../../shared/markdown/render-markdown';
import { sanitizeHtml } from './sanitize-html';

/** The parts of a post renderPostHtml reads. */
export type PostSource = {
  /** Markdown source; preferred because it renders the same offline as on the forum. */
  raw?: string;
  /** Discourse's server-rendered HTML, used when there is no `raw`. */
  cooked?: string;
  /** The forum's origin, to resolve root-relative links. */
  baseUrl?: string;
  /** `[start, end)` offsets into `raw` to mark; ignored for `cooked` (offsets refer to the Markdown). */
  highlight?: readonly [number, number];
};

/** Render and sanitize a post; returns `''` when it has neither raw nor cooked. */
export function renderPostHtml(post: PostSource): string {
  const baseUrl = post.baseUrl === undefined ? {} : { baseUrl: post.baseUrl };
  let untrusted = '';
  if (post.raw !== undefined && post.raw !== '') {
    untrusted = renderMarkdown(post.raw, { ...baseUrl, ...(post.highlight ? { highlight: post.highlight } : {}) });
  } else if (post.cooked !== undefined) {
    untrusted = post.cooked;
  }
  return sanitizeHtml(untrusted, baseUrl);
}
