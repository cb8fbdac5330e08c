// The 2026-04-29 SC meeting of the reference minutes, rebuilt as rows, so that the
// exporters can be compared with the real document.
import type { AgendaEntryId, DecisionId, MeetingId } from '../../../shared/model/ids';
import type { ActionRow, AgendaEntryRow, DecisionRow, MeetingRow, MemberRow, VoteRecord } from '../../../shared/model/rows';
import { action, decision, entry, meeting, member, memberId } from './builders';

export const W18_ID = 'w18' as MeetingId;
export const members: MemberRow[] = ['tomberek', 'JulienMalka', 'philiptaron', 'roberth', 'Ericson2314', 'K900', 'cafkafk'].map((h) => member(h));

export const w18: MeetingRow = meeting({
  id: W18_ID, title: 'SC meeting', teamIds: [], seriesKey: 'sc', startsAt: '2026-04-29T17:00:00.000Z', timeZone: 'UTC', durationMin: 60,
  memberIds: members.map((m) => m.id), observers: ['@edef1c'], recorderId: memberId('tomberek'), status: 'held',
  attendance: { [memberId('K900')]: 'absent', [memberId('cafkafk')]: 'absent' },
});

const e = (id: string, section: string, order: number, over: Partial<AgendaEntryRow> = {}) =>
  entry(id, { meetingId: W18_ID, section, order, title: id, isDone: true, ...over });

export const sponsorDecision: DecisionRow = decision('d-tangled', {
  title: 'Tangled: gold sponsor', status: 'approved', teamIds: [], meetingId: W18_ID,
  votes: [
    ...['philiptaron', 'roberth', 'JulienMalka', 'tomberek'].map((h): VoteRecord => ({ memberId: memberId(h), vote: '+1' })),
    { memberId: memberId('K900'), vote: 'abstain' },
  ],
});

export const entries: AgendaEntryRow[] = [
  e('Approve Previous Minutes', 'Housekeeping', 1, { isDone: false, conclusion: 'Not done, please review and approve' }),
  e('Pick next chairperson', 'Housekeeping', 2, { minutes: '@JulienMalka' }),
  e('Bootstrap team report', 'Correspondence and Reports', 1, { minutes: '- @JulienMalka: have shared notes in Zulip.\n- @Ericson2314: please add me to invites.' }),
  e('NixCon sponsor approval (carry-forward from last week)', 'Old topics', 1, { decisionId: sponsorDecision.id as DecisionId, conclusion: 'all approved' }),
  e('retrospective on vulnerability release process', 'New topics', 1, { minutes: '@philiptaron: what are the after-actions?' }),
  e('@roberth: GSoC approval is expected this week', 'Announcements', 1),
];

export const actions: ActionRow[] = [
  ['JulienMalka', 'chairperson'],
  ['tomberek', 'post approvals into dedicated channel'],
  ['tomberek', 'meeting notes follow-up'],
  ['Ericson2314', '4/15th meeting notes'],
].map(([h, text], i) => action(`a${i}`, { owner: { kind: 'member', memberId: memberId(h!) }, text: text!, meetingId: W18_ID, teamId: null, createdAt: `2026-04-29T18:0${i}:00.000Z` }));

export const entryId = (id: string) => id as AgendaEntryId;
