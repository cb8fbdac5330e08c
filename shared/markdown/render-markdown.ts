/**
 * Forum Markdown (`raw` of a Discourse post, or a pasted status update) → HTML string.
 *
 * Security posture (SECURITY.md checks 18–19): raw HTML in a post is shown as text
 * (`html: false`), links are limited to http/https/mailto by `link-policy`, and the output
 * is STILL untrusted — the renderer passes it through the DOM sanitizer before display,
 * because the Joplin and MarkText RCEs both came from a path that skipped sanitizing.
 *
 * One markdown-it instance is built at module load and reused: building one costs far
 * more than rendering a typical post. Per-call settings travel in markdown-it's `env`.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance, Token } from 'markdown-it';
import { discourseBlocks } from './discourse-blocks';
import { highlightRule, insertHighlightSentinels, keepSentinelsThroughNormalize, neutralizeSentinels, stripSentinels } from './highlight';
import { isUploadUrl, normalizeLinkUrl } from './link-policy';
import { readRenderEnv, type RenderEnv } from './render-env';
import { taskListRule } from './task-lists';

/** Options for {@link renderMarkdown}. */
export type RenderMarkdownOptions = {
  /** The forum's origin, to resolve root-relative links such as `/t/slug/123`. Without it they render as plain text. */
  baseUrl?: string;
  /** `[start, end)` UTF-16 offsets into `raw` to wrap in `<mark>`; ignored when out of range. */
  highlight?: readonly [number, number];
  /** Render GFM task items (`- [ ] x`) with a box instead of brackets; off for forum posts, on for export previews. */
  taskLists?: boolean;
};

// Decides at parse time whether `[x](target)` becomes a link at all. Anything else stays
// literal text. The renderer rules below re-check with the full policy (and resolve
// relative links), so this is a first gate, not the only one.
const PARSE_TIME_LINK = /^(?:https?:|mailto:|upload:\/\/|\/(?![/\\]))/i;

/** An attribute as a string ('' when absent); markdown-it types attribute values as string | number. */
function attrText(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null ? '' : String(value);
}

function dropAttr(token: Token, name: string): void {
  token.attrs = token.attrs?.filter(([key]) => key !== name) ?? null;
}

/** Discourse writes image sizes into the alt text (`image|690x207, 50%`); they are not meant to be read. */
function discourseAlt(alt: string): string {
  return alt.replace(/\|(?:\d+x\d+|attachment)(?:,\s*\d+%|)$/, '').trim();
}

function createMarkdownIt(): MarkdownItInstance {
  const md = new MarkdownIt('default', {
    html: false,
    linkify: true,
    typographer: false,
    // Discourse's default (`traditional_markdown_linebreaks` off): a single newline is a line break.
    breaks: true,
    // Same class prefix as Discourse's cooked code blocks, so one allow-list fits both.
    langPrefix: 'lang-',
  });
  md.validateLink = (url) => PARSE_TIME_LINK.test(url);
  md.normalizeLink = keepSentinelsThroughNormalize(md.normalizeLink.bind(md));
  md.use(discourseBlocks);
  md.core.ruler.push('steering_task_lists', taskListRule);
  md.core.ruler.push('steering_highlight', highlightRule);

  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = attrText(token, 'href');
    // Upload links (`[file.pdf|attachment](upload://…)`) cannot be opened offline: keep the text only.
    const safe = isUploadUrl(href) ? null : normalizeLinkUrl(href, readRenderEnv(env));
    if (safe === null) dropAttr(token, 'href');
    else token.attrSet('href', safe);
    return self.renderToken(tokens, idx, options);
  };

  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const alt = md.utils.escapeHtml(discourseAlt(self.renderInlineAsText(token.children ?? [], options, env)));
    const src = attrText(token, 'src');
    if (isUploadUrl(src)) return `<span class="upload-placeholder">[image${alt ? `: ${alt}` : ''} — not available offline]</span>`;
    const safe = normalizeLinkUrl(src, readRenderEnv(env));
    const title = attrText(token, 'title');
    // The sanitizer turns every <img> into inert text plus a link, so no remote image is fetched.
    return `<img${safe === null ? '' : ` src="${md.utils.escapeHtml(safe)}"`} alt="${alt}"${title ? ` title="${md.utils.escapeHtml(title)}"` : ''}>`;
  };
  return md;
}

const markdown = createMarkdownIt();

/**
 * Render forum Markdown to an HTML string. The result is untrusted: display it only
 * through the renderer's `sanitizeHtml` (via `renderPostHtml`/`SafeHtml`).
 */
export function renderMarkdown(raw: string, opts: RenderMarkdownOptions = {}): string {
  const highlighted = opts.highlight ? insertHighlightSentinels(raw, opts.highlight) : null;
  const env: RenderEnv = {
    ...(opts.baseUrl === undefined ? {} : { baseUrl: opts.baseUrl }),
    ...(highlighted === null ? {} : { hasHighlight: true }),
    ...(opts.taskLists === true ? { taskLists: true } : {}),
  };
  // Private-use sentinels in the post itself are neutralised even without a highlight, so no
  // link target ever carries one through normalizeLink.
  const html = markdown.render(highlighted ?? neutralizeSentinels(raw), env);
  // Belt and braces: no sentinel may survive into the output, whatever token carried it.
  return highlighted === null ? html : stripSentinels(html);
}
