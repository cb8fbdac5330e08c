// @vitest-environment node
// Node, not jsdom: the fake forum finds its fixtures through a file: import.meta.url, and
// nothing here renders; Dexie still runs on fake-indexeddb from the project's setup.
/**
 * End to end below the UI: the fake forum's answers, fetched by the real fetcher, go
 * through the real parser and the real write path; a refresh with edited and new posts
 * keeps the member's tags; a failed fetch leaves the database untouched.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchTopic, type FetchTopicOptions } from '../../../../../electron/main/discourse/fetch-topic';
import { FetchError } from '../../../../../electron/main/discourse/fetch-error';
import { db, resetDatabaseForTests } from '../../../../../renderer/db/instance';
import { writeImport } from '../../../../../renderer/db/repos/import-repo';
import { planFrom } from '../../../../../renderer/features/import/actions';
import { prepareRefresh } from '../../../../../renderer/features/import/refresh/refresh-thread';
import { resetUiStore } from '../../../../../renderer/store';
import { rowIds } from '../../../../../shared/import/plan';
import type { TagId, ThreadId } from '../../../../../shared/model';
import { parseFiles } from '../../../../../shared/parse';
import { startFakeDiscourse, TOPIC_ID, type FakeDiscourse } from '../../../../electron/discourse/fake-discourse';

const options: FetchTopicOptions = { allowInsecureLoopbackForTests: true, sleep: async () => undefined, maxRetries: 0 };
const THREAD = rowIds.thread(`discourse:${TOPIC_ID}`) as ThreadId;

const teamPost = (team: string, asks: string[]) => `## ${team}\n\n### Blockers or Challenges\n\n${asks.map((a) => `- ${a}`).join('\n')}\n`;

let forum: FakeDiscourse;
beforeEach(async () => {
  await resetDatabaseForTests();
  forum = await startFakeDiscourse();
  forum.editPost(2, teamPost('Documentation team', ['We need the SC to approve a budget of 500 EUR for hosting the docs search.', 'Please decide who owns the wiki.']));
  forum.editPost(3, teamPost('Marketing team', ['We need access to the private matrix room for the events.']));
});
afterEach(async () => {
  await forum.close();
  resetUiStore();
});

/** Fetch, parse and write with the preview's defaults, as the Import screen does. */
async function importFromForum(): Promise<void> {
  const fetched = await fetchTopic(forum.topicUrl, options);
  const files = fetched.files;
  const result = parseFiles(files, { teams: [], baseUrl: fetched.origin });
  await writeImport(await planFrom(files, result));
}

async function snapshot() {
  return Object.fromEntries(await Promise.all(['sources', 'threads', 'teams', 'updates', 'items'].map(async (t) => [t, await db.table(t).toArray()])));
}

async function tagEveryItemOf(postNumber: number, tag: string): Promise<string[]> {
  const update = await db.updates.where('threadId').equals(THREAD).filter((u) => u.postNumber === postNumber).first();
  const items = await db.items.where('updateId').equals(update!.id).toArray();
  await db.items.bulkPut(items.map((i) => ({ ...i, tagIds: [tag as TagId] })));
  return items.map((i) => i.id);
}

async function refreshNow() {
  // The fake forum dates post n at 2026-01-01 00:n; the first import "happened" after post 50,
  // the last one it serves, and before any post added by a test.
  await db.threads.update(THREAD, { importedAt: '2026-01-01T00:50:30.000Z' });
  const fetched = await fetchTopic(forum.topicUrl, options);
  const preview = await prepareRefresh(THREAD, fetched);
  if ('error' in preview) throw new Error(preview.error);
  return preview;
}

describe('importing a thread fetched from the forum', () => {
  it('stores the team updates with absolute links to their posts', async () => {
    await importFromForum();
    const docs = await db.updates.where('threadId').equals(THREAD).filter((u) => u.postNumber === 2).first();
    expect(docs?.teamId).not.toBeNull();
    expect(docs?.url).toBe(`${forum.origin}/t/${forum.topicUrl.split('/t/')[1]!.split('/')[0]}/${TOPIC_ID}/2`);
    expect((await db.threads.get(THREAD))?.url?.startsWith(`${forum.origin}/t/`)).toBe(true);
  });
});

