import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { TemplateEditor } from '../../../../renderer/features/export/TemplateEditor';
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
    expect(screen.getByLabelText('Template preview').textContent).toContain('# Our vote: Approve the Xen team’s application');
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
});
