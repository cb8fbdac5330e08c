import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LINK_LENGTH, isUploadUrl, normalizeLinkUrl } from '../../../shared/markdown/link-policy';

const BASE = { baseUrl: 'https://discourse.nixos.org' };

describe('normalizeLinkUrl', () => {
  it.each([
    ['https://nixos.org', 'https://nixos.org/'],
    ['HTTPS://NixOS.ORG/Path?q=1#frag', 'https://nixos.org/Path?q=1#frag'],
    ['http://example.com/a b', 'http://example.com/a%20b'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
    ['mailto:sc@example.org', 'mailto:sc@example.org'],
    ['MAILTO:sc@example.org', 'mailto:sc@example.org'],
  ])('keeps %j as %j', (input, expected) => {
    expect(normalizeLinkUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'jAva\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
    'smb://host/share',
    'upload://abc.png',
    '//evil.example/x',
    '\\\\server\\share',
    'https://trusted.example@evil.example/',
    'https://user:pass@example.com/',
    'mailto:',
    'http://',
    '',
    '   ',
    '#anchor',
    'relative/path',
  ])('refuses %j without a base URL', (input) => {
    expect(normalizeLinkUrl(input)).toBeNull();
  });

  it('refuses URLs longer than the limit', () => {
    expect(normalizeLinkUrl(`https://example.com/${'a'.repeat(MAX_LINK_LENGTH)}`)).toBeNull();
  });

  it('resolves a root-relative Discourse link against the base URL', () => {
    expect(normalizeLinkUrl('/t/budget-request/123/4', BASE)).toBe('https://discourse.nixos.org/t/budget-request/123/4');
  });

  it('leaves root-relative links unlinked when there is no base URL', () => {
    expect(normalizeLinkUrl('/u/alice')).toBeNull();
  });

  it.each(['//evil.example/x', '/\\evil.example/x', '/\t/evil.example/x', 'u/alice', '../etc', '?q=1'])(
    'refuses %j even with a base URL (not root-relative, or leaves the forum origin)',
    (input) => {
      expect(normalizeLinkUrl(input, BASE)).toBeNull();
    },
  );

  it('refuses to resolve against a base URL that is not http(s)', () => {
    expect(normalizeLinkUrl('/u/alice', { baseUrl: 'javascript:alert(1)//' })).toBeNull();
  });

  it('is idempotent: normalising its own output changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (candidate) => {
        const once = normalizeLinkUrl(candidate);
        if (once !== null) expect(normalizeLinkUrl(once)).toBe(once);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('only ever returns http, https or mailto URLs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.constantFrom('', 'javascript:', 'https://', 'data:', 'mailto:', '//'), (tail, head) => {
        const out = normalizeLinkUrl(head + tail, BASE);
        if (out !== null) expect(out).toMatch(/^(https?:\/\/[^/@\s]+|mailto:)/);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('isUploadUrl', () => {
  it('recognises Discourse upload references', () => {
    expect(isUploadUrl('upload://rZ2rVggOzeSKowGYwFP7MWDvfWW.png')).toBe(true);
  });

  it('does not treat web URLs as uploads', () => {
    expect(isUploadUrl('https://example.com/upload://x.png')).toBe(false);
  });
});