describe('refreshing a thread from the forum', () => {
  it('finds nothing to apply when the thread did not change', async () => {
    await importFromForum();
    const preview = await refreshNow();
    expect(preview.changes.added).toEqual([]);
    expect(preview.changes.edited).toEqual([]);
    expect(Object.values(preview.plan.choices).some((c) => c.include)).toBe(false);
  });

  it('lists an edited post and a new team update', async () => {
    await importFromForum();
    forum.editPost(2, teamPost('Documentation team', ['We need the SC to approve a budget of 800 EUR for hosting the docs search.', 'Please decide who owns the wiki.']));
    forum.addPosts(1);
    forum.editPost(forum.posts.at(-1)!.postNumber, teamPost('Moderation team', ['We ask the SC to formalise escalation channels.']));
    const preview = await refreshNow();
    expect(preview.changes.edited.map((p) => p.postNumber)).toEqual([2]);
    expect(preview.changes.added.map((p) => p.postNumber)).toEqual([forum.posts.at(-1)!.postNumber]);
  });

  it('keeps the member\'s tags on items of an edited post, and keeps the old text as a revision', async () => {
    await importFromForum();
    const tagged = await tagEveryItemOf(2, 'tag-budget');
    forum.editPost(2, teamPost('Documentation team', ['We need the SC to approve a budget of 800 EUR for hosting the docs search.', 'Please decide who owns the wiki.']));
    await writeImport((await refreshNow()).plan);
    const items = await db.items.bulkGet(tagged);
    expect(items.every((i) => i?.tagIds.includes('tag-budget' as TagId))).toBe(true);
    expect(items.map((i) => i?.text).join(' ')).toContain('800 EUR');
    const update = await db.updates.where('threadId').equals(THREAD).filter((u) => u.postNumber === 2).first();
    expect(update?.revisions.map((r) => r.raw).join('')).toContain('500 EUR');
  });

  it('adds the new team update and leaves unchanged posts as they were', async () => {
    await importFromForum();
    const marketing = await db.updates.where('threadId').equals(THREAD).filter((u) => u.postNumber === 3).first();
    forum.addPosts(1);
    const added = forum.posts.at(-1)!.postNumber;
    forum.editPost(added, teamPost('Moderation team', ['We ask the SC to formalise escalation channels.']));
    const outcome = await writeImport((await refreshNow()).plan);
    expect(outcome).toMatchObject({ updatesAdded: 1, updatesEdited: 0 });
    expect(await db.updates.where('threadId').equals(THREAD).filter((u) => u.postNumber === added).count()).toBe(1);
    expect(await db.updates.get(marketing!.id)).toEqual(marketing);
  });

  it('writes the forum\'s dates and ids into posts first stored without them, as no news', async () => {
    await importFromForum();
    // As if the thread had first come from a form without posting dates or post ids (a /raw/ page).
    const stored = await db.updates.where('threadId').equals(THREAD).toArray();
    await db.updates.bulkPut(stored.map(({ postedAt: _p, postId: _i, ...u }) => u));
    const preview = await refreshNow();
    expect(preview.changes).toMatchObject({ added: [], edited: [], completed: stored.length });
    expect(Object.values(preview.plan.choices).filter((c) => c.include)).toHaveLength(stored.length);
    const outcome = await writeImport(preview.plan);
    expect(outcome).toMatchObject({ updatesAdded: 0, updatesEdited: 0, updatesEnriched: stored.length });
    const after = await db.updates.where('threadId').equals(THREAD).toArray();
    expect(after.map((u) => [u.id, u.postedAt, u.postId])).toEqual(stored.map((u) => [u.id, u.postedAt, u.postId]));
    expect((await refreshNow()).changes.completed).toBe(0);
  });

  it('does not bring back posts the member left out of the first import', async () => {
    await importFromForum();
    const preview = await refreshNow();
    const stored = await db.updates.where('threadId').equals(THREAD).count();
    expect(preview.changes.leftOut).toBe(45 - stored);
  });
});

describe('a failed fetch', () => {
  const failures: [string, (f: FakeDiscourse) => void, string][] = [
    ['a deleted topic', (f) => f.script('topic', { status: 404 }), 'not-found'],
    ['a private topic', (f) => f.script('topic', { status: 403 }), 'forbidden'],
    ['a forum failing midway', (f) => f.script('posts', { status: 500 }, 10), 'server-error'],
    ['a damaged answer midway', (f) => f.script('posts', { status: 200, body: '{"post_stream": {"posts": [' }), 'malformed'],
  ];
  for (const [what, setUp, code] of failures) {
    it(`leaves the database untouched after ${what}`, async () => {
      await importFromForum();
      const before = await snapshot();
      forum.editPost(2, 'Changed text that must not arrive.');
      setUp(forum);
      const error = await fetchTopic(forum.topicUrl, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).code).toBe(code);
      expect(await snapshot()).toEqual(before);
    });
  }
});
