import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchProgress, FetchTopicResult } from '../../../../../shared/ipc/contract';

// The desktop platform, with the main process played by the test.
const bridge = vi.hoisted(() => ({
  listeners: new Set<(p: FetchProgress) => void>(),
  resolve: null as ((r: FetchTopicResult) => void) | null,
  fetchTopic: vi.fn(),
  cancelFetch: vi.fn(),
}));
vi.mock('../../../../../renderer/lib/platform', () => ({
  isDesktop: true,
  platform: {
    fetchTopic: bridge.fetchTopic,
    cancelFetch: bridge.cancelFetch,
    onFetchProgress: (listener: (p: FetchProgress) => void) => {
      bridge.listeners.add(listener);
      return () => bridge.listeners.delete(listener);
    },
    listDiscourseHosts: async () => ({ approved: ['discourse.nixos.org'], withKeys: [] }),
    setDiscourseApiKey: async () => ({ saved: true }),
    deleteDiscourseApiKey: async () => ({ deleted: true }),
    onMenuCommand: () => () => undefined,
  },
}));

const { ImportView } = await import('../../../../../renderer/features/import/ImportView');
const { requestUrlPanel } = await import('../../../../../renderer/features/import/url/open-request');
const { db, resetDatabaseForTests } = await import('../../../../../renderer/db/instance');
const { resetUiStore, useUi } = await import('../../../../../renderer/store');

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../fixtures/import/sample', name), 'utf8');
const URL_TEXT = 'https://discourse.nixos.org/t/community-team-updates/56458';

beforeEach(async () => {
  await resetDatabaseForTests();
  bridge.listeners.clear();
  bridge.fetchTopic.mockReset().mockImplementation(() => new Promise<FetchTopicResult>((resolve) => (bridge.resolve = resolve)));
  bridge.cancelFetch.mockReset().mockImplementation(async () => {
    bridge.resolve?.({ status: 'failed', code: 'cancelled', message: 'Fetching was cancelled; nothing was imported.' });
    return { cancelled: true };
  });
});
afterEach(() => {
  resetUiStore();
});

async function startFetching() {
  const user = userEvent.setup();
  const view = render(<ImportView />);
  await user.type(screen.getByLabelText('Topic address'), URL_TEXT);
  await user.click(screen.getByRole('button', { name: 'Fetch thread' }));
  await waitFor(() => expect(bridge.fetchTopic).toHaveBeenCalled());
  const requestId = bridge.fetchTopic.mock.calls[0]![1] as string;
  return { user, requestId, view };
}

const progress = (p: FetchProgress) => act(() => bridge.listeners.forEach((l) => l(p)));

describe('the "From the forum" panel', () => {
  it('sends the pasted address to the main process with a request id of its own', async () => {
    const { requestId } = await startFetching();
    expect(bridge.fetchTopic.mock.calls[0]![0]).toBe(URL_TEXT);
    expect(requestId).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('shows posts fetched of the total for its own request only', async () => {
    const { requestId } = await startFetching();
    progress({ requestId: 'someone-else', fetched: 3, total: 9 });
    progress({ requestId, fetched: 20, total: 45 });
    expect(screen.getByRole('status').textContent).toContain('20 of 45 posts fetched');
  });

  it('cancels its own request and says that nothing was imported', async () => {
    const { user, requestId } = await startFetching();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.cancelFetch).toHaveBeenCalledWith(requestId);
    expect(await screen.findByText('Fetching was cancelled; nothing was imported.')).toBeTruthy();
    expect(await db.updates.count()).toBe(0);
  });

  it('opens the usual preview with the fetched thread, links made absolute', async () => {
    await startFetching();
    await act(async () =>
      bridge.resolve!({
        status: 'fetched', topicId: 56458, title: 'Community Team Updates', postCount: 2, origin: 'https://discourse.nixos.org', host: 'discourse.nixos.org',
        files: [{ name: 't-56458.json', text: fixture('topic-56458.json') }, { name: 't-56458-posts-1.json', text: fixture('posts-56458-page2.json') }],
      }),
    );
    expect(await screen.findByRole('list', { name: 'Posts to import' })).toBeTruthy();
    const urls = useUi.getState().importPlan!.result.updates.map((u) => u.url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u?.startsWith('https://discourse.nixos.org/t/'))).toBe(true);
    expect(await db.updates.count()).toBe(0);
  });

  it('shows the forum\'s message when the fetch fails, and writes nothing', async () => {
    await startFetching();
    await act(async () => bridge.resolve!({ status: 'failed', code: 'not-found', message: 'discourse.nixos.org has no such topic (HTTP 404).' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('has no such topic (HTTP 404)');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(await db.updates.count()).toBe(0);
  });

  it('says so when the member did not allow the forum', async () => {
    await startFetching();
    await act(async () => bridge.resolve!({ status: 'host-refused', host: 'discourse.nixos.org' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You did not allow Steering Desk to read discourse.nixos.org');
  });

  it('refuses an address that is not a topic before asking the main process', async () => {
    const user = userEvent.setup();
    render(<ImportView />);
    await user.type(screen.getByLabelText('Topic address'), 'https://discourse.nixos.org/latest');
    await user.click(screen.getByRole('button', { name: 'Fetch thread' }));
    expect(screen.getByRole('alert').textContent).toContain('not a forum topic');
    expect(screen.getByLabelText('Topic address').getAttribute('aria-invalid')).toBe('true');
    expect(bridge.fetchTopic).not.toHaveBeenCalled();
  });

  it('cancels a running fetch when the member leaves the screen', async () => {
    const { requestId, view } = await startFetching();
    view.unmount();
    expect(bridge.cancelFetch).toHaveBeenCalledWith(requestId);
  });

  it('focuses the address field for File › Import from URL…, even when asked before it was shown', () => {
    requestUrlPanel();
    render(<ImportView />);
    expect(document.activeElement).toBe(screen.getByLabelText('Topic address'));
  });
});
