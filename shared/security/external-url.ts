/**
 * The one rule for links that leave the app (SECURITY.md check 7; Joplin and MarkText
 * RCEs went through openExternal): only http/https with a host and without credentials.
 * `file:`, `javascript:`, `data:`, `mailto:`, `ms-msdt:`, `smb:`, UNC paths and
 * protocol-relative URLs are refused.
 */
const MAX_EXTERNAL_URL_LENGTH = 4096;

/** Returns the normalised URL when it may be opened in the member's browser, else null. */
export function normaliseExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const trimmed = candidate.trim();
  // An explicit scheme is required: `//host/x` and `\\server\share` are refused before parsing.
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}
