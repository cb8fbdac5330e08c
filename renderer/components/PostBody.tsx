/**
 * A forum post's body: Markdown `raw` preferred, Discourse `cooked` as fallback, always
 * sanitized (renderPostHtml) and shown through SafeHtml. Rendering is memoised on the
 * inputs, since Markdown parsing and sanitizing dominate the cost of a long thread.
 */
import { useMemo } from 'react';
import { renderPostHtml } from '../lib/sanitize/render-post';
import { SafeHtml } from './SafeHtml';
import '../styles/post-body.css';

export type PostBodyProps = {
  raw?: string;
  cooked?: string;
  /** The forum's origin, to resolve root-relative links. */
  baseUrl?: string;
  /** `[start, end)` offsets into `raw` to mark (e.g. the text an item was taken from). */
  highlight?: readonly [number, number];
  onOpenLink: (url: string) => void;
};

export function PostBody({ raw, cooked, baseUrl, highlight, onOpenLink }: PostBodyProps) {
  // Depend on the numbers, not the tuple: callers often pass a fresh array each render.
  const start = highlight?.[0];
  const end = highlight?.[1];
  const html = useMemo(
    () => renderPostHtml({ raw, cooked, baseUrl, highlight: start !== undefined && end !== undefined ? [start, end] : undefined }),
    [raw, cooked, baseUrl, start, end],
  );
  return <SafeHtml html={html} className="post-body" onOpenLink={onOpenLink} />;
}
