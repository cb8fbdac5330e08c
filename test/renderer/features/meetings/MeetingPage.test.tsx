import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { addEntries } from '../../../../renderer/db/repos/agenda-repo';
import { createMeetings, ensureBuiltInTemplates } from '../../../../renderer/db/repos/meetings-repo';
import { MeetingPage } from '../../../../renderer/features/meetings/MeetingPage';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { WITHHELD_LINE } from '../../../../shared/meetings/render-common';
import type { ItemId, MeetingRow, MemberId, TeamId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

let meeting: MeetingRow;
const entriesIn = async (section: string) =>
  (await db.agendaEntries.where('meetingId').equals(meeting.id).toArray()).filter((e) => e.section === section).sort((a, b) => a.order - b.order).map((e) => e.title);

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await ensureBuiltInTemplates();
  [meeting] = (await createMeetings([{
    title: 'Xen team meeting', teamIds: ['xen' as TeamId], date: '2026-05-06', time: '17:00', timeZone: 'UTC', durationMin: 30,
    memberIds: ['m-tom', 'm-julien'] as MemberId[], status: 'planned',
  }])) as [MeetingRow];
});
afterEach(() => resetUiStore());

describe('the agenda', { timeout: 30_000 }, () => {
  it('suggests the team’s open asks and adds the chosen ones to their template sections', async () => {
    const user = userEvent.setup();
    render(<MeetingPage meetingId={meeting.id} />);
    const suggestions = await screen.findByRole('region', { name: 'Suggested for this agenda' }, { timeout: 5000 });
    expect(suggestions.textContent).toContain('pre-disclosure list');
    await user.click(within(suggestions).getByRole('button', { name: /Add \d+ to the agenda/ }));
    // The approval ask is for the SC to decide, though the team wrote it under Blockers; the alias stays a blocker.
    await waitFor(async () => expect(await entriesIn('Blockers')).toEqual(['An e-mail alias that ends in @nixos.org']), { timeout: 5000 });
    expect(await entriesIn('Asks and decisions')).toEqual(['Approval from the Steering Committee to apply to Xen’s security pre-disclosure list']);
  });

  it('says a suggestion was raised on the day of its post, not the day it was imported', async () => {
    await db.items.toCollection().modify({ createdAt: '2026-12-04T04:16:28.000Z' });
    render(<MeetingPage meetingId={meeting.id} />);
    const suggestions = await screen.findByRole('region', { name: 'Suggested for this agenda' }, { timeout: 5000 });
    await waitFor(() => expect(suggestions.textContent).toContain('raised 2024-11-25'), { timeout: 5000 });
    expect(suggestions.textContent).not.toContain('2026-12-04');
  });

  it('shows a linked entry from its item as it is now', async () => {
    await addEntries(meeting.id, [{ section: 'Blockers', title: 'An e-mail alias', itemId: 'xen-alias' as ItemId }]);
    render(<MeetingPage meetingId={meeting.id} />);
    await screen.findByRole('listitem', { name: 'An e-mail alias that ends in @nixos.org' }, { timeout: 5000 });
    await db.items.update('xen-alias', { text: 'Two e-mail aliases at nixos.org' });
    await screen.findByRole('listitem', { name: 'Two e-mail aliases at nixos.org' }, { timeout: 5000 });
  });

  it('moves an entry to the previous section with Alt+ArrowUp', async () => {
    await addEntries(meeting.id, [{ section: 'Blockers', title: 'Machine time' }]);
    render(<MeetingPage meetingId={meeting.id} />);
    const row = await screen.findByRole('listitem', { name: 'Machine time' }, { timeout: 5000 });
    fireEvent.keyDown(row, { key: 'ArrowUp', altKey: true });
    await waitFor(async () => expect(await entriesIn('Asks and decisions')).toEqual(['Machine time']));
  });

  it('shows the overrun when the timeboxes exceed the meeting’s length', async () => {
    const [e] = await addEntries(meeting.id, [{ section: 'Blockers', title: 'Long topic' }]);
    await db.agendaEntries.update(e!.id, { timeboxMin: 40 });
    render(<MeetingPage meetingId={meeting.id} />);
    const bar = await screen.findByText(/over by/, { selector: 'strong.overrun' }, { timeout: 5000 });
    // 25 min of other sections + 40 min of blockers = 65 min in a 30-minute meeting.
    expect(bar.textContent).toBe('over by 35 min');
  });
});

describe('the minutes', { timeout: 30_000 }, () => {
  it('records a decision on an entry, linked to the meeting, with the attendees’ votes', async () => {
    await addEntries(meeting.id, [{ section: 'Asks and decisions', title: 'Approval', itemId: 'xen-approval' as ItemId }]);
    useUi.setState({ meetingMode: 'minutes' });
    const user = userEvent.setup();
    render(<MeetingPage meetingId={meeting.id} />);
    await user.click(await screen.findByRole('button', { name: 'Record a decision' }, { timeout: 5000 }));
    const form = screen.getByRole('form', { name: /Decision on/ });
    await user.selectOptions(within(form).getByLabelText('Tom Bereknyei'), '+1');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    await screen.findByText(/Decision #1:/, undefined, { timeout: 5000 });
    const [d] = await db.decisions.toArray();
    expect(d).toMatchObject({ meetingId: meeting.id, venue: { kind: 'meeting', meetingId: meeting.id }, status: 'approved', votes: [{ memberId: 'm-tom', vote: '+1' }] });
  });

  it('adds an action item with an owner and a due date', async () => {
    useUi.setState({ meetingMode: 'minutes' });
    const user = userEvent.setup();
    render(<MeetingPage meetingId={meeting.id} />);
    const form = await screen.findByRole('form', { name: 'Add an action item' }, { timeout: 5000 });
    await user.type(within(form).getByLabelText('What'), 'Send the list');
    await user.selectOptions(within(form).getByLabelText('Owner'), 'Julien Malka');
    fireEvent.change(within(form).getByLabelText('Due'), { target: { value: '2026-05-13' } });
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    await screen.findByText('Send the list', { exact: false, selector: 'span' }, { timeout: 5000 });
    expect(await db.actions.toArray()).toEqual([expect.objectContaining({ text: 'Send the list', dueOn: '2026-05-13', owner: { kind: 'member', memberId: 'm-julien' } })]);
  });
});

describe('the export', { timeout: 30_000 }, () => {
  it('previews the agenda and withholds a confidential entry in the public version only', async () => {
    const [e] = await addEntries(meeting.id, [{ section: 'Blockers', title: 'Moderation names' }, { section: 'Blockers', title: 'Open topic' }]);
    await db.agendaEntries.update(e!.id, { confidential: true });
    useUi.setState({ meetingMode: 'export' });
    const user = userEvent.setup();
    render(<MeetingPage meetingId={meeting.id} />);
    const preview = (await screen.findByLabelText(/Preview of agenda-2026-05-06-xen-team-meeting\.md/, undefined, { timeout: 5000 })) as HTMLTextAreaElement;
    expect(preview.value).toContain(WITHHELD_LINE);
    expect(preview.value).not.toContain('Moderation names');
    await user.click(screen.getByLabelText('SC internal'));
    const internal = screen.getByLabelText(/Preview of .*-internal\.md/) as HTMLTextAreaElement;
    expect(internal.value).toContain('Moderation names _(confidential)_');
    expect(internal.value).toContain('Open topic');
  });
});
