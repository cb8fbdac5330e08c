import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabaseForTests } from '../../../../renderer/db/instance';
import { addEntries } from '../../../../renderer/db/repos/agenda-repo';
import { createMeetings, ensureBuiltInTemplates } from '../../../../renderer/db/repos/meetings-repo';
import { copyMarkdown } from '../../../../renderer/features/export/deliver';
import { ExportPanel } from '../../../../renderer/features/meetings/ExportPanel';
import { resetUiStore, useUi } from '../../../../renderer/store';
import type { MeetingRow, MemberId, TeamId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

// The real helper, watched: every export's Copy must go through it (issue 13).
vi.mock('../../../../renderer/features/export/deliver', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../renderer/features/export/deliver')>();
  return { ...actual, copyMarkdown: vi.fn(actual.copyMarkdown) };
});

let meeting: MeetingRow;
beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await ensureBuiltInTemplates();
  [meeting] = (await createMeetings([{
    title: 'Xen team meeting', teamIds: ['xen' as TeamId], date: '2026-05-06', time: '17:00', timeZone: 'UTC', durationMin: 30,
    memberIds: ['m-tom', 'm-julien'] as MemberId[], status: 'planned',
  }])) as [MeetingRow];
  await addEntries(meeting.id, [{ section: 'Blockers', title: 'Hosting costs' }]);
});
afterEach(() => {
  resetUiStore();
  vi.unstubAllGlobals();
  vi.mocked(copyMarkdown).mockClear();
});

const source = () => screen.findByLabelText(/^Preview of agenda-.*\.md \(Markdown\)$/, undefined, { timeout: 5000 }) as Promise<HTMLTextAreaElement>;

describe('the meeting export panel', { timeout: 30_000 }, () => {
  it('shows the agenda’s Markdown beside its rendering', async () => {
    render(<ExportPanel meeting={meeting} />);
    const markdown = (await source()).value;
    expect(markdown).toMatch(/^# /);
    const rendered = screen.getByRole('region', { name: /^Rendered agenda-/ });
    expect(within(rendered).getAllByRole('heading', { level: 1 })[0]?.textContent).toBe(markdown.split('\n')[0]!.slice(2));
    expect(rendered.textContent).toContain('Hosting costs');
  });

  it('copies through the one clipboard helper, with its notice', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<ExportPanel meeting={meeting} />);
    const markdown = (await source()).value;
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(markdown));
    expect(copyMarkdown).toHaveBeenCalledExactlyOnceWith(markdown);
    await waitFor(() => expect(useUi.getState().notices.at(-1)?.text).toBe('Copied to the clipboard.'));
  });

  it('says so when the clipboard refuses, as the other exports do', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(<ExportPanel meeting={meeting} />);
    await source();
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect((await screen.findByRole('alert')).textContent).toContain('clipboard refused');
  });
});
