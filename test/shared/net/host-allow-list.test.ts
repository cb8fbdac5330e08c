import { describe, expect, it } from 'vitest';
import { approveHost, HostError, isHostApproved, normalizeHost, revokeHost, type HostErrorCode } from '../../../shared/net/host-allow-list';

function codeOf(input: string): HostErrorCode | 'accepted' {
  try {
    normalizeHost(input);
    return 'accepted';
  } catch (error) {
    if (error instanceof HostError) return error.code;
    throw error;
  }
}

describe('normalizeHost', () => {
  it.each([
    ['discourse.nixos.org', 'discourse.nixos.org'],
    ['Discourse.NixOS.org', 'discourse.nixos.org'],
    ['discourse.nixos.org.', 'discourse.nixos.org'],
    ['discourse.nixos.org:443', 'discourse.nixos.org'],
    ['https://discourse.nixos.org/t/slug/1', 'discourse.nixos.org'],
    ['forum.example.org:8443', 'forum.example.org:8443'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each([
    ['*.example.org', 'wildcard'],
    ['*', 'wildcard'],
    ['127.0.0.1', 'localhost'],
    ['10.0.0.5', 'ip-literal'],
    ['0x7f.1', 'localhost'],
    ['[2001:db8::1]', 'ip-literal'],
    ['[::1]', 'localhost'],
    ['localhost', 'localhost'],
    ['LOCALHOST:3000', 'localhost'],
    ['app.localhost', 'localhost'],
    ['', 'invalid-host'],
    ['exa mple.org', 'invalid-host'],
    ['user:pw@example.org', 'invalid-host'],
    ['under_score.example.org', 'invalid-host'],
    ['-bad.example.org', 'invalid-host'],
  ])('refuses %j with code %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('accepts loopback hosts only with the explicit test flag', () => {
    expect(normalizeHost('127.0.0.1:4567', { allowLoopbackForTests: true })).toBe('127.0.0.1:4567');
    expect(() => normalizeHost('10.0.0.5', { allowLoopbackForTests: true })).toThrow(HostError);
  });
});

describe('the approved list', () => {
  it('approves a host in any spelling once it is on the list', () => {
    const list = approveHost([], 'Discourse.NixOS.org');
    expect(isHostApproved(list, 'discourse.nixos.org:443')).toBe(true);
  });

  it('does not approve a sub-domain of an approved host', () => {
    expect(isHostApproved(['example.org'], 'evil.example.org')).toBe(false);
  });

  it('does not approve a host that differs only by port', () => {
    expect(isHostApproved(['forum.example.org'], 'forum.example.org:8443')).toBe(false);
  });

  it('does not treat a Unicode look-alike as its ASCII twin', () => {
    expect(isHostApproved(['example.org'], 'exаmple.org')).toBe(false);
  });

  it('answers false instead of throwing for a host that cannot be approved', () => {
    expect(isHostApproved(['localhost'], 'localhost')).toBe(false);
  });

  it('keeps the list sorted and free of duplicates', () => {
    const list = approveHost(approveHost(['b.example'], 'A.example'), 'b.example.');
    expect(list).toEqual(['a.example', 'b.example']);
  });

  it('refuses to approve a wildcard', () => {
    expect(() => approveHost([], '*.example.org')).toThrow(/wildcard/);
  });

  it('removes a host in any spelling', () => {
    expect(revokeHost(['a.example', 'b.example'], 'A.EXAMPLE')).toEqual(['b.example']);
  });

  it('drops stored entries this version refuses', () => {
    expect(approveHost(['localhost', '*.x.org'], 'a.example')).toEqual(['a.example']);
  });
});
