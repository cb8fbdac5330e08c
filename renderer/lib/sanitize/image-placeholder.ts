/**
 * What a post's `<img>` becomes: never an image. A remote `src` would be a tracking pixel
 * (and the CSP blocks it anyway, SECURITY.md check 22), a `data:` one a decoding attack
 * surface. Content images become inert text naming the image plus a link to it, so a
 * member can still choose to open it in the browser; emoji become their `:code:` text;
 * avatars and favicons, which carry no content, disappear.
 *
 * Built with createElement/textContent only — no HTML is parsed here — and inserted while
 * DOMPurify walks the tree, so the replacement itself is sanitized like everything else.
 */
import { normalizeLinkUrl } from '../../../shared/markdown/link-policy';

const DECORATIVE_CLASSES: ReadonlySet<string> = new Set(['avatar', 'site-icon']);
const MAX_LINK_TEXT = 100;

function shorten(url: string): string {
  return url.length > MAX_LINK_TEXT ? `${url.slice(0, MAX_LINK_TEXT - 1)}…` : url;
}

/** The inert node to put in place of `img`, or `null` when it should simply vanish. */
export function imageReplacement(img: Element, baseUrl: string | undefined): Node | null {
  const doc = img.ownerDocument;
  const classes = (img.getAttribute('class') ?? '').split(/\s+/);
  const alt = (img.getAttribute('alt') ?? '').trim();
  const title = (img.getAttribute('title') ?? '').trim();
  if (classes.includes('emoji')) return alt || title ? doc.createTextNode(alt || title) : null;
  if (classes.some((name) => DECORATIVE_CLASSES.has(name))) return null;

  const placeholder = doc.createElement('span');
  placeholder.setAttribute('class', 'image-placeholder');
  const label = alt || title;
  placeholder.append(`[image${label ? `: ${label}` : ''}]`);
  const src = normalizeLinkUrl(img.getAttribute('src') ?? '', baseUrl === undefined ? {} : { baseUrl });
  // Inside a link (Discourse lightboxes) a second <a> would nest anchors, which the HTML
  // parser splits apart on the next parse — the outer link already leads to the image.
  if (src !== null && /^https?:/.test(src) && img.parentElement?.closest('a') == null) {
    const link = doc.createElement('a');
    link.setAttribute('href', src);
    link.textContent = shorten(src);
    placeholder.append(' ', link);
  }
  return placeholder;
}
