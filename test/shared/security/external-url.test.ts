import { describe, expect, it } from 'vitest';
import { normaliseExternalUrl } from '../../../shared/security/external-url';

describe('normaliseExternalUrl', () => {
  it.each([
    ['https://discourse.nixos.org/t/community-team-updates/56458', 'https://discourse.nixos.org/t/community-team-updates/56458'],
    ['HTTPS://Example.ORG/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
  ])('opens %s as %s', (input, expected) => {
    expect(normaliseExternalUrl(input)).toBe(expected);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:steering@nixos.org',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    '\\\\server\\share',
    '//evil.example/x',
    'https://user:secret@example.org/',
    'https://user@example.org/',
    'https://',
    '',
    `https://example.org/${'a'.repeat(10 * 1024)}`,
  ])('refuses %s', (input) => {
    expect(normaliseExternalUrl(input)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ['https://example.org']])('refuses the non-string %j', (input) => {
    expect(normaliseExternalUrl(input)).toBeNull();
  });
});
