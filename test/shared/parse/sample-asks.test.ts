/**
 * The asks an SC member expects from the sample thread (issue 3), checked in every format
 * the sample was derived into. One table, one behaviour per row.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, parseFiles, type InputFile, type ParseResult } from '../../../shared/parse';
import { fixture, fixtureDir } from './load';

const FORMATS: [string, () => InputFile[]][] = [
  ['plain text copied from a browser', () => [fixture('community-team-updates-thread.txt')]],
  ['topic JSON with raw plus its posts.json page', () => [fixture('sample/topic-56458.json'), fixture('sample/posts-56458-page2.json')]],
  ['/raw/ pages', () => [fixture('sample/raw-56458.txt'), fixture('sample/raw-56458-page2.txt')]],
  ['topic RSS (cooked HTML only)', () => [fixture('sample/56458.rss')]],
  ['user_archive.csv, current columns', () => [fixture('sample/user_archive.csv')]],
  ['user_archive.csv, older columns', () => [fixture('sample/user_archive-old.csv')]],
  ['one Markdown file per team', () => fixtureDir('sample/markdown')],
  ['one Markdown file with a heading per team', () => [fixture('sample/all-teams.md')]],
];

function itemsOf(result: ParseResult, teamKey: string) {
  return result.updates.filter((u) => u.team?.key === teamKey).flatMap((u) => u.items);
}

function asksOf(result: ParseResult, teamKey: string) {
  return itemsOf(result, teamKey).filter((i) => i.isAsk);
}

describe.each(FORMATS)('the sample thread as %s', (_label, files) => {
  const result = parseFiles(files(), { teams: DEFAULT_TEAMS });

  it('finds an update for each of the eight teams', () => {
    const teams = result.updates.filter((u) => u.isTeamUpdate).map((u) => u.team?.key);
    expect(new Set(teams)).toEqual(new Set(['xen', 'rfcsc', 'formatting', 'moderation', 'stdenv', 'nix-community', 'marketing', 'documentation']));
  });

  it('does not treat the opening request as a team update', () => {
    const request = result.updates.find((u) => u.raw.includes('Request for Status') || u.raw.includes('we’d appreciate an initial round'));
    if (request) expect(request.isTeamUpdate).toBe(false);
    expect(result.updates.filter((u) => u.isTeamUpdate)).toHaveLength(8);
  });

  it('finds Xen’s ask for an @nixos.org e-mail alias', () => {
    expect(asksOf(result, 'xen').some((i) => i.askType === 'access' && /e-?mail/i.test(i.text) && /@nixos\.org/.test(i.text))).toBe(true);
  });

  it('finds Xen’s ask for SC approval', () => {
    expect(asksOf(result, 'xen').some((i) => i.askType === 'approval' && /approval from the steering committee/i.test(i.text))).toBe(true);
  });

  it('finds moderation’s ask for formal escalation channels', () => {
    expect(asksOf(result, 'moderation').some((i) => i.askType === 'process' && /escalation channels/.test(i.text) && /confidential/.test(i.text))).toBe(true);
  });

  it('finds marketing’s asks for funding and a private Matrix room', () => {
    const asks = asksOf(result, 'marketing');
    expect(asks.some((i) => i.askType === 'budget' && /fund 1-1\.5 persons/.test(i.text))).toBe(true);
    expect(asks.some((i) => i.askType === 'access' && /private matrix room/i.test(i.text))).toBe(true);
  });

  it('finds the RFCSC’s ask for input, with the 2024-12-09 rotation date', () => {
    expect(asksOf(result, 'rfcsc').some((i) => i.askType === 'information' && /give input/.test(i.text) && i.entities.dates.includes('2024-12-09'))).toBe(true);
  });

  it('finds documentation’s ask for people to reboot the team', () => {
    expect(asksOf(result, 'documentation').some((i) => i.askType === 'people' && /rebooting the team/.test(i.text))).toBe(true);
  });

  it('does not flag explicit non-requests as asks', () => {
    const all = result.updates.flatMap((u) => u.items.filter((i) => i.isAsk).map((i) => i.text));
    expect(all.some((t) => /we do not need a budget/.test(t))).toBe(false);
    expect(all.some((t) => /no important or urgent requests/.test(t))).toBe(false);
  });

  // Issue 15: asks from the answer, not the template.
  it('types Xen’s list items under “we will need:” as access and approval requests, not blockers', () => {
    const items = itemsOf(result, 'xen');
    expect(items.filter((i) => /^An e-mail alias that ends in `?@nixos\.org/.test(i.text)).map((i) => [i.isAsk, i.askType, i.kind])).toEqual([[true, 'access', 'request']]);
    expect(items.filter((i) => /^Approval from the Steering Committee/.test(i.text)).map((i) => [i.isAsk, i.askType, i.kind])).toEqual([[true, 'approval', 'request']]);
  });

  it('reads Xen’s and stdenv’s “no budget needed” answers as status, not as budget requests', () => {
    const noBudget = [...itemsOf(result, 'xen'), ...itemsOf(result, 'stdenv')].filter((i) => /we do not need a budget|^None at this time/.test(i.text));
    expect(noBudget.map((i) => [i.isAsk, i.kind])).toEqual([[false, 'status'], [false, 'status']]);
  });

  it('maps nix-community’s labelled lines to their sections', () => {
    const items = itemsOf(result, 'nix-community');
    const kindOf = (re: RegExp) => items.filter((i) => re.test(i.text)).map((i) => i.kind);
    expect(kindOf(/^`?@zowoq`? doing most of the work/)).toEqual(['people']);
    expect(kindOf(/^our next hardware upgrade/)).toEqual(['upcoming']);
    expect(kindOf(/^Thanks to all the generous sponsors/)).toEqual(['budget']);
    // "Challenges: nothing immediate." is in the Challenges section, but it names no blocker.
    const update = result.updates.find((u) => u.team?.key === 'nix-community');
    expect(update?.sections.filter((s) => s.kind === 'blockers').map((s) => s.text.slice(0, 17))).toEqual(['nothing immediate']);
    expect(kindOf(/^nothing immediate/)).toEqual(['status']);
  });

  it('titles marketing’s budget ask by what it asks, not by the burn-out that explains it', () => {
    const items = itemsOf(result, 'marketing');
    const ask = items.find((i) => i.isAsk && i.askType === 'budget');
    expect(ask?.text).toMatch(/^It would be beneficial to the ongoing efforts of the team if we could fund 1-1\.5 persons\./);
    expect(items.filter((i) => /experiencing burn out/.test(i.text)).map((i) => [i.isAsk, i.kind])).toEqual([[false, 'status']]);
  });

  it('splits Xen’s TL;DR ask from the status that follows it', () => {
    const items = itemsOf(result, 'xen');
    expect(items.filter((i) => /^We’d like a `?@nixos\.org`? email/.test(i.text)).map((i) => [i.isAsk, i.askType, /Everything else/.test(i.text)])).toEqual([[true, 'access', false]]);
    expect(items.filter((i) => /^Everything else has been going smoothly/.test(i.text)).map((i) => i.isAsk)).toEqual([false]);
  });

  it('does not flag “Everything else … awaits a review from the Committee” as an ask, but the address it needs', () => {
    const items = itemsOf(result, 'xen');
    expect(items.filter((i) => /^Everything else \(The PGP key/.test(i.text)).map((i) => [i.isAsk, /We only need/.test(i.text)])).toEqual([[false, false]]);
    expect(items.filter((i) => /^We only need an official NixOS address/.test(i.text)).map((i) => [i.isAsk, i.askType])).toEqual([[true, 'access']]);
  });

  it('titles documentation’s ask for people by the ask', () => {
    expect(asksOf(result, 'documentation').filter((i) => i.askType === 'people').map((i) => i.text.slice(0, 40))).toEqual(['New people interested in rebooting the t']);
  });

  it('links every item back to its span in the update’s raw text', () => {
    for (const u of result.updates) {
      for (const item of u.items) {
        const quoted = u.raw.slice(item.span[0], item.span[1]).replace(/\s+/g, ' ');
        expect(quoted).toContain(item.text.split(' ').slice(0, 3).join(' '));
      }
    }
  });
});
