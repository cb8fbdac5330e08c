/**
 * Each evidence rule of `matchTeam` on its own (issue 15): what makes a registry team, and
 * the near misses that must not. Registry: the built-in NixOS teams.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, matchTeam } from '../../../../shared/parse';

const match = (text: string, hints: Parameters<typeof matchTeam>[2] = {}) => matchTeam(text, DEFAULT_TEAMS, hints);

describe('the source names the team', () => {
  it('takes a registry key or name given by the source, fully sure', () => {
    expect(match('All fine.', { teamHint: 'xen' })).toMatchObject({ key: 'xen', confidence: 1 });
    expect(match('All fine.', { teamHint: 'Marketing team' })).toMatchObject({ key: 'marketing', confidence: 1 });
  });

  it('proposes a team the source names but the registry does not have', () => {
    expect(match('All fine.', { teamHint: 'Bikeshed crew' })).toMatchObject({ key: null, isNew: true, name: 'Bikeshed crew' });
  });
});

describe('the title', () => {
  it('is a registry team when what is left after the boilerplate is its whole name', () => {
    const t = match('This is the first report.', { title: 'Nix team report 2022-10 — 2023-03' });
    expect(t).toMatchObject({ key: 'nix', isNew: false });
    expect(t.cue).toBe('names itself "Nix team" in its title "Nix team report 2022-10 — 2023-03"');
  });

  it('is a new team when the name only contains a registry name', () => {
    expect(match('Hello.', { title: 'Tweag Nix team update #33' })).toMatchObject({ key: null, name: 'Tweag Nix team' });
    expect(match('Hello.', { title: '2024 Annual Report: SIG K8s Infra' })).toMatchObject({ key: null, name: 'SIG K8s Infra' });
  });

  it('is not a team when it asks another team for something', () => {
    expect(match('Hello.', { title: 'Request for the Infrastructure team' }).key).toBeNull();
  });

  it('counts less when it comes from the file name', () => {
    const t = match('All good.', { fileTitle: 'stdenv update' });
    expect(t).toMatchObject({ key: 'stdenv' });
    expect(t.confidence).toBeLessThan(0.8);
    expect(t.cue).toMatch(/file name/);
  });
});

describe('the first line', () => {
  it('names the team when the team is its subject', () => {
    const t = match('The RFCSC is continuing to fulfill its role.\n\nWe have no hard requests.');
    expect(t).toMatchObject({ key: 'rfcsc' });
    expect(t.cue).toMatch(/^names itself "RFCSC" in its first line/);
  });

  it('proposes a team the registry does not have from its first line, whatever it needs', () => {
    const t = match('The CUDA team would like funding for GPU infrastructure.\n\nWe also need help from the Infrastructure team.');
    expect(t).toMatchObject({ key: null, isNew: true, name: 'CUDA team' });
    expect(t.cue).toMatch(/^names itself "CUDA team" in its first line/);
  });

  it('does not when the subject is another team acting on this one', () => {
    expect(match('The Infrastructure team has helped us move the builders.').key).not.toBe('infrastructure');
  });

  it('does not take a bare product name for the team named after it', () => {
    expect(match('Nix is a package manager we like.').key).not.toBe('nix');
  });
});

describe('first-person claims', () => {
  it('finds "The X team is comprised of myself …" anywhere', () => {
    const t = match(`Things are going well.\n\n${'Details of our work. '.repeat(40)}\n\nThe Xen team is comprised of myself, Yaroslav and Hongbo.`);
    expect(t).toMatchObject({ key: 'xen' });
    expect(t.cue).toContain('The Xen team is comprised of myself');
  });

  it('finds "On behalf of the X team"', () => {
    expect(match('On behalf of the Moderation team, here is our update.')).toMatchObject({ key: 'moderation' });
  });

  it('finds "As a member of the X team, I …" but not the role of someone else', () => {
    expect(match('As a member of the Moderation team, I can report that we grew.')).toMatchObject({ key: 'moderation' });
    expect(match('Our cache is slow. @hexa, as lead of the Infrastructure team, agreed to look at it.').key).toBeNull();
  });

  it('finds "my colleagues on the X Team" for a team the registry does not have', () => {
    expect(match('A special thank-you to my colleagues on the CUDA Team: @SergeK and @samuela.')).toMatchObject({ key: null, name: 'CUDA Team' });
  });

  it('finds "we have … members of the X team"', () => {
    expect(match('We have well-established members of the marketing team that are burning out.')).toMatchObject({ key: 'marketing' });
  });

  it('finds the team in the title of its own announcement', () => {
    const t = match('We have just announced that the reformat will happen soon: Nix formatting team: Treewide Nixpkgs formatting');
    expect(t).toMatchObject({ key: 'formatting' });
    expect(t.cue).toBe('points to its own announcement "Nix formatting team: Treewide Nixpkgs formatting"');
  });

  it('finds "news from the X team" in the opening but not further down', () => {
    expect(match('Hello Nixers\n\nSome news from the Tweag Nix team:\n\n- work')).toMatchObject({ key: null, name: 'Tweag Nix team' });
    expect(match('Our update.\n\nStatus\n\nWe read the news from the Security team.').key).not.toBe('security');
  });

  it('finds "Here is the X team’s update" in the opening', () => {
    expect(match('Hi all,\n\nHere is the Security team’s update for November.')).toMatchObject({ key: 'security' });
  });

  it('never takes a team the post asks for help', () => {
    const t = match('To resolve the security blocker, we will also need help from the Infrastructure team. We only need an address, which the Infrastructure team will be able to help us with.');
    expect(t.key).toBeNull();
  });
});

describe('a signature', () => {
  it('finds "Cheers," followed by the team', () => {
    expect(match('All is well.\n\nCheers,\nThe Moderation team')).toMatchObject({ key: 'moderation' });
  });

  it('finds "— The X team" on the last line', () => {
    expect(match('All is well.\n\n— The Marketing team')).toMatchObject({ key: 'marketing' });
  });

  it('does not take a closing thank-you to another team', () => {
    expect(match('All is well.\n\nThanks to the Infrastructure team!').key).toBeNull();
  });
});

describe('the group handle', () => {
  it('names the team when the post gives it as its own', () => {
    const t = match('Maintenance mode: we answer to pings @NixOS/documentation-team typically within 24-48h.');
    expect(t).toMatchObject({ key: 'documentation' });
    expect(t.cue).toMatch(/^gives its group handle @NixOS\/documentation-team/);
  });

  it('does not when the post asks that team for help', () => {
    expect(match('We need help from @NixOS/infra for the builders.').key).toBeNull();
    expect(match('Our builders: @NixOS/infra will help us with them.').key).toBeNull();
  });
});

describe('the author', () => {
  it('names the team of a known member', () => {
    const t = match('Some progress this month.', { author: 'philiptaron' });
    expect(t).toMatchObject({ key: 'stdenv' });
    expect(t.cue).toBe('posted by @philiptaron, a member of this team');
  });

  it('takes the author from "I (@x)" when the source has none', () => {
    expect(match('This status represents how I (@philiptaron) see things.', { author: 'unknown' })).toMatchObject({ key: 'stdenv' });
  });

  it('is weaker for a member of several teams', () => {
    const teams = [
      { key: 'a', name: 'A team', aliases: [], groupHandles: [], members: ['sam'] },
      { key: 'b', name: 'B team', aliases: [], groupHandles: [], members: ['sam'] },
    ];
    expect(matchTeam('Some progress.', teams, { author: 'sam' }).confidence).toBeLessThan(0.6);
  });

  it('does not count a member who is only thanked', () => {
    expect(match('Thank you @zowoq for the builders!').key).toBeNull();
  });
});

describe('the People section', () => {
  it('names the team of the known members it lists', () => {
    const t = match('We run CI for the community.\n\nPeople: @zowoq doing most of the work, @Mic92 in the background.');
    expect(t).toMatchObject({ key: 'nix-community' });
    expect(t.cue).toBe('its People section names @zowoq, a member of this team');
  });

  it('does not count a member named in another section', () => {
    expect(match('Completed\n\n- Darwin rewrite. Thank you @zowoq and team!').key).toBeNull();
  });
});

describe('what the opening says it works on', () => {
  it('points weakly to the team named after it', () => {
    const t = match('TL;DR: We will continue developing Xen on NixOS 25.05 and above.');
    expect(t).toMatchObject({ key: 'xen' });
    expect(t.confidence).toBeLessThanOrEqual(0.6);
  });

  it('does not turn common words into teams', () => {
    expect(match('We maintain infrastructure for the CUDA packages.').key).toBeNull();
  });
});

describe('weighing the evidence', () => {
  it('prefers the name a report gives itself to a team its author is on, and says so', () => {
    const t = match('Our roadmap.', { title: 'CUDA Team Roadmap Update (2023-08-29)', author: 'zowoq' });
    expect(t).toMatchObject({ key: null, name: 'CUDA Team' });
    expect(t.cue).toMatch(/; but another sign points to nix-community: posted by @zowoq, a member of this team$/);
    expect(t.confidence).toBeLessThan(0.85);
  });

  it('is surer when rules agree', () => {
    const one = match('The stdenv team is new.');
    const two = match('The stdenv team is new.', { author: 'philiptaron' });
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(two.cue).toMatch(/; also posted by @philiptaron/);
  });

  it('falls back to the title, then the author, when nothing names a team', () => {
    expect(match('Nothing to report.', { title: 'Tweag + Nix' })).toMatchObject({ key: null, name: 'Tweag + Nix', confidence: 0.3 });
    expect(match('Nothing to report.', { author: 'alice' })).toMatchObject({ key: null, name: 'Team of @alice', confidence: 0.1 });
  });
});
