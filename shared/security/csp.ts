/**
 * The renderer's Content-Security-Policy, shared by the Electron protocol handler (as a
 * header) and the web build (as a meta tag). No inline or eval'd script, no remote
 * images (tracking pixels in forum posts), no frames, no forms (SECURITY.md checks 4, 22).
 */
export const RENDERER_CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
] as const;

/** The policy for a `<meta http-equiv>` tag (which cannot carry frame-ancestors). */
export const RENDERER_CSP_META = RENDERER_CSP_DIRECTIVES.join('; ');

/** The policy for an HTTP header, which can also forbid framing the app. */
export const RENDERER_CSP_HEADER = [...RENDERER_CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
