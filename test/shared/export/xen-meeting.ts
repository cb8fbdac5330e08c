// The Xen team meeting of Monday 2026-12-14 after it was held, as the SC would have minuted
// it: two SC members present (@tomberek chairing, @roberth recording), @cafkafk absent (the
// member the Xen decision marks "Not present"), @edef1c observing, notes and a conclusion on
// two asks (with the Markdown a recorder types: code, emphasis, a link), decision 0031 taken
// on the approval ask, and two actions, one nobody owns yet.
// A fourth ask of the Xen post, never put on the agenda, shows what the reply says of an
// ask the meeting did not discuss.
import type { MeetingExportRows } from '../../../shared/meetings/meeting-documents';
import type { ActionId, ActionRow, AgendaEntryId, AgendaEntryRow, ItemRow, MeetingRow } from '../../../shared/model';
import { item, memberId } from '../decisions/fixtures';
import { ASKS, SC, THREAD, XEN, XEN_DECISION, XEN_MEETING, XEN_POST } from './xen-decision';

export const XEN_HELD: MeetingRow = {
  ...XEN_MEETING,
  status: 'held',
  memberIds: [memberId('tom'), memberId('robert'), memberId('cafkafk')],
  attendance: { [memberId('tom')]: 'present', [memberId('robert')]: 'present', [memberId('cafkafk')]: 'absent' },
  observers: ['@edef1c'],
};

// One import gives every ask of a post the same creation time; the span is the ask's place
// in the post, which is the order the reply answers them in.
const inPost = (ask: ItemRow, at: number): ItemRow => ({ ...ask, span: [at, at + ask.text.length] });

/** The "People" ask of the Xen post: on no agenda, so not discussed. */
export const INFRA_ASK: ItemRow = item('xen-infra', {
  updateId: XEN_POST.id, threadId: THREAD.id, teamId: XEN.id, kind: 'people', askType: 'people', status: 'new', span: [2890, 2990],
  text: 'To resolve the security blocker mentioned above, we will also need help from the Infrastructure team.',
});

export const HELD_ASKS: ItemRow[] = [inPost(ASKS[0]!, 0), inPost(ASKS[1]!, 1620), inPost(ASKS[2]!, 1660), INFRA_ASK];

const entry = (id: string, over: Partial<AgendaEntryRow>): AgendaEntryRow => ({
  id: id as AgendaEntryId, meetingId: XEN_HELD.id, section: 'Asks and decisions', order: 1, title: id, confidential: false,
  minutes: '', conclusion: '', isDone: true, ...over,
});

const action = (id: string, over: Pick<ActionRow, 'text' | 'owner' | 'createdAt'> & Partial<ActionRow>): ActionRow => ({
  id: id as ActionId, status: 'open', origin: { kind: 'meeting', meetingId: XEN_HELD.id }, teamId: XEN.id, meetingId: XEN_HELD.id,
  updatedAt: over.createdAt, ...over,
});

/** Every row the Export panel reads for this meeting. */
export const HELD_ROWS: MeetingExportRows = {
  meetings: [XEN_HELD], templates: [], members: SC, teams: [XEN], items: HELD_ASKS, decisions: [XEN_DECISION], threads: [THREAD], updates: [XEN_POST],
  agendaEntries: [
    entry('e1', {
      itemId: ASKS[0]!.id, order: 1, timeboxMin: 6, presenter: '@tomberek', title: 'We’d like a @nixos.org email to apply for their pre-disclosure list',
      // Typed with the recorder's own bullets, which the export replaces by its own, and Markdown it keeps.
      minutes: '- @tomberek: the infrastructure team can set up `xen-security@nixos.org` this week.\n- The PGP key and the application message are *ready*.',
      conclusion: 'ask the infrastructure team for the alias',
    }),
    entry('e2', {
      itemId: ASKS[1]!.id, decisionId: XEN_DECISION.id, order: 2, timeboxMin: 4, title: 'Approval from the Steering Committee',
      minutes: '@roberth: early notice is worth it; the team already patches within a day.',
      conclusion: 'approved, see [the application](https://discourse.example/t/community-team-updates/56458/2)',
    }),
    entry('e3', { section: 'Budget', title: 'Hosting costs', presenter: '@tomberek', timeboxMin: 4 }),
  ],
  actions: [
    action('a1', {
      text: 'Ask the infrastructure team for an @nixos.org alias for the Xen team', owner: { kind: 'member', memberId: memberId('tom') },
      dueOn: '2026-12-21', createdAt: '2026-12-14T17:20:00.000Z',
    }),
    // The minutes import stores an action that names nobody with this placeholder owner.
    action('a2', { text: 'Review the application message and the team page update', owner: { kind: 'person', name: 'unassigned' }, createdAt: '2026-12-14T17:25:00.000Z' }),
  ],
};
