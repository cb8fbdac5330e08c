/**
 * Team identity on real team reports that the parser was not built around (issue 15).
 * Fixtures: test/fixtures/import/real-reports (origins in its SOURCES.md). Each row's team
 * was read off the source by hand: who wrote it, under which name, and whether that name is a
 * team of the built-in (NixOS) registry. `cue` is the kind of evidence the SC member should be
 * shown, so a right answer for the wrong reason fails too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, matchTeam, parseFiles, type TeamMatch } from '../../../../shared/parse';
import { FIXTURES } from '../load';

type Row = {
  file: string;
  /** Registry key, or null for a team the registry does not have. */
  key: string | null;
  name: string;
  /** What the preview's "Why this team" must point at. */
  cue: RegExp;
  why: string;
};

const ROWS: Row[] = [
  // kubernetes/community annual reports: boilerplate titles, none of these SIGs is a NixOS team.
  { file: 'k8s-sig-contributor-experience-2023.md', key: null, name: 'SIG Contributor Experience', cue: /title/, why: 'mentions "Slack moderation" and a "Marketing Council"' },
  { file: 'k8s-sig-k8s-infra-2024.md', key: null, name: 'SIG K8s Infra', cue: /title/, why: 'its name contains the registry alias "Infra"; it mentions "the community Infrastructure"' },
  { file: 'k8s-sig-release-2023.md', key: null, name: 'SIG Release', cue: /title/, why: 'its first answer is about "community infrastructure"; it lists a "Release Team" subproject' },
  { file: 'k8s-sig-docs-2023.md', key: null, name: 'SIG Docs', cue: /title/, why: 'it is about documentation and names the Release Team and SIG Contributor Experience' },
  { file: 'k8s-sig-security-2024.md', key: null, name: 'SIG Security', cue: /title/, why: 'its name contains "Security" like the registry’s Security team' },
  // haskell/security-advisories: a dated report title, a team that describes itself.
  { file: 'haskell-srt-2025-q1.md', key: null, name: 'Haskell Security Response Team', cue: /title/, why: 'title "… - 2025 January–March report"' },
  // NixOS Discourse topics (title on the first line, then the first post as the forum shows it).
  { file: 'discourse-nixos-cuda-team-roadmap-29495.txt', key: null, name: 'CUDA Team', cue: /title/, why: 'a funding ask that says it needs "technical infrastructure"' },
  { file: 'discourse-nixos-cuda-team-roadmap-update-32379.txt', key: null, name: 'CUDA Team', cue: /title/, why: 'title "CUDA Team Roadmap Update (2023-08-29)"' },
  { file: 'discourse-nixos-tweag-nix-dev-update-33-20048.txt', key: null, name: 'Tweag Nix team', cue: /Tweag Nix team/, why: 'its name contains the registry’s "Nix team"; mentions formatting and documentation' },
  { file: 'discourse-nixos-tweag-nix-dev-update-34-20901.txt', key: null, name: 'Tweag Nix team', cue: /Tweag Nix team/, why: 'body headings "Documentation team" and "Nix package manager team" are other teams' },
  { file: 'discourse-nixos-steering-committee-update-56912.txt', key: null, name: 'Steering Committee', cue: /title/, why: 'not the RFC Steering Committee; it is about Equinix infrastructure and "CTA & Infra"' },
  { file: 'discourse-nixos-nix-team-report-27486.txt', key: 'nix', name: 'Nix team', cue: /title/, why: 'the Nix team’s own report, title with a date range' },
  { file: 'discourse-nixos-marketing-team-update-31238.txt', key: 'marketing', name: 'Marketing team', cue: /title/, why: 'title "… update for July/June 2023"; mentions the "NixCon team" and "Nix community"' },
  { file: 'discourse-nixos-marketing-team-minutes-27249.txt', key: 'marketing', name: 'Marketing team', cue: /title/, why: 'thanks the "Infra team"' },
  { file: 'discourse-nixos-documentation-team-notes-20004.txt', key: 'documentation', name: 'Documentation team', cue: /title/, why: 'mentions the "marketing team"' },
];

/** The team of a fixture as the importer would file it. */
function teamOf(file: string): TeamMatch | null {
  const text = readFileSync(join(FIXTURES, 'real-reports', file), 'utf8');
  if (file.endsWith('.md')) return parseFiles([{ name: file, text }], { teams: DEFAULT_TEAMS }).updates[0]?.team ?? null;
  // A Discourse page as stored: the topic's title, then its first post. The importer gets
  // the title from the topic, not from the post's text.
  const nl = text.indexOf('\n');
  return matchTeam(text.slice(nl + 1), DEFAULT_TEAMS, { title: text.slice(0, nl) });
}

describe('team identity on real team reports', () => {
  it.each(ROWS)('files $file under $name ($why)', ({ file, key, name, cue }) => {
    const team = teamOf(file);
    expect(team).toMatchObject({ key, name, isNew: key === null });
    expect(team?.cue).toMatch(cue);
  });

  it('covers at least eight reports from at least three sources', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ROWS.map((r) => r.file.split('-')[0])).size).toBeGreaterThanOrEqual(3);
  });
});
