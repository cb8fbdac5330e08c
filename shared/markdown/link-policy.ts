/**
 * The link rule for rendered forum posts: which `href`s survive, and in which form.
 *
 * Only `http:`, `https:` and `mailto:` are kept (SECURITY.md checks 18–19): `javascript:`
 * in any spelling (`jAva&Tab;script:`, entities, leading spaces), `data:`, `vbscript:`,
 * `file:` and protocol-relative `//host` links are refused. Parsing with the WHATWG URL
 * parser — the one the browser will use when the link is clicked — is what makes the
 * check immune to encoding tricks: tabs, newlines and leading controls are stripped by
 * the parser exactly as Chromium strips them. Root-relative Discourse links (`/t/x/1`,
 * `/u/name`) are resolved against the forum's base URL and must stay on its origin.
 *
 * The markdown renderer and the renderer's DOM sanitizer both call this one function, so
 * the two paths cannot disagree about what a safe link is.
 */

/** The narrow slice of the WHATWG URL API this module needs (shared/ has no DOM lib). */
type ParsedUrl = { href: string; protocol: string; hostname: string; origin: string; username: string; password: string };
type UrlConstructor = new (url: string, base?: string) => ParsedUrl;
const { URL: WhatwgUrl } = globalThis as unknown as { URL: UrlConstructor };

/** Schemes a rendered post may link to. */
export const ALLOWED_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Longer URLs are refused: nothing legitimate in a status update needs more, and the shell opener refuses them too. */
export const MAX_LINK_LENGTH = 4096;

/** Options for {@link normalizeLinkUrl}. */
export type LinkPolicyOptions = {
  /** The forum's origin (e.g. `https://discourse.nixos.org`), used to resolve root-relative links. */
  baseUrl?: string;
};

function tryParse(url: string, base?: string): ParsedUrl | null {
  try {
    return new WhatwgUrl(url, base);
  } catch {
    return null;
  }
}

function hasCredentials(url: ParsedUrl): boolean {
  // `https://trusted.example@evil.example/` reads as trusted.example to a human.
  return url.username !== '' || url.password !== '';
}

function acceptAbsolute(url: ParsedUrl): string | null {
  if (!ALLOWED_LINK_PROTOCOLS.includes(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.href.length > 'mailto:'.length ? url.href : null;
  if (url.hostname === '' || hasCredentials(url)) return null;
  return url.href;
}

function resolveRootRelative(candidate: string, baseUrl: string): string | null {
  // Only `/path`: `//host` and `/\host` are protocol-relative in browsers.
  if (!/^\/(?![/\\])/.test(candidate)) return null;
  const base = tryParse(baseUrl);
  if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:') || base.hostname === '') return null;
  const resolved = tryParse(candidate, base.href);
  // The origin check is the real gate: whatever the parser made of the path, it must stay on the forum.
  if (!resolved || resolved.origin !== base.origin) return null;
  return acceptAbsolute(resolved);
}

/**
 * The normalised form of a link target when a rendered post may link to it, else `null`.
 *
 * Absolute `http(s)` and `mailto` URLs are returned as the URL parser serialises them
 * (`HTTPS://Example.COM` → `https://example.com/`), so the result is stable: calling it
 * again on its own output returns the same string. Relative links need `opts.baseUrl`.
 */
export function normalizeLinkUrl(candidate: string, opts: LinkPolicyOptions = {}): string | null {
  if (candidate.length === 0 || candidate.length > MAX_LINK_LENGTH) return null;
  // The URL parser drops tabs and newlines anywhere and controls/spaces at the ends; so do we before the relative check.
  const compact = candidate.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (compact === '') return null;
  const absolute = tryParse(compact);
  if (absolute) return acceptAbsolute(absolute);
  return opts.baseUrl === undefined ? null : resolveRootRelative(compact, opts.baseUrl);
}

/** Whether `url` is a Discourse upload reference (`upload://<sha1>.png`), which cannot be resolved offline. */
export function isUploadUrl(url: string): boolean {
  return /^upload:\/\/[\w.-]+$/i.test(url.trim());
}
