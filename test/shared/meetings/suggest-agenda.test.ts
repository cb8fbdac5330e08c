import { describe, expect, it } from 'vitest';
import { suggestAgenda, type SuggestInput } from '../../../shared/meetings/suggest-agenda';
import { NIXOS_SC_TEMPLATE, TEAM_MEETING_TEMPLATE, parseMeetingTemplate } from '../../../shared/meetings/templates';
import type { ItemId, MeetingId, TagId, UpdateId } from '../../../shared/model/ids';
import { action, decision, entry, item, meeting, tag, teamId } from './builders';

const team = parseMeetingTemplate(TEAM_MEETING_TEMPLATE);
const base: SuggestInput = { meeting: meeting(), template: team, items: [], decisions: [], actions: [], tags: [tag('t-nd', 'needs-decision'), tag('t-d', 'discuss')], today: '2026-04-20' };
const titles = (input: Partial<SuggestInput>) => suggestAgenda({ ...base, ...input }).map((e) => [e.section, e.title]);

describe('suggestAgenda', () => {
  it('proposes open asks, blockers and budget requests of the team in their sections', () => {
    const items = [
      item('ask', { text: 'Give us a @nixos.org email\nfor the pre-disclosure list' }),
      item('blk', { kind: 'blocker', isAsk: false, text: 'CI is broken' }),
      item('bud', { kind: 'budget', isAsk: true, askType: 'budget', text: 'Fund a build box' }),
    ];
    // A soft line break does not end the sentence: the title is the whole of it, not its first line.
    expect(titles({ items })).toEqual([
      ['Asks and decisions', 'Give us a @nixos.org email for the pre-disclosure list'],
      ['Blockers', 'CI is broken'],
      ['Budget', 'Fund a build box'],
    ]);
  });

  it('skips decided, resolved, not-for-sc and other teams’ items', () => {
    const items = [
      item('a', { status: 'decided' }), item('b', { status: 'resolved' }), item('c', { status: 'not-for-sc' }),
      item('d', { teamId: teamId('xen') }), item('e', { kind: 'status', isAsk: false }),
    ];
    expect(titles({ items })).toEqual([]);
  });

  it('says an item was raised on the day of its post, not the day it was imported', () => {
    const items = [item('ask', { updateId: 'u-post' as UpdateId, text: 'Give us an alias', createdAt: '2026-12-04T04:16:28.000Z' })];
    const updates = [{ id: 'u-post' as UpdateId, postedAt: '2024-11-25T10:00:00.000Z' }];
    expect(suggestAgenda({ ...base, items, updates })[0]?.reason).toBe('Open ask, raised 2024-11-25.');
  });

  it('says nothing of when an item was raised when its post has no date', () => {
    const items = [item('ask', { updateId: 'u-post' as UpdateId, text: 'Give us an alias', createdAt: '2026-12-04T04:16:28.000Z' })];
    expect(suggestAgenda({ ...base, items, updates: [{ id: 'u-post' as UpdateId }] })[0]?.reason).toBe('Open ask.');
    expect(suggestAgenda({ ...base, items })[0]?.reason).toBe('Open ask.');
  });

  it('includes a non-ask item when it is tagged for discussion', () => {
    const items = [item('s', { kind: 'status', isAsk: false, text: 'We moved to Zulip', tagIds: ['t-d' as TagId] })];
    expect(suggestAgenda({ ...base, items })[0]).toMatchObject({ section: 'Asks and decisions', itemId: 's', reason: expect.stringContaining('tagged for discussion') });
  });

  it('orders needs-decision and approval asks first, then by age', () => {
    const items = [
      item('old', { createdAt: '2026-01-01T00:00:00.000Z', text: 'old ask' }),
      item('new', { createdAt: '2026-03-01T00:00:00.000Z', text: 'new ask' }),
      item('appr', { createdAt: '2026-04-01T00:00:00.000Z', askType: 'approval', text: 'approve us' }),
      item('nd', { createdAt: '2026-04-02T00:00:00.000Z', tagIds: ['t-nd' as TagId], text: 'tagged' }),
    ];
    expect(titles({ items }).map(([, t]) => t)).toEqual(['approve us', 'tagged', 'old ask', 'new ask']);
  });

  it('proposes a decision once instead of the items it covers', () => {
    const d = decision('d1', { title: 'Grant the email', itemIds: ['ask' as ItemId] });
    const out = suggestAgenda({ ...base, items: [item('ask')], decisions: [d] });
    expect(out.map((e) => e.decisionId ?? e.itemId)).toEqual(['d1']);
  });

  it('carries open actions into Actions, due-soon ones first', () => {
    const actions = [
      action('later', { text: 'later', dueOn: '2026-06-01' }),
      action('soon', { text: 'soon', dueOn: '2026-04-25' }),
      action('overdue', { text: 'overdue', dueOn: '2026-04-01' }),
      action('done', { text: 'done', status: 'done' }),
    ];
    const out = suggestAgenda({ ...base, actions });
    expect(out.map((e) => [e.section, e.title])).toEqual([['Actions', 'overdue'], ['Actions', 'soon'], ['Actions', 'later']]);
    expect(out[0]!.reason).toBe('Open action carried over, overdue since 2026-04-01.');
  });

  it('does not propose what is already on the agenda', () => {
    const existing = [entry('e1', { itemId: 'ask' as ItemId })];
    expect(titles({ items: [item('ask'), item('other', { text: 'other' })], existing })).toEqual([['Asks and decisions', 'other']]);
  });

  it('puts template defaults first and proposes only tagged items for the SC meeting', () => {
    const asyncVote = decision('a', { title: 'Async vote', venue: { kind: 'async', opensAt: '2026-04-01T00:00:00Z', closesAt: '2026-04-08T00:00:00Z', timeZone: 'UTC' } });
    const sc = meeting({ id: 'sc' as MeetingId, teamIds: [], seriesKey: 'sc', durationMin: 60 });
    const items = [item('plain', { text: 'plain ask' }), item('t', { text: 'tagged ask', tagIds: ['t-d' as TagId], status: 'on-agenda' })];
    const out = titles({ meeting: sc, template: parseMeetingTemplate(NIXOS_SC_TEMPLATE), items, decisions: [decision('d', { title: 'Vote on X' }), asyncVote] });
    expect(out).toEqual([
      ['Housekeeping', 'Approve Previous Minutes'],
      ['Housekeeping', 'Pick next chairperson'],
      ['Async Updates', 'Async vote'],
      ['Old topics', 'Vote on X'],
      ['Old topics', 'tagged ask'],
    ]);
  });

  it('files an ask for the SC’s approval under asks and decisions, even when the team wrote it under Blockers', () => {
    // How the extractor types the Xen post: every line under "Blockers or Challenges" is a blocker.
    const items = [
      item('approval', { kind: 'blocker', isAsk: true, askType: 'approval', text: 'Approval from the Steering Committee.' }),
      item('alias', { kind: 'blocker', isAsk: true, askType: 'access', text: 'An e-mail alias that ends in @nixos.org;' }),
    ];
    expect(titles({ items })).toEqual([
      ['Asks and decisions', 'Approval from the Steering Committee'],
      ['Blockers', 'An e-mail alias that ends in @nixos.org'],
    ]);
  });

  describe('decisions already taken on the team’s asks', () => {
    const sc = meeting({ id: 'sc-1' as MeetingId, teamIds: [], seriesKey: 'sc', startsAt: '2026-04-15T17:00:00.000Z', status: 'held' });
    const approved = decision('d-sc', {
      number: 7, title: 'Grant the email', status: 'approved', itemIds: ['ask' as ItemId], venue: { kind: 'meeting', meetingId: sc.id },
    });
    const decided = item('ask', { status: 'decided' });

    it('brings a decision taken without the team into its next meeting, with the outcome and day', () => {
      const out = suggestAgenda({ ...base, items: [decided], decisions: [approved], meetings: [sc] });
      expect(out).toEqual([expect.objectContaining({ section: 'Asks and decisions', decisionId: 'd-sc', title: 'Decided: Grant the email (approved on 2026-04-15)' })]);
    });

    it('brings it in place of the ask it answers when that ask is still open', () => {
      const out = suggestAgenda({ ...base, items: [item('ask')], decisions: [approved], meetings: [sc] });
      expect(out.map((e) => e.decisionId ?? e.itemId)).toEqual(['d-sc']);
    });

    it('does not bring it again once a held meeting of the team had it on its agenda', () => {
      const before = meeting({ id: 'doc-0' as MeetingId, startsAt: '2026-04-20T17:00:00.000Z', status: 'held' });
      const agendaEntries = [entry('told', { meetingId: before.id, decisionId: approved.id })];
      expect(titles({ items: [decided], decisions: [approved], meetings: [sc, before], agendaEntries })).toEqual([]);
    });

    it('does not bring a decision taken at a meeting with the team, nor one still open, nor to the SC’s own meeting', () => {
      const withTeam = meeting({ id: 'doc-0' as MeetingId, startsAt: '2026-04-20T17:00:00.000Z', status: 'held' });
      const atTeamMeeting = { ...approved, venue: { kind: 'meeting' as const, meetingId: withTeam.id } };
      expect(titles({ items: [decided], decisions: [atTeamMeeting], meetings: [sc, withTeam] })).toEqual([]);
      expect(titles({ items: [decided], decisions: [{ ...approved, status: 'withdrawn' }], meetings: [sc] })).toEqual([]);
      const own = meeting({ id: 'sc-2' as MeetingId, teamIds: [], seriesKey: 'sc' });
      expect(suggestAgenda({ ...base, meeting: own, template: parseMeetingTemplate(NIXOS_SC_TEMPLATE), items: [decided], decisions: [approved], meetings: [sc] }).filter((e) => e.decisionId)).toEqual([]);
    });
  });
});
