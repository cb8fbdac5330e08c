/**
 * An export's Markdown beside the document it becomes once pasted into Discourse or GitHub
 * (issue 13). Side by side when the component is wide enough, stacked when it is not (a
 * container query, so a narrow column stacks even in a wide window).
 *
 * The source is a read-only textarea: focusable, selectable, monospace, and exactly the text
 * that Copy and Save hand out. The rendering goes through the post pipeline
 * (renderExportHtml: renderMarkdown → sanitizeHtml) and SafeHtml, so links open in the
 * member's browser through openPostLink and never navigate the app window.
 */
import { useMemo } from 'react';
import { openPostLink } from '../lib/open-link';
import { renderExportHtml } from '../lib/sanitize/render-export';
import { SafeHtml } from './SafeHtml';
import '../styles/post-body.css';
import '../styles/markdown-preview.css';

export type MarkdownPreviewProps = {
  markdown: string;
  /** Accessible name of the source, e.g. “Preview of agenda-2026-05-06.md”; “(Markdown)” is appended. */
  label: string;
  /** Accessible name of the rendered document. */
  renderedLabel?: string;
};

export function MarkdownPreview({ markdown, label, renderedLabel = 'Rendered Markdown' }: MarkdownPreviewProps) {
  const html = useMemo(() => renderExportHtml(markdown), [markdown]);
  return (
    <div className="md-preview">
      <div className="md-preview-panes">
        <div className="md-preview-pane">
          {/* The captions are in the accessible names already. */}
          <span className="md-preview-caption" aria-hidden="true">Markdown</span>
          <textarea className="md-preview-source" readOnly value={markdown} aria-label={`${label} (Markdown)`} spellCheck={false} />
        </div>
        <div className="md-preview-pane">
          <span className="md-preview-caption" aria-hidden="true">Rendered</span>
          {/* Focusable so the keyboard can scroll it (axe: scrollable-region-focusable). */}
          <div className="md-preview-rendered" role="region" aria-label={renderedLabel} tabIndex={0}>
            <SafeHtml html={html} className="post-body md-rendered" onOpenLink={(url) => void openPostLink(url)} />
          </div>
        </div>
      </div>
    </div>
  );
}
