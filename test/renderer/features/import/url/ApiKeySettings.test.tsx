/** A forum key main could not encrypt is kept for the session only, and the form says so in main's words (issue 20). */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

const bridge = vi.hoisted(() => ({
  hosts: { approved: [] as string[], withKeys: [] as string[], sessionOnly: [] as string[] },
  answer: { saved: true } as { saved: boolean; sessionOnly?: true; message?: string },
}));
vi.mock('../../../../../renderer/lib/platform', () => ({
  isDesktop: true,
  platform: {
    listDiscourseHosts: async () => bridge.hosts,
    setDiscourseApiKey: async (host: string) => {
      bridge.hosts = { ...bridge.hosts, withKeys: [host], ...(bridge.answer.sessionOnly ? { sessionOnly: [host] } : {}) };
      return bridge.answer;
    },
    deleteDiscourseApiKey: async () => ({ deleted: true }),
  },
}));

const { ApiKeySettings } = await import('../../../../../renderer/features/import/url/ApiKeySettings');

async function saveKey() {
  const user = userEvent.setup();
  render(<ApiKeySettings />);
  await user.click(screen.getByText('Private categories'));
  await user.type(screen.getByLabelText('Forum host'), 'discourse.example.org');
  await user.type(screen.getByLabelText('Key'), 'secret-key');
  await user.click(screen.getByRole('button', { name: 'Save key' }));
}

describe('saving a forum key', () => {
  it('says it was saved when main stored it encrypted', async () => {
    bridge.answer = { saved: true };
    await saveKey();
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Key saved for discourse.example.org.');
  });

  it('shows main’s message and marks the forum when the key is kept for this session only', async () => {
    const message = 'This computer has no keychain that encrypts; the key for discourse.example.org is kept until you quit the app.';
    bridge.answer = { saved: false, sessionOnly: true, message };
    await saveKey();
    expect(await screen.findByRole('status')).toHaveProperty('textContent', message);
    await waitFor(() => expect(screen.getByRole('list', { name: 'Forums with a key' }).textContent).toContain('(until you quit the app)'));
  });
});
