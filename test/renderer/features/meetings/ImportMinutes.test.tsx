import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { ImportMinutes } from '../../../../renderer/features/meetings/ImportMinutes';
import { platform } from '../../../../renderer/lib/platform';
import { resetUiStore } from '../../../../renderer/store';
import type { MeetingId } from '../../../../shared/model';
import { scMembers } from '../../../shared/meetings/minutes-fixtures/roster';

const read = (file: string) => readFileSync(join(__dirname, '../../../fixtures/minutes', file), 'utf8');
const picked = (...names: string[]) => ({
  status: 'opened' as const, files: names.map((name) => ({ name, bytes: new TextEncoder().encode(name.endsWith('.md') ? read(name) : 'just prose') })), refused: [],
});

beforeEach(async () => {
  await resetDatabaseForTests();
  await db.members.bulkAdd(scMembers);
});
afterEach(() => {
  resetUiStore();
  vi.restoreAllMocks();
});

async function openPreview(...names: string[]) {
  const user = userEvent.setup();
  vi.spyOn(platform, 'openTextFiles').mockResolvedValue(picked(...names));
  render(<ImportMinutes />);
  await waitFor(async () => expect(await db.members.count()).toBe(7));
  await user.click(screen.getByRole('button', { name: 'Choose minutes files…' }));
  return { user, dialog: await screen.findByRole('dialog', { name: /Import \d+ minutes files?/ }) };
}

describe('ImportMinutes', { timeout: 30_000 }, () => {
  it('shows attendance, decisions with votes and actions before anything is written', async () => {
    const { dialog } = await openPreview('2026-04-29.md');
    const file = within(dialog).getByRole('article', { name: 'Meeting agenda W18 - Wed 2026-04-29' });
    expect(file.textContent).toContain('Absent@K900, @cafkafk');
    expect(within(file).getByRole('list', { name: 'Decisions' }).textContent).toContain('approved Tangled: gold (https://tangled.sh) · +1: @philiptaron');
    expect(within(file).getByRole('list', { name: 'Actions' }).textContent).toContain('☐ @tomberek: post approvals into dedicated channel');
    expect(await db.meetings.count()).toBe(0);
  });

  it('asks the member to confirm the points to check, then imports', async () => {
    const { user, dialog } = await openPreview('2026-04-15.md');
    const importButton = within(dialog).getByRole('button', { name: 'Import 1 meeting' });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    const points = within(dialog).getByRole('region', { name: 'To check in 2026-04-15.md' });
    expect(points.textContent).toContain('the minutes say “barely, @Ericson2314, who is on jury duty”');
    await user.click(within(points).getByRole('checkbox', { name: 'I have checked these points' }));
    await user.click(importButton);
    await waitFor(async () => expect(await db.meetings.get('minutes:sc:2026-04-15' as MeetingId)).toBeDefined());
    expect(await db.actions.count()).toBe(7);
    expect(await db.decisions.count()).toBe(2);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('names a file that is not minutes and imports the others', async () => {
    const { user, dialog } = await openPreview('2026-04-29.md', 'notes.txt');
    expect(within(dialog).getByRole('article', { name: 'notes.txt' }).textContent).toContain('notes.txt: no title, no sections and no attendance: this does not look like minutes');
    const points = within(dialog).getByRole('region', { name: 'To check in 2026-04-29.md' });
    await user.click(within(points).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 meeting' }));
    await waitFor(async () => expect(await db.meetings.count()).toBe(1));
  });

  it('imports SC-internal minutes with confidential topics when the member says so', async () => {
    const { user, dialog } = await openPreview('2026-03-18.md');
    await user.selectOptions(within(dialog).getByLabelText('These minutes are'), 'internal');
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have checked these points' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 meeting' }));
    await waitFor(async () => expect(await db.agendaEntries.count()).toBeGreaterThan(0));
    expect((await db.agendaEntries.toArray()).every((e) => e.confidential)).toBe(true);
    expect((await db.decisions.toArray()).every((d) => d.confidentiality === 'sc-internal')).toBe(true);
  });
});
