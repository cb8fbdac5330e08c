import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { TemplateEditor } from '../../../../renderer/features/export/TemplateEditor';
import { builtInTemplate } from '../../../../renderer/db/repos/templates-repo';
import { resetUiStore } from '../../../../renderer/store';
import { seedSampleWorkspace } from '../../support/seed';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
});
afterEach(() => resetUiStore());

const body = () => screen.findByLabelText(/^Template “/);

describe('TemplateEditor', () => {
  it('previews an edit live on a sample decision', async () => {
    render(<TemplateEditor />);
    fireEvent.change(await body(), { target: { value: '# Our vote: {{title}}' } });
    expect(screen.getByLabelText('Template preview (Markdown)').textContent).toContain('# Our vote: Approve the Xen team’s application');
  });

  it('points at the line of a problem and does not let it be saved', async () => {
    render(<TemplateEditor />);
    fireEvent.change(await body(), { target: { value: '# ok\n{{{title}}}' } });
    expect(screen.getByRole('alert').textContent).toContain('Line 2');
    expect(screen.getByRole('button', { name: 'Save template' })).toHaveProperty('disabled', true);
  });

  it('saves an edit and resets the built-in to its original', async () => {
    render(<TemplateEditor />);
    fireEvent.change(await body(), { target: { value: '# {{title}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(async () => expect((await db.templates.get('vote-log-classic'))?.body).toBe('# {{title}}'));
    // The editor re-opens on the saved version; click reset on that one, not on the one being replaced.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save template' })).toHaveProperty('disabled', true));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to original' }));
    await waitFor(async () => expect((await db.templates.get('vote-log-classic'))?.body).toContain('**Proposal**'));
  });

  it('offers the newer built-in over a vote-log template the member edited from an older one, and can put their text back', async () => {
    // An edit made on the first shipped vote log (version 1); the built-in has changed since.
    await db.templates.put({ ...builtInTemplate('vote-log-classic'), body: '# Ours: {{title}}', builtInVersion: 1 });
    render(<TemplateEditor />);
    const notice = await screen.findByRole('group', { name: 'Newer built-in version of “Vote log (classic: Opened/Closed/Status)”' });
    fireEvent.click(within(notice).getByRole('button', { name: 'Use the new built-in' }));
    await waitFor(async () => expect((await db.templates.get('vote-log-classic'))?.body).toContain('**Proposal**'));
    fireEvent.click(await screen.findByRole('button', { name: 'Put my version back' }));
    await waitFor(async () => expect((await db.templates.get('vote-log-classic'))?.body).toBe('# Ours: {{title}}'));
  });

  it('“Keep mine” keeps the edit and the notice goes', async () => {
    await db.templates.put({ ...builtInTemplate('vote-log-classic'), body: '# Ours: {{title}}', builtInVersion: 1 });
    render(<TemplateEditor />);
    const notice = await screen.findByRole('group', { name: /^Newer built-in version/ });
    fireEvent.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Newer built-in version/ })).toBeNull());
    expect((await db.templates.get('vote-log-classic'))?.body).toBe('# Ours: {{title}}');
  });
});
