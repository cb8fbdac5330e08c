import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchTopicResult } from '../../../../../shared/ipc/contract';

const bridge = vi.hoisted(() => ({ fetchTopic: vi.fn(), cancelFetch: vi.fn(async () => ({ cancelled: true })) }));
vi.mock('../../../../../renderer/lib/platform', () => ({
  isDesktop: true,
  platform: { fetchTopic: bridge.fetchTopic, cancelFetch: bridge.cancelFetch, onFetchProgress: () => () => undefined },
}));

const { ThreadsCard } = await import('../../../../../renderer/features/import/refresh/ThreadsCard');
const { planFrom } = await import('../../../../../renderer/features/import/actions');
const { db, resetDatabaseForTests } = await import('../../../../../renderer/db/instance');
const { writeImport } = await import('../../../../../renderer/db/repos/import-repo');
const { resetUiStore, useUi } = await import('../../../../../renderer/store');
const { parseFiles } = await import('../../../../../shared/parse');

const ORIGIN = 'https://discourse.nixos.org';
const read = (name: string) => readFileSync(join(__dirname, '../../../../fixtures/import/sample', name), 'utf8');
type PostJson = { id: number; raw?: string };
type Files = { name: string; text: string }[];

function files(edit?: { postId: number; raw: string }): Files {
  return ['topic-56458.json', 'posts-56458-page2.json'].map((name) => {
    const json = JSON.parse(read(name)) as { post_stream: { posts: PostJson[] } };
    for (const post of json.post_stream.posts) if (edit && post.id === edit.postId) post.raw = edit.raw;
    return { name, text: JSON.stringify(json) };
  });
}

const fetched = (f: Files): FetchTopicResult => ({ status: 'fetched', files: f, topicId: 56458, title: 'Community Team Updates', postCount: 0, origin: ORIGIN, host: 'discourse.nixos.org' });

beforeEach(async () => {
  await resetDatabaseForTests();
  bridge.fetchTopic.mockReset();
  const first = files();
  await writeImport(await planFrom(first, parseFiles(first, { teams: [], baseUrl: ORIGIN })));
});
afterEach(() => {
  resetUiStore();
});

async function editedPost() {
  const update = (await db.updates.toArray()).find((u) => u.teamId !== null && u.postId !== undefined)!;
  return { update, raw: `${update.raw}\n\n- We also need a second reviewer for the docs.` };
}

describe('the Threads card', () => {
  it('lists an imported thread with a refresh button', async () => {
    render(<ThreadsCard />);
    expect(await screen.findByRole('button', { name: /Refresh “.+” from the forum/ })).toBeTruthy();
  });

  it('fetches the thread from its stored address', async () => {
    bridge.fetchTopic.mockResolvedValue(fetched(files()));
    render(<ThreadsCard />);
    await userEvent.click(await screen.findByRole('button', { name: /from the forum/ }));
    await waitFor(() => expect(bridge.fetchTopic).toHaveBeenCalled());
    expect(bridge.fetchTopic.mock.calls[0]![0]).toMatch(/^https:\/\/discourse\.nixos\.org\/t\/.+\/56458$/);
  });

  it('says there is nothing new when the thread did not change', async () => {
    bridge.fetchTopic.mockResolvedValue(fetched(files()));
    render(<ThreadsCard />);
    await userEvent.click(await screen.findByRole('button', { name: /from the forum/ }));
    expect((await screen.findByText(/Nothing new or edited since/)).textContent).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
  });

  it('shows an edited post and applies it, keeping the old text as a revision', async () => {
    const { update, raw } = await editedPost();
    bridge.fetchTopic.mockResolvedValue(fetched(files({ postId: update.postId!, raw })));
    render(<ThreadsCard />);
    await userEvent.click(await screen.findByRole('button', { name: /from the forum/ }));
    const edited = await screen.findByRole('list', { name: 'Edited posts' });
    expect(edited.textContent).toContain(`#${update.postNumber}`);
    await userEvent.click(screen.getByRole('button', { name: 'Apply 1 change' }));
    await waitFor(async () => expect((await db.updates.get(update.id))?.raw).toBe(raw));
    expect((await db.updates.get(update.id))?.revisions.map((r) => r.raw)).toEqual([update.raw]);
    expect(useUi.getState().notices.at(-1)?.text).toContain('1 edited');
  });

  it('reports a failed fetch and changes nothing', async () => {
    const before = await db.updates.toArray();
    bridge.fetchTopic.mockResolvedValue({ status: 'failed', code: 'forbidden', message: 'The forum says this topic is private (HTTP 403).' });
    render(<ThreadsCard />);
    await userEvent.click(await screen.findByRole('button', { name: /from the forum/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('private (HTTP 403). Nothing was changed.');
    expect(await db.updates.toArray()).toEqual(before);
  });

  it('refuses files of another topic', async () => {
    const other = files().map((f) => ({ ...f, text: f.text.replaceAll('56458', '99999') }));
    bridge.fetchTopic.mockResolvedValue(fetched(other));
    render(<ThreadsCard />);
    await userEvent.click(await screen.findByRole('button', { name: /from the forum/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('different topic');
  });
});
