/**
 * A team's open work (shared/triage/open-work.ts): the one grouping behind the Teams card's
 * counts and the team page's lists, checked on the Xen post of the sample thread in every
 * format the parser tests read it from, and rule by rule on single items.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS, parseFiles, type InputFile } from '../../../shared/parse';
import { countOpenWork, openWork, openWorkGroup } from '../../../shared/triage/open-work';
import { item } from '../../fixtures/triage/item-rows';
import { fixture, fixtureDir } from '../parse/load';

const FORMATS: [string, () => InputFile[]][] = [
  ['plain text copied from a browser', () => [fixture('community-team-updates-thread.txt')]],
  ['topic JSON with its posts.json page', () => [fixture('sample/topic-56458.json'), fixture('sample/posts-56458-page2.json')]],
  ['topic RSS (cooked HTML only)', () => [fixture('sample/56458.rss')]],
  ['one Markdown file per team', () => fixtureDir('sample/markdown')],
];

/** The Xen post's items as freshly imported rows (status new, still in the post). */
function xenItems(files: InputFile[]) {
  const xen = parseFiles(files, { teams: DEFAULT_TEAMS }).updates.filter((u) => u.team?.key === 'xen');
  expect(xen).toHaveLength(1);
  return xen[0]!.items.map((i, n) => item(`xen-${n}`, { kind: i.kind, isAsk: i.isAsk, text: i.text, ...(i.askType ? { askType: i.askType } : {}) }));
}

const start = (texts: string[]) => texts.map((t) => t.slice(0, 40));

describe.each(FORMATS)('the Xen post of the sample thread, as %s', (_label, files) => {
  const items = xenItems(files());

  it('has five open asks, two blockers and no budget request', () => {
    expect(countOpenWork(items)).toEqual({ asks: 5, blockers: 2, budget: 0 });
  });

  it('gives the card the sizes of the lists the team page shows', () => {
    const work = openWork(items);
    expect(countOpenWork(items)).toEqual({ asks: work.asks.length, blockers: work.blockers.length, budget: work.budget.length });
    // No item is listed twice.
    const listed = [...work.asks, ...work.blockers, ...work.budget];
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('counts the alias and the approval the team needs as what they are, wherever the post says them', () => {
    const work = openWork(items);
    // Asks: the TL;DR's e-mail, the application and the two things it needs (the list under
    // "we will need:" in Blockers: the alias, an access ask, and the SC's approval), and the
    // Infrastructure team's help (under People).
    expect(start(work.asks.map((i) => i.text))).toEqual(start([
      'We’d like a @nixos.org email to apply for their pre-disclosure list.',
      'As mentioned in Current Status, we would like to apply for Xen’s security pre-disclosure list',
      'An e-mail alias that ends in @nixos.org;',
      'Approval from the Steering Committee.',
      'To resolve the security blocker mentioned above, we will also need help from the Infrastructure team.',
    ]));
    // Blockers: what the application waits for — the prepared material awaiting review, and
    // the official address only the Infrastructure team can set up.
    expect(start(work.blockers.map((i) => i.text))).toEqual(start([
      'Everything else (The PGP key, the application message, and the website team page update)',
      'We only need an official NixOS address, which the Infrastructure team will be able to help us with.',
    ]));
  });

  it('does not take “we do not need a budget at this time” for a budget request', () => {
    const statement = items.find((i) => /we do not need a budget/.test(i.text));
    expect(statement).toMatchObject({ isAsk: false, kind: 'status' });
    expect(openWorkGroup(statement!)).toBeNull();
  });
});

describe('openWorkGroup', () => {
  it.each([
    ['an ask for money', { isAsk: true, askType: 'budget', kind: 'other' }, 'budget'],
    ['an ask found under Budget', { isAsk: true, askType: 'people', kind: 'budget' }, 'budget'],
    ['a Budget-section sentence that asks for nothing', { isAsk: false, kind: 'budget' }, null],
    ['an ask for approval written under Blockers', { isAsk: true, askType: 'approval', kind: 'blocker' }, 'asks'],
    ['an ask for access written under Blockers', { isAsk: true, askType: 'access', kind: 'blocker' }, 'blockers'],
    ['a blocker that asks for nothing', { isAsk: false, kind: 'blocker' }, 'blockers'],
    ['an ask under Requests', { isAsk: true, askType: 'access', kind: 'request' }, 'asks'],
    ['a status line', { isAsk: false, kind: 'status' }, null],
  ] as const)('files %s under %s', (_label, over, group) => {
    expect(openWorkGroup(item('x', over))).toBe(group);
  });

  it('leaves out closed items and items gone from their post', () => {
    for (const status of ['decided', 'resolved', 'not-for-sc'] as const) expect(openWorkGroup(item('x', { isAsk: true, status }))).toBeNull();
    for (const status of ['new', 'triaged', 'on-agenda', 'deferred'] as const) expect(openWorkGroup(item('x', { isAsk: true, status }))).toBe('asks');
    expect(openWorkGroup(item('x', { isAsk: true, isGone: true }))).toBeNull();
  });
});
