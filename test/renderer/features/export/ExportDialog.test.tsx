import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { createDecision } from '../../../../renderer/db/repos/decisions-repo';
import { ExportDialog } from '../../../../renderer/features/export/ExportDialog';
import { resetUiStore, useUi } from '../../../../renderer/store';
import type { DecisionRow, ItemId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

vi.setConfig({ testTimeout: 30_000 });

let decision: DecisionRow;
beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  decision = await createDecision(
    { title: 'Approve Xen pre-disclosure', motion: 'Approve the application.', options: [], venue: { kind: 'meeting' }, rationale: '', confidentiality: 'public', itemIds: ['xen-approval' as ItemId], teamIds: [], tagIds: [] },
    'Tom',
  );
});
afterEach(() => {
  resetUiStore();
  vi.unstubAllGlobals();
});

describe('ExportDialog', () => {
  it('previews the vote log under its NNNN-slug.md name', async () => {
    render(<ExportDialog request={{ kind: 'vote-log', decisionId: decision.id }} />);
    const preview = await screen.findByLabelText('Preview (Markdown)');
    expect(preview.textContent).toContain('# 0001: Approve Xen pre-disclosure');
    expect(screen.getByText('0001-approve-xen-pre-disclosure.md')).toBeTruthy();
  });

  it('shows the vote log rendered beside its Markdown: the title as a heading, the votes as a table', async () => {
    render(<ExportDialog request={{ kind: 'vote-log', decisionId: decision.id }} />);
    await screen.findByLabelText('Preview (Markdown)');
    const rendered = screen.getByRole('region', { name: 'Rendered Markdown' });
    expect(within(rendered).getByRole('heading', { level: 1 }).textContent).toBe('0001: Approve Xen pre-disclosure');
    expect(within(rendered).getAllByRole('table').length).toBeGreaterThan(0);
  });

  it('copies what the preview shows, with the notice', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<ExportDialog request={{ kind: 'decision-log' }} />);
    const source = (await screen.findByLabelText('Preview (Markdown)')) as HTMLTextAreaElement;
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(source.value));
    await waitFor(() => expect(useUi.getState().notices.at(-1)?.text).toBe('Copied to the clipboard.'));
  });

  it('switches to the classic layout', async () => {
    render(<ExportDialog request={{ kind: 'vote-log', decisionId: decision.id }} />);
    await screen.findByLabelText('Preview (Markdown)');
    fireEvent.change(screen.getByLabelText('Layout'), { target: { value: 'vote-log-classic' } });
    expect(screen.getByLabelText('Preview (Markdown)').textContent).toContain('# Vote #1: Approve Xen pre-disclosure');
  });

  it('explains that a confidential decision is not published, and offers the SC-only export', async () => {
    await db.decisions.update(decision.id, { confidentiality: 'sc-internal' });
    render(<ExportDialog request={{ kind: 'vote-log', decisionId: decision.id }} />);
    expect((await screen.findByRole('alert')).textContent).toContain('cannot be published');
    fireEvent.click(screen.getByLabelText(/SC only/));
    expect((await screen.findByLabelText('Preview (Markdown)')).textContent).toContain('SC-internal');
  });

  it('tells the member when the clipboard refuses the text', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(<ExportDialog request={{ kind: 'decision-log' }} />);
    await screen.findByLabelText('Preview (Markdown)');
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect((await screen.findByRole('alert')).textContent).toContain('clipboard refused');
  });

  it('closes on Escape', async () => {
    useUi.getState().openExport({ kind: 'decision-log' });
    render(<ExportDialog request={{ kind: 'decision-log' }} />);
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(useUi.getState().exportRequest).toBeNull());
  });
});
