/**
 * The sample thread's eight teams, found by the right evidence (issue 15): the formatting
 * team not by "RFC 166", the marketing team not by a mention of its former lead, Xen not by
 * the teams it asks for help. Checked on the browser copy (no authors) and the topic JSON.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, parseFiles, type InputFile } from '../../../../shared/parse';
import { fixture } from '../load';

const EVIDENCE: [string, RegExp][] = [
  ['xen', /says "The Xen team is comprised of myself/],
  ['rfcsc', /^names itself "RFCSC" in its first line/],
  ['formatting', /^points to its own announcement "Nix formatting team: Treewide Nixpkgs formatting"/],
  ['moderation', /^names itself "moderation team" in its first line/],
  ['stdenv', /^names itself "stdenv team" in its first line/],
  ['nix-community', /^names itself "nix-community\.org" in its first line/],
  ['marketing', /members of the marketing team.*People section names @avocadoom and @idabzo/],
  ['documentation', /^gives its group handle @NixOS\/documentation-team/],
];

const FORMS: [string, () => InputFile[]][] = [
  ['plain text copied from a browser', () => [fixture('community-team-updates-thread.txt')]],
  ['topic JSON', () => [fixture('sample/topic-56458.json'), fixture('sample/posts-56458-page2.json')]],
];

describe.each(FORMS)('the sample thread as %s', (_label, files) => {
  const updates = parseFiles(files(), { teams: DEFAULT_TEAMS }).updates.filter((u) => u.isTeamUpdate);

  it.each(EVIDENCE)('files the %s update by its own evidence', (key, cue) => {
    const found = updates.filter((u) => u.team?.key === key);
    expect(found).toHaveLength(1);
    expect(found[0]?.team?.cue).toMatch(cue);
    expect(found[0]?.team?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('never gives a mention as the reason', () => {
    for (const u of updates) {
      expect(u.team?.cue).not.toMatch(/RFC 166|@garbas|Infrastructure team|Marketing Team|mentioned/);
    }
  });
});
