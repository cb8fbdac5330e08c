/**
 * A thread longer than one write slice (writeImport builds and puts rows 25 posts at a time
 * so the window keeps answering during a 5,000-post import): every post and item is
 * written, a re-import is still recognised across slices, and a failure in a later slice
 * still leaves nothing written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTopic, TYPICAL_POSTS } from '../../../../bench/topic-generator';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { storedTeamsOf, teamRegistry, writeImport } from '../../../../renderer/db/repos/import-repo';
import { defaultChoice, rowIds, type ImportPlan } from '../../../../shared/import/plan';
import { parseFiles } from '../../../../shared/parse';
import type { TagId } from '../../../../shared/model';

const POSTS = 130; // six slices, the last one partial

async function planFor(json: string): Promise<ImportPlan> {
  const result = parseFiles([{ name: 'topic.json', text: json }], { teams: await teamRegistry() });
  const known = (await db.teams.toArray()).map((t) => ({ id: t.id as string, name: t.name, aliases: t.aliases }));
  const stored = await storedTeamsOf(result.updates.map((u) => u.key));
  const choices = Object.fromEntries(result.updates.map((u) => [u.key, defaultChoice(u, known, stored[u.key])]));
  return { result, choices, sources: [{ name: 'topic.json', kind: 'discourse-topic-json', sha: 'sha-large' }] };
}

const included = (plan: ImportPlan) => plan.result.updates.filter((u) => plan.choices[u.key]?.include);

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('writeImport of a thread longer than one slice', () => {
  it('writes every included post and every one of their items', async () => {
    const plan = await planFor(makeTopic(POSTS, 3, { size: TYPICAL_POSTS }).json);
    const posts = included(plan);
    const items = posts.reduce((n, u) => n + u.items.length, 0);
    expect(posts.length).toBeGreaterThan(100);
    const outcome = await writeImport(plan);
    expect(outcome).toMatchObject({ updatesAdded: posts.length, itemsAdded: items });
    expect(await db.updates.count()).toBe(posts.length);
    expect(await db.items.count()).toBe(items);
  });

  // Two imports of a 130-post topic through fake-indexeddb: seconds each on a busy 2-core machine.
  it('recognises every post again on re-import and keeps tags set on items of the last slice', { timeout: 30_000 }, async () => {
    const json = makeTopic(POSTS, 3, { size: TYPICAL_POSTS }).json;
    const first = await planFor(json);
    await writeImport(first);
    const lastPost = included(first).at(-1)!;
    const last = (await db.items.where('updateId').equals(rowIds.update(lastPost.key)).first())!;
    await db.items.update(last.id, { tagIds: ['later' as TagId] });
    const before = { updates: await db.updates.count(), items: await db.items.count() };
    const outcome = await writeImport(await planFor(json));
    expect(outcome).toMatchObject({ updatesAdded: 0, updatesEdited: 0, itemsAdded: 0 });
    expect({ updates: await db.updates.count(), items: await db.items.count() }).toEqual(before);
    expect((await db.items.get(last.id))?.tagIds).toEqual(['later']);
  });

  it('writes nothing when a row of a later slice cannot be stored', async () => {
    const plan = await planFor(makeTopic(POSTS, 3, { size: TYPICAL_POSTS }).json);
    const posts = included(plan);
    // A date no stored row can hold, in the fifth slice: earlier slices are already put by then.
    const broken = posts[110]!;
    const badPlan: ImportPlan = {
      ...plan,
      result: { ...plan.result, updates: plan.result.updates.map((u) => (u === broken ? { ...u, postedAt: 'the day after tomorrow' } : u)) },
    };
    await expect(writeImport(badPlan)).rejects.toThrow(/^Post #\d+ by @\S+ in “.+”: the post cannot be stored because its date is not in a form the workspace can hold\. Nothing was imported\.$/);
    expect(await db.updates.count()).toBe(0);
    expect(await db.items.count()).toBe(0);
    expect(await db.threads.count()).toBe(0);
  });
});
