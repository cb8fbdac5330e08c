// The Xen team's application to Xen's security pre-disclosure list as the SC would record
// it: seven members (the NixOS SC of 2026), decided at the Xen team meeting of Monday
// 2026-12-14 but typed in on 2026-12-04, with one vote of each kind, one member who did
// not vote and one marked "Not present". The asks are the Xen post of the sample thread
// (test/fixtures/import/community-team-updates-thread.txt), post 2 of topic 56458.
import type { ExportContext } from '../../../shared/export/templates/context';
import type { DecisionRow, ItemRow, ThreadId, ThreadRow, UpdateId, UpdateRow } from '../../../shared/model';
import { decision, item, meeting, meetingId, member, memberId, team, teamId, vote } from '../decisions/fixtures';

export const TOPIC_URL = 'https://discourse.example/t/community-team-updates/56458';

export const SC = [
  member('robert', { name: 'Robert Hensing', handle: 'roberth' }),
  member('philip', { name: 'Philip Taron', handle: 'philiptaron' }),
  member('tom', { name: 'Tom Bereknyei', handle: 'tomberek' }),
  member('john', { name: 'John Ericson', handle: 'Ericson2314' }),
  member('julien', { name: 'Julien Malka', handle: 'JulienMalka' }),
  member('cafkafk', { name: 'cafkafk', handle: 'cafkafk' }),
  member('k900', { name: 'K900', handle: 'K900' }),
];

export const XEN = team('xen', 'Xen Project team');

export const THREAD: ThreadRow = { id: 'discourse:56458' as ThreadId, title: 'Community Team Updates', topicId: 56458, url: TOPIC_URL, importedAt: '2026-12-01T08:00:00.000Z' };

/** The Xen post; its own `url` is the site-relative path a topic JSON import stores. */
export const XEN_POST: UpdateRow = {
  id: 'discourse:56458#2' as UpdateId, threadId: THREAD.id, teamId: XEN.id, postNumber: 2, url: '/t/community-team-updates/56458/2', author: 'xen-team',
  raw: '', isTeamUpdate: true, sections: [], revisions: [],
};

const ask = (id: string, text: string): ItemRow => item(id, { updateId: XEN_POST.id, threadId: THREAD.id, teamId: XEN.id, text, kind: 'blocker' });

/** The three asks the decision answers, each exactly as the importer extracts it. */
export const ASKS = [
  ask('xen-tldr', 'We’d like a @nixos.org email to apply for their pre-disclosure list. Everything else has been going smoothly, and we’re collaborating with upstream to get NixOS featured on their website. We will continue developing Xen on NixOS 25.05 and above.'),
  ask('xen-approval', 'Approval from the Steering Committee.'),
  ask('xen-review', 'Everything else (The PGP key, the application message, and the website team page update) has been prepared and awaits a review from the Committee. We only need an official NixOS address, which the Infrastructure team will be able to help us with.'),
];

export const XEN_MEETING = meeting('xen-2026-12-14', {
  title: 'Xen team meeting', teamIds: [XEN.id], startsAt: '2026-12-14T17:00:00.000Z', timeZone: 'Europe/Berlin', durationMin: 30,
  memberIds: [memberId('tom'), memberId('robert')], teamReps: ['Yaroslav'], recorderId: memberId('robert'), chairId: memberId('tom'),
});

export const XEN_DECISION: DecisionRow = decision({
  number: 31,
  title: 'Approve the Xen team’s application to Xen’s security pre-disclosure list',
  motion: 'The Steering Committee approves the Xen team’s application to Xen’s security pre-disclosure list, sent from an @nixos.org alias that the infrastructure team sets up.',
  // Typed with Markdown, as SC members write rationales: the exports keep the link and the emphasis.
  rationale: 'Joining the list lets the Xen team patch security issues *before* they are disclosed, as [Xen’s security policy](https://xenproject.org/developers/security-policy/) describes. The application, the PGP key and the team page are ready; only the @nixos.org address is missing.',
  status: 'approved',
  proposerId: memberId('tom'),
  // What the app stored before the fix: the day the outcome was typed in, not the meeting's.
  decidedOn: '2026-12-04',
  venue: { kind: 'meeting', meetingId: meetingId(XEN_MEETING.id) },
  meetingId: meetingId(XEN_MEETING.id),
  votes: [
    vote('tom', '+1', 'Early notice lets the team patch before disclosure.'),
    vote('robert', '+1'),
    vote('philip', '+1', 'The application and the PGP key are ready.'),
    vote('julien', '-1', 'The alias should wait for the infrastructure team’s *mail policy*.'),
    vote('john', 'abstain', 'recused: works with the Xen team'),
    vote('cafkafk', 'none', 'Not present'),
  ],
  itemIds: ASKS.map((a) => a.id),
  teamIds: [teamId('xen')],
  threadId: THREAD.id,
  createdAt: '2026-12-04T09:30:00.000Z',
  updatedAt: '2026-12-04T09:45:00.000Z',
});

/** The export context of the Xen decision, with the thread and post that give the links. */
export const XEN_CONTEXT: ExportContext = {
  members: SC, teams: [XEN], items: ASKS, meetings: [XEN_MEETING], decisions: [XEN_DECISION], today: '2026-12-20',
  threads: [THREAD], updates: [XEN_POST],
};
