/** Team names as posts write them (issue 15): report boilerplate, group names, normal form. */
import { describe, expect, it } from 'vitest';
import { compileRegistry, resolveName } from '../../../../shared/parse/teams/registry';
import { DEFAULT_TEAMS } from '../../../../shared/parse';
import { displayName, isGroupName, leadingName, normalizeName, titleNames } from '../../../../shared/parse/teams/team-names';

describe('titleNames', () => {
  it.each([
    ['2023 Annual Report: SIG Contributor Experience', 'SIG Contributor Experience'],
    ['CUDA Team Roadmap Update (2023-08-29)', 'CUDA Team'],
    ['CUDA Team Roadmap and Call for Sponsors', 'CUDA Team'],
    ['Marketing team update for July/June 2023', 'Marketing team'],
    ['2022-06-15 Documentation team meeting notes #1', 'Documentation team'],
    ['2023-04-12 - Marketing Team Minutes', 'Marketing Team'],
    ['Haskell Security Response Team - 2025 January–March report', 'Haskell Security Response Team'],
    ['Nix team report 2022-10 — 2023-03', 'Nix team'],
    ['Steering Committee update', 'Steering Committee'],
    ['Nix formatting team: Treewide Nixpkgs formatting', 'Nix formatting team'],
  ])('finds the team in "%s"', (title, name) => {
    expect(titleNames(title)[0]).toBe(name);
  });

  it('leaves nothing of a title that is all boilerplate', () => {
    expect(titleNames('2024 Annual Report')).toEqual([]);
  });
});

describe('isGroupName', () => {
  it.each(['CUDA Team', 'SIG K8s Infra', 'Steering Committee', 'Nixpkgs CUDA maintainers', 'Haskell Security Response Team'])('takes "%s" for a group', (name) => {
    expect(isGroupName(name)).toBe(true);
  });

  it.each(['the team', 'our team', 'team', 'Overall the team', 'Request for the Infrastructure team', 'Tweag + Nix team', 'sig release'])('does not take "%s"', (name) => {
    expect(isGroupName(name)).toBe(false);
  });
});

describe('leadingName', () => {
  const registry = compileRegistry(DEFAULT_TEAMS);
  const isKnown = (n: string) => resolveName(n, registry) !== undefined;

  it('cuts a name after its group word or at the longest registry name', () => {
    expect(leadingName('Nix team of maintainers', isKnown)).toBe('Nix team');
    expect(leadingName('RFCSC member rotation', isKnown)).toBe('RFCSC');
    expect(leadingName('Tweag Nix team', isKnown)).toBe('Tweag Nix team');
  });

  it('finds no name in a phrase that starts with none', () => {
    expect(leadingName('first distro to ship it', isKnown)).toBeUndefined();
  });
});

describe('resolveName', () => {
  const registry = compileRegistry(DEFAULT_TEAMS);

  it('resolves whole names and aliases, with or without "team"', () => {
    expect(resolveName('moderation team', registry)?.key).toBe('moderation');
    expect(resolveName('The Xen team', registry)?.key).toBe('xen');
    expect(resolveName('https://nix-community.org', registry)?.key).toBe('nix-community');
    expect(resolveName('Infra team', registry)?.key).toBe('infrastructure');
  });

  it('does not resolve a name that only contains a registry name', () => {
    expect(resolveName('Tweag Nix team', registry)).toBeUndefined();
    expect(resolveName('SIG K8s Infra', registry)).toBeUndefined();
    expect(resolveName('Steering Committee', registry)).toBeUndefined();
    expect(resolveName('Nix', registry)).toBeUndefined();
  });

  it('takes a registry key only when asked to', () => {
    expect(resolveName('security', registry)).toBeUndefined();
    expect(resolveName('security', registry, { byKey: true })?.key).toBe('security');
  });
});

describe('normal and display forms', () => {
  it('compares without case, "the", scheme or possessive', () => {
    expect(normalizeName('The Tweag’s Nix Team')).toBe('tweag nix team');
  });

  it('shows the words as written, without "the", scheme or possessive', () => {
    expect(displayName('the Tweag’s Nix team')).toBe('Tweag Nix team');
    expect(displayName('https://nix-community.org')).toBe('nix-community.org');
  });
});
