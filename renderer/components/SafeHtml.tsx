/**
 * The ONE component allowed to hand HTML to React (eslint forbids dangerouslySetInnerHTML
 * everywhere else; SECURITY.md check 20). Its input must come from sanitizeHtml, and it
 * sanitizes again anyway — cheap, and sanitizeHtml is idempotent, so a caller that forgot
 * cannot open a hole.
 *
 * Links never navigate the app window (check 23): every click, middle-click or Enter on a
 * link inside is cancelled, and only links the sanitizer marked external are handed to
 * `onOpenLink` (which should go through the main process's http/https-only opener).
 */
import { useMemo, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { normalizeLinkUrl } from '../../shared/markdown/link-policy';
import { EXTERNAL_HREF_ATTR, sanitizeHtml } from '../lib/sanitize/sanitize-html';

export type SafeHtmlProps = {
  /** HTML produced by sanitizeHtml/renderPostHtml. */
  html: string;
  className?: string;
  /** Called once per activation with the normalised http(s)/mailto URL of the link. */
  onOpenLink: (url: string) => void;
};

type ContainerEvent = MouseEvent<HTMLDivElement> | KeyboardEvent<HTMLDivElement> | DragEvent<HTMLDivElement>;

/** The anchor an event happened in, if it lies inside this component's container. */
function anchorOf(event: ContainerEvent): HTMLAnchorElement | null {
  const { target, currentTarget } = event;
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('a');
  return anchor !== null && currentTarget.contains(anchor) ? anchor : null;
}

export function SafeHtml({ html, className, onOpenLink }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);

  const activate = (event: ContainerEvent, open: boolean): void => {
    const anchor = anchorOf(event);
    if (anchor === null) return;
    event.preventDefault();
    if (!open) return;
    // Re-check the URL at the moment of use; the attribute is only ever set by the sanitizer.
    const url = normalizeLinkUrl(anchor.getAttribute(EXTERNAL_HREF_ATTR) ?? '');
    if (url !== null) onOpenLink(url);
  };

  return (
    <div
      className={className}
      onClick={(event) => activate(event, true)}
      // Middle-click opens; other buttons (context menu) only lose the default navigation.
      onAuxClick={(event) => activate(event, event.button === 1)}
      // Handling Enter here and cancelling it stops the browser's synthetic click, so one press opens once.
      onKeyDown={(event) => {
        if (event.key === 'Enter') activate(event, true);
      }}
      // A link dragged onto the window would navigate it.
      onDragStart={(event) => activate(event, false)}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
