/**
 * An export's Markdown (agenda, minutes, vote log, decision log, team reply) as the SC will
 * see it once pasted into Discourse or GitHub (issue 13): the same pipeline as a forum post —
 * renderMarkdown, then sanitizeHtml — plus GFM task boxes, which action items use. The text
 * holds team-written strings, so it is as untrusted as a post and takes the same gate.
 */
import { renderMarkdown } from '../../../shared/markdown/render-markdown';
import { sanitizeHtml } from './sanitize-html';

/** Render and sanitize exported Markdown for display through SafeHtml. */
export function renderExportHtml(markdown: string): string {
  return sanitizeHtml(renderMarkdown(markdown, { taskLists: true }));
}
