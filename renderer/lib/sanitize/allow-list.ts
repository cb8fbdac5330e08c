/**
 * What a rendered forum post may contain after sanitizing (SECURITY.md 7.3).
 *
 * An allow-list, not a block-list: anything not named here is dropped. It covers the
 * shapes Discourse cooks (DISCOURSE-FORMATS.md §7: quotes, mentions, hashtags, oneboxes,
 * lightboxes, tables, details, polls) and what `renderMarkdown` emits — and nothing that
 * can run code, load a resource, submit data, or restyle the app: no `style`, no forms,
 * no frames/objects/embeds, no `base`/`meta`/`link`, no SVG/MathML (their parsing rules
 * are where mutation-XSS lives), and no `img` (replaced by inert text, see image-placeholder.ts).
 */

/** Elements kept (with their allowed attributes). */
export const ALLOWED_TAGS: readonly string[] = [
  'a', 'abbr', 'article', 'aside', 'b', 'blockquote', 'br', 'caption', 'code', 'dd', 'del',
  'details', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 's', 'small', 'span', 'strike', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
];

/**
 * Attributes kept. `id`/`name` are not here: dropping them is what stops DOM clobbering
 * (`<img name="attributes">`, `id="__proto__"`), and the anchors they serve are useless in the app.
 */
export const ALLOWED_ATTR: readonly string[] = [
  'href', 'title', 'class', 'colspan', 'rowspan', 'open', 'start', 'reversed', 'dir', 'lang',
  'rel', 'data-external-href',
];

/** Named explicitly so that a future edit of ALLOWED_TAGS cannot let them back in. */
export const FORBIDDEN_TAGS: readonly string[] = [
  'script', 'style', 'link', 'base', 'meta', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'form', 'input', 'button', 'select', 'option', 'textarea', 'svg', 'math', 'template',
  'noscript', 'audio', 'video', 'source', 'track', 'canvas', 'portal', 'img', 'image', 'picture',
];

/** Elements dropped together with everything inside them (their content is not readable text). */
export const FORBIDDEN_CONTENTS: readonly string[] = [
  'script', 'style', 'svg', 'math', 'template', 'noscript', 'iframe', 'object', 'embed', 'select', 'textarea',
];

/** Attributes refused even if a later edit allows them. */
export const FORBIDDEN_ATTR: readonly string[] = ['style', 'id', 'name', 'target', 'srcset', 'src', 'action', 'formaction', 'ping', 'background'];

/** Class names Discourse cooks (and renderMarkdown emits) that the app's stylesheet knows. */
const ALLOWED_CLASSES: ReadonlySet<string> = new Set([
  'quote', 'title', 'quote-modified', 'onebox', 'onebox-body', 'source', 'inline-onebox',
  'mention', 'mention-group', 'hashtag', 'hashtag-cooked', 'hashtag-raw', 'lightbox-wrapper',
  'lightbox', 'meta', 'filename', 'informations', 'md-table', 'spoiler', 'poll', 'poll-container',
  'poll-info', 'image-placeholder', 'upload-placeholder',
  // renderMarkdown's task items in export previews (shared/markdown/task-lists.ts, issue 13).
  'task-list-item',
]);

// Code block languages (`lang-nix`, `lang-c++`), bounded so an info string cannot smuggle markup.
const LANGUAGE_CLASS = /^lang-[a-z0-9_+#.-]{1,32}$/i;

/** Keep only allow-listed class names, in order and without duplicates; `''` when none survive. */
export function filterClasses(value: string): string {
  const kept = value.split(/\s+/).filter((name) => ALLOWED_CLASSES.has(name) || LANGUAGE_CLASS.test(name));
  return [...new Set(kept)].join(' ');
}

/**
 * DOMPurify tests every non-"URI-safe" attribute value against this. Like DOMPurify's
 * default it lets plain values through (`rtl`, `2`, relative paths), but the only schemes
 * it passes are http, https and mailto. Links get the stricter link-policy check afterwards.
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
