/**
 * The XSS gate for everything a forum post can put on screen (SECURITY.md checks 18–20).
 *
 * DOMPurify, on a private instance with hooks added once here at module load, with the
 * allow-list in allow-list.ts. On top of DOMPurify's own checks:
 * - links keep only http/https/mailto (shared link-policy, the same rule the Markdown path
 *   uses), are normalised, lose `target`, get `rel="noopener noreferrer nofollow"`, and carry
 *   `data-external-href` so SafeHtml can open them externally instead of navigating;
 * - images become inert text (image-placeholder.ts);
 * - classes are filtered to the allow-list.
 * All changes happen inside DOMPurify's walk, never on its output: modifying HTML after
 * sanitizing voids the sanitizer (DOMPurify README). The output is a fixed point —
 * `sanitizeHtml(sanitizeHtml(x)) === sanitizeHtml(x)` — enforced by re-sanitizing until stable.
 * Keep DOMPurify up to date: MarkText's mXSS→RCE came from an old copy (CVE-2020-26870).
 */
import DOMPurify, { type Config } from 'dompurify';
import { normalizeLinkUrl } from '../../../shared/markdown/link-policy';
import {
  ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI_REGEXP, FORBIDDEN_ATTR, FORBIDDEN_CONTENTS, FORBIDDEN_TAGS, filterClasses,
} from './allow-list';
import { imageReplacement } from './image-placeholder';

/** Options for {@link sanitizeHtml}. */
export type SanitizeOptions = {
  /** The forum's origin, to resolve root-relative links (`/u/name`); without it they lose their href. */
  baseUrl?: string;
};

/** The attribute that marks a link SafeHtml may open externally; its value is the normalised URL. */
export const EXTERNAL_HREF_ATTR = 'data-external-href';
const LINK_REL = 'noopener noreferrer nofollow';
const MAX_PASSES = 4;

const CONFIG = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  FORBID_TAGS: [...FORBIDDEN_TAGS],
  FORBID_ATTR: [...FORBIDDEN_ATTR],
  ADD_FORBID_CONTENTS: [...FORBIDDEN_CONTENTS],
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
} satisfies Config;

// A private instance: hooks added here cannot leak into, or be removed by, other DOMPurify users.
const purify = DOMPurify(window);

// Hooks are synchronous and sanitizeHtml is not re-entrant, so the per-call base URL can
// live here for the duration of one call.
let activeBaseUrl: string | undefined;

function linkOptions(): { baseUrl?: string } {
  return activeBaseUrl === undefined ? {} : { baseUrl: activeBaseUrl };
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

purify.addHook('uponSanitizeElement', (node, event) => {
  if (!isElement(node)) return;
  if (event.tagName === 'img') {
    // Inserted after the image, so DOMPurify's walk reaches (and sanitizes) it next; the image
    // itself is then removed because it is not allow-listed.
    const replacement = imageReplacement(node, activeBaseUrl);
    if (replacement) node.after(replacement);
  } else if (event.tagName === 'a' && node.parentElement?.closest('a')) {
    // The parser can build <a> inside <a> (`<a><table><a>`), but serialised and parsed again
    // it comes out as siblings, so the output would not be a fixed point. Keep the text only;
    // the children move into the anchor's place, where the walk visits them next.
    node.replaceWith(...Array.from(node.childNodes));
  }
});

purify.addHook('uponSanitizeAttribute', (_node, event) => {
  if (event.attrName !== 'class') return;
  event.attrValue = filterClasses(event.attrValue);
  if (event.attrValue === '') event.keepAttr = false;
});

purify.addHook('afterSanitizeAttributes', (node) => {
  const href = node.tagName === 'A' ? node.getAttribute('href') : null;
  const safe = href === null ? null : normalizeLinkUrl(href, linkOptions());
  if (safe === null) {
    // No usable target: an inert anchor (or a stray attribute on another element) keeps its text only.
    node.removeAttribute('href');
    node.removeAttribute(EXTERNAL_HREF_ATTR);
    node.removeAttribute('rel');
    return;
  }
  node.setAttribute('href', safe);
  node.setAttribute(EXTERNAL_HREF_ATTR, safe);
  node.setAttribute('rel', LINK_REL);
});

/**
 * Sanitize untrusted HTML (Discourse `cooked`, or `renderMarkdown` output) for display.
 * The only HTML SafeHtml may render is this function's output.
 */
export function sanitizeHtml(html: string, opts: SanitizeOptions = {}): string {
  activeBaseUrl = opts.baseUrl;
  try {
    // The parser's error recovery (foster parenting, adoption agency) can build trees whose
    // serialisation parses into a different tree — the raw material of mutation XSS. Sanitizing
    // again until the string is a fixed point means the DOM SafeHtml builds from it is exactly
    // a tree this sanitizer has seen. Real posts settle on the second pass.
    let current = purify.sanitize(html, CONFIG);
    for (let pass = 1; pass < MAX_PASSES; pass++) {
      const next = purify.sanitize(current, CONFIG);
      if (next === current) return current;
      current = next;
    }
    // Fail closed: never hand out HTML that is not a fixed point.
    return '';
  } finally {
    activeBaseUrl = undefined;
  }
}
