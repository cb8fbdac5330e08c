import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabaseForTests } from '../../../../renderer/db/instance';
import { createMeetings, ensureBuiltInTemplates } from '../../../../renderer/db/repos/meetings-repo';
import { copyMarkdown } from '../../../../renderer/features/export/deliver';
import { RoundExport } from '../../../../renderer/features/meetings/RoundExport';
import { resetUiStore, useUi } from '../../../../renderer/store';
import type { MemberId, TeamId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

// The real helper, watched: every export's Copy must go through it (issue 13).
vi.mock('../../../../renderer/features/export/deliver', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../renderer/features/export/deliver')>();
  return { ...actual, copyMarkdown: vi.fn(actual.copyMarkdown) };
});

const ROUND = 'round-1';
beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  await ensureBuiltInTemplates();
  const base = { date: '2026-05-06', timeZone: 'UTC', durationMin: 30, memberIds: ['m-tom'] as MemberId[], status: 'planned' as const, roundId: ROUND };
  await createMeetings([
    { ...base, title: 'Xen team meeting', teamIds: ['xen' as TeamId], time: '17:00' },
    { ...base, title: 'Second meeting', teamIds: ['xen' as TeamId], time: '18:00' },
  ]);
});
afterEach(() => {
  resetUiStore();
  vi.unstubAllGlobals();
  vi.mocked(copyMarkdown).mockClear();
});

describe('the round export', { timeout: 30_000 }, () => {
  it('previews the round agenda in a dialog, Markdown beside its rendering', async () => {
    render(<RoundExport roundId={ROUND} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Preview round agenda…' }, { timeout: 5000 }));
    const dialog = screen.getByRole('dialog', { name: /^Round agenda: Team meetings of (6 May 2026|May 6, 2026)$/ });
    const markdown = (within(dialog).getByRole('textbox', { name: /^Preview of .*\.md \(Markdown\)$/ }) as HTMLTextAreaElement).value;
    expect(markdown).toMatch(/^# Team meetings of 2026-05-06/);
    const rendered = within(dialog).getByRole('region', { name: /^Rendered / });
    expect(within(rendered).getAllByRole('heading', { level: 1 })[0]?.textContent).toBe('Team meetings of 2026-05-06');
    expect(within(rendered).getAllByRole('table')[0]?.textContent).toContain('SC members');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('builds the document only when it is asked for', async () => {
    render(<RoundExport roundId={ROUND} />);
    await screen.findByRole('button', { name: 'Preview round agenda…' }, { timeout: 5000 });
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('copies through the one clipboard helper, with its notice', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<RoundExport roundId={ROUND} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy round agenda' }, { timeout: 5000 }));
    await waitFor(() => expect(copyMarkdown).toHaveBeenCalledTimes(1));
    const [markdown] = vi.mocked(copyMarkdown).mock.calls[0]!;
    expect(markdown).toMatch(/^# Team meetings of 2026-05-06/);
    expect(writeText).toHaveBeenCalledWith(markdown);
    await waitFor(() => expect(useUi.getState().notices.at(-1)?.text).toBe('Copied to the clipboard.'));
  });

  it('says so when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(<RoundExport roundId={ROUND} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy round agenda' }, { timeout: 5000 }));
    expect((await screen.findByRole('alert')).textContent).toContain('clipboard refused');
  });
});
