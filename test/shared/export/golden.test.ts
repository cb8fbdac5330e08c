// Whole documents as the SC publishes them, compared line by line with hand-checked files
// in test/fixtures/export/. Each golden file was read as a published vote log, decision log,
// agenda, minutes or team reply before it was accepted; a change to any exported line must
// change a file here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDecisionLog } from '../../../shared/export/decision-log';
import { exportVoteLog } from '../../../shared/export/vote-log';
import { meetingDocument, type MeetingExportRows } from '../../../shared/meetings/meeting-documents';
import type { AgendaEntryId, AgendaEntryRow } from '../../../shared/model';
import { ASKS, SC, THREAD, XEN, XEN_CONTEXT, XEN_DECISION, XEN_MEETING, XEN_POST } from './xen-decision';
import { HELD_ROWS, XEN_HELD } from './xen-meeting';

const golden = (name: string) => readFileSync(new URL(`../../fixtures/export/${name}`, import.meta.url), 'utf8');

/** Lines side by side, so that a failure names the first line that differs. */
const lines = (text: string) => text.split('\n');

describe('the Xen pre-disclosure decision, published', () => {
  it('as a classic vote log (layout of vote 0018)', () => {
    expect(lines(exportVoteLog(XEN_DECISION, XEN_CONTEXT, { layout: 'classic' }).markdown)).toEqual(lines(golden('vote-log-0031-classic.md')));
  });

  it('as a modern vote log (layout of vote 0030)', () => {
    expect(lines(exportVoteLog(XEN_DECISION, XEN_CONTEXT, { layout: 'modern' }).markdown)).toEqual(lines(golden('vote-log-0031-modern.md')));
  });

  it('in the Xen team’s decision log of December, on the meeting’s day', () => {
    const log = exportDecisionLog([XEN_DECISION], XEN_CONTEXT, { teamId: XEN.id, period: { from: '2026-12-10', to: '2026-12-31' } });
    expect(lines(log)).toEqual(lines(golden('decision-log-xen.md')));
  });
});

describe('the Xen team meeting’s agenda, published', () => {
  const entry = (id: string, over: Partial<AgendaEntryRow>): AgendaEntryRow => ({
    id: id as AgendaEntryId, meetingId: XEN_MEETING.id, section: 'Asks and decisions', order: 1, title: id, confidential: false,
    minutes: '', conclusion: '', isDone: false, ...over,
  });
  const rows: MeetingExportRows = {
    meetings: [XEN_MEETING], templates: [], members: SC, teams: [XEN], items: ASKS, decisions: [], actions: [],
    threads: [THREAD], updates: [XEN_POST],
    agendaEntries: [
      // Stored with the title the app used to cut at 160 characters; the export shows the ask as it is now.
      entry('e1', { itemId: ASKS[0]!.id, order: 1, timeboxMin: 6, presenter: '@tomberek', title: 'We’d like a @nixos.org email to apply for their pre-disclosure list. Everything else has been going smoothly, and we’re collaborating with upstream to get Ni…' }),
      entry('e2', { itemId: ASKS[1]!.id, order: 2, timeboxMin: 4, title: 'Approval from the Steering Committee.' }),
      entry('e3', { section: 'Budget', title: 'Hosting costs', presenter: '@tomberek', timeboxMin: 4 }),
    ],
  };

  it('titles each ask by its first sentence, quotes the whole ask beneath a shortened one, and links its post', () => {
    const doc = meetingDocument(rows, XEN_MEETING, 'agenda', { isPublic: true, today: '2026-12-10', viewerZone: 'Europe/Berlin' });
    expect(doc.fileName).toBe('agenda-2026-12-14-xen-team-meeting.md');
    expect(lines(doc.markdown)).toEqual(lines(golden('agenda-xen-2026-12-14.md')));
  });
});

describe('the Xen team meeting after it was held, published', () => {
  it('as minutes: heading, date line, who was there, notes and conclusions, the decision with its votes, the actions', () => {
    const doc = meetingDocument(HELD_ROWS, XEN_HELD, 'minutes', { isPublic: true, today: '2026-12-15' });
    expect(doc.fileName).toBe('minutes-2026-12-14-xen-team-meeting.md');
    expect(lines(doc.markdown)).toEqual(lines(golden('minutes-xen-2026-12-14.md')));
  });

  it('as the reply to the Xen team: what was discussed, the decision with its day, what was not', () => {
    const doc = meetingDocument(HELD_ROWS, XEN_HELD, 'team-reply', { isPublic: true, today: '2026-12-15' });
    expect(doc.fileName).toBe('reply-2026-12-14-xen-team-meeting.md');
    expect(lines(doc.markdown)).toEqual(lines(golden('reply-xen-2026-12-14.md')));
  });
});
