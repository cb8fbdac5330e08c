/**
 * One thread is one thread (issue 14): the sample thread imported in one form, worked on by
 * the member (an item tagged, triaged, noted…; the Xen team's "PGP key" ask flagged
 * confidential), then imported in another form ends with exactly the updates and items of
 * one import of the posts both brought, the member's work intact on the same item rows, the
 * richer form's dates and numbers filled in, and no unflagged copy of the confidential ask.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { planSummary, type ImportPlan } from '../../../../shared/import/plan';
import { DEFAULT_TEAMS, parseFiles } from '../../../../shared/parse';
import type { ItemRow } from '../../../../shared/model';
import { doMemberWork, FORMS, importAsMember, memberWork, postNumberOfRaw, storedCounts, unflaggedTwins, type FormName } from '../../support/import-forms';

beforeEach(async () => {
  await resetDatabaseForTests();
});

const names = Object.keys(FORMS) as FormName[];
const pairs = names.flatMap((a) => names.map((b) => [a, b] as const));

/** The sample's items per post number (every form gives a post the same items). */
const ITEMS_PER_POST = new Map(parseFiles(FORMS['topic JSON'](), { teams: DEFAULT_TEAMS }).updates.map((u) => [u.postNumber!, u.items.length]));
for (const u of parseFiles(FORMS.RSS(), { teams: DEFAULT_TEAMS }).updates) if (!ITEMS_PER_POST.has(u.postNumber!)) ITEMS_PER_POST.set(u.postNumber!, u.items.length);

/** The sample posts a plan writes, by number. */
const included = (plan: ImportPlan) => plan.result.updates.filter((u) => plan.choices[u.key]?.include).map((u) => postNumberOfRaw(u.raw));

describe('importing the sample thread in one form, then in another', () => {
  it.each(pairs)('%s then %s: the counts of one import, the member’s work kept', async (a, b) => {
    const first = await importAsMember(FORMS[a]());
    const xen = (await db.items.filter((i) => /PGP key/.test(i.text)).first())!;
    expect(xen).toBeDefined();
    const other = (await db.items.filter((i) => i.updateId !== xen.updateId && i.isAsk).first()) ?? (await db.items.filter((i) => i.updateId !== xen.updateId).first())!;
    await doMemberWork(xen.id, 1, { confidential: true });
    await doMemberWork(other.id, 2);

    const second = await importAsMember(FORMS[b]());

    const posts = new Set([...included(first.plan), ...included(second.plan)]);
    expect(posts.has(undefined)).toBe(false);
    const items = [...posts].reduce<number>((sum, p) => sum + (ITEMS_PER_POST.get(p!) ?? 0), 0);
    expect(await storedCounts()).toEqual({ updates: posts.size, items });
    expect(second.outcome.updatesAdded).toBe(posts.size - included(first.plan).length);
    // The preview said exactly what the write did.
    const said = planSummary(second.plan, await db.teams.toArray());
    const { updatesAdded, updatesEdited, updatesEnriched, updatesUnchanged, updatesMoved, updatesMerged } = second.outcome;
    expect({ added: said.added, edited: said.edited, enriched: said.enriched, unchanged: said.unchanged, moved: said.moved, merged: said.merged })
      .toEqual({ added: updatesAdded, edited: updatesEdited, enriched: updatesEnriched, unchanged: updatesUnchanged, moved: updatesMoved, merged: updatesMerged });

    expect(await db.items.get(xen.id)).toMatchObject({ ...memberWork(1), confidential: true });
    expect(await db.items.get(other.id)).toMatchObject(memberWork(2));
    expect((await db.items.get(xen.id))?.isGone).toBeUndefined();
    expect(await db.items.filter((i: ItemRow) => i.text === xen.text).count()).toBe(1);
    expect(await unflaggedTwins()).toEqual([]);
  });

  it.each(pairs)('%s then %s: the richer form fills in dates and post numbers', async (a, b) => {
    await importAsMember(FORMS[a]());
    await importAsMember(FORMS[b]());
    const byNumber = new Map<number, { postedAt: boolean; postNumber: boolean }>();
    for (const form of [a, b]) {
      for (const u of parseFiles(FORMS[form](), { teams: DEFAULT_TEAMS }).updates) {
        const n = postNumberOfRaw(u.raw)!;
        const had = byNumber.get(n) ?? { postedAt: false, postNumber: false };
        byNumber.set(n, { postedAt: had.postedAt || u.postedAt !== undefined, postNumber: had.postNumber || u.postNumber !== undefined });
      }
    }
    for (const row of await db.updates.toArray()) {
      const had = byNumber.get(postNumberOfRaw(row.raw)!)!;
      expect({ n: row.postNumber ?? postNumberOfRaw(row.raw), postedAt: row.postedAt !== undefined, postNumber: row.postNumber !== undefined })
        .toEqual({ n: postNumberOfRaw(row.raw), ...had });
    }
  });
});

describe('a re-import in another form that changes nothing', () => {
  it('writes no update or item row back', async () => {
    await importAsMember(FORMS['topic JSON']());
    const putUpdates = vi.spyOn(db.updates, 'bulkPut');
    const putItems = vi.spyOn(db.items, 'bulkPut');
    const { outcome } = await importAsMember(FORMS['/raw']());
    expect(outcome).toMatchObject({ updatesAdded: 0, updatesEdited: 0, itemsAdded: 0 });
    expect(putUpdates.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
    expect(putItems.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
    vi.restoreAllMocks();
  });
});

describe('a post edited since, arriving in another form', () => {
  it('becomes a revision: kept and reworded items keep their flags and work, a dropped item is marked gone, not deleted', async () => {
    await importAsMember(FORMS['topic JSON']());
    const xenUpdate = (await db.updates.filter((u) => u.postNumber === 2).first())!;
    const xenItems = await db.items.where('updateId').equals(xenUpdate.id).toArray();
    const pgp = xenItems.find((i) => /PGP key/.test(i.text))!;
    const alias = xenItems.find((i) => /e-mail alias that ends in @nixos\.org/.test(i.text))!;
    const approval = xenItems.find((i) => /^Approval from the Steering Committee/.test(i.text))!;
    await doMemberWork(pgp.id, 1, { confidential: true });
    await doMemberWork(alias.id, 2);
    await doMemberWork(approval.id, 3);

    // The Xen lead edited the post on the forum: the alias ask reworded, the PGP paragraph removed.
    const raw = FORMS['/raw']()[0]!;
    const edited = raw.text
      .replace('- An e-mail alias that ends in @nixos.org;', '- An e-mail alias that ends in @nixos.org, for the security team;')
      .replace(/\nEverything else \(The PGP key[^\n]*\n/, '\n')
      .replace('xen_lead | 2024-11-25 13:00:00 UTC | #2', 'xen_lead | 2024-12-02 08:00:00 UTC | #2');
    expect(edited).not.toBe(raw.text);
    const before = await storedCounts();
    const { outcome } = await importAsMember([{ name: raw.name, text: edited }]);

    // The dropped paragraph held two items: the prepared material awaiting review, and the official address.
    expect(outcome).toMatchObject({ updatesAdded: 0, updatesEdited: 1, itemsGone: 2 });
    const after = (await db.updates.get(xenUpdate.id))!;
    expect(after.revisions.map((r) => r.raw)).toEqual([xenUpdate.raw]);
    expect(after.raw).toContain('for the security team');
    expect(await db.items.get(pgp.id)).toMatchObject({ ...memberWork(1), confidential: true, isGone: true });
    expect(await db.items.get(alias.id)).toMatchObject({ ...memberWork(2), text: expect.stringContaining('for the security team') });
    expect(await db.items.get(approval.id)).toMatchObject(memberWork(3));
    expect((await db.items.get(approval.id))?.isGone).toBeUndefined();
    expect(await storedCounts()).toEqual({ updates: before.updates, items: before.items - 2 });
    expect(await db.items.count()).toBe(before.items);
    expect(await unflaggedTwins()).toEqual([]);
  });
});

/**
 * Two forms picked together: posts with ids merge by them, a Markdown file's post into the
 * post of the same words. A browser copy (pasted text) is never the same words — it is
 * matched against stored posts, with the member's say, once the other form is stored.
 */
const together = names.filter((n) => n !== 'pasted text').flatMap((a, i, all) => all.slice(i + 1).map((b) => [a, b] as const));

describe('two forms of the sample thread in one import', () => {
  it.each(together)('%s with %s: one update per post', async (a, b) => {
    const { plan } = await importAsMember([...FORMS[a](), ...FORMS[b]()]);
    const posts = included(plan);
    expect(posts.includes(undefined)).toBe(false);
    expect(new Set(posts).size).toBe(posts.length);
    const items = posts.reduce<number>((sum, p) => sum + (ITEMS_PER_POST.get(p!) ?? 0), 0);
    expect(await storedCounts()).toEqual({ updates: posts.length, items });
    expect(await db.threads.count()).toBe(1);
  });
});

describe('posts that match stored ones only by content', () => {
  it('merges Markdown posts and their topic JSON into the Markdown rows, which take its numbers and topic id', async () => {
    await importAsMember(FORMS['Markdown files']());
    const xen = (await db.updates.filter((u) => /PGP key/.test(u.raw)).first())!;
    const { outcome } = await importAsMember(FORMS['topic JSON']().map((f) => {
      // One more ask in the Xen post: a new item of the stored (Markdown) update.
      const topic = JSON.parse(f.text) as { post_stream: { posts: { post_number: number; raw: string; updated_at?: string }[] } };
      const post = topic.post_stream.posts.find((p) => p.post_number === 2)!;
      post.raw += '\n\n## Requests\n\n- We also need a budget for the Xen Summit booth.';
      post.updated_at = '2024-12-01T10:00:00.000Z';
      return { name: f.name, text: JSON.stringify(topic) };
    }));
    expect(outcome).toMatchObject({ updatesEdited: 1, updatesMerged: 5 });
    const after = (await db.updates.get(xen.id))!;
    expect(after).toMatchObject({ id: xen.id, threadId: xen.threadId, postNumber: 2, postId: 200002, revisions: [{ raw: xen.raw }] });
    expect((await db.threads.get(xen.threadId))?.topicId).toBe(56458);
    const booth = (await db.items.filter((i) => /Xen Summit booth/.test(i.text)).first())!;
    expect(booth.id.startsWith(`it:${xen.id.slice(3)}:`)).toBe(true);
    expect(await db.threads.count()).toBe(1);
  });

  it('keeps posts apart when the member says so, and flags the copy of a confidential ask', async () => {
    await importAsMember(FORMS['topic JSON']());
    const pgp = (await db.items.filter((i) => /PGP key/.test(i.text)).first())!;
    await db.items.update(pgp.id, { confidential: true });
    const { outcome } = await importAsMember(FORMS['Markdown files'](), (plan) => ({
      ...plan,
      choices: Object.fromEntries(Object.entries(plan.choices).map(([k, c]) => {
        const match = plan.identity?.posts[k];
        return [k, match?.by === 'content' ? { ...c, merge: { storedId: match.storedId, isMerged: false } } : c];
      })),
    }));
    expect(outcome.updatesAdded).toBe(8);
    expect(outcome.itemsFlagged).toBeGreaterThanOrEqual(1);
    expect(await db.items.filter((i) => i.text === pgp.text).toArray()).toMatchObject([{ confidential: true }, { confidential: true }]);
    expect(await unflaggedTwins()).toEqual([]);
  });

  it('gives a thread first stored from a posts.json page (its title made from the address) the topic\'s title, and keeps it', async () => {
    const page = { name: 'posts-56458-page2.json', text: readFileSync(join(__dirname, '../../../fixtures/import/sample/posts-56458-page2.json'), 'utf8') };
    await importAsMember([page]);
    expect((await db.threads.toArray()).map((t) => t.title)).toEqual(['community team updates']);
    await importAsMember(FORMS['topic JSON']());
    expect((await db.threads.toArray()).map((t) => t.title)).toEqual(['Community Team Updates']);
    await importAsMember([page]);
    await importAsMember(FORMS['/raw']());
    expect((await db.threads.toArray()).map((t) => t.title)).toEqual(['Community Team Updates']);
  });

  it('keeps two topics with the same title and the same posts apart', async () => {
    await importAsMember(FORMS['topic JSON']());
    const before = await storedCounts();
    const other = FORMS['topic JSON']().map((f) => ({ name: 'topic-99999.json', text: f.text.replaceAll('56458', '99999') }));
    const { outcome } = await importAsMember(other);
    expect(outcome.updatesMerged).toBe(0);
    expect(await storedCounts()).toEqual({ updates: 2 * before.updates, items: 2 * before.items });
    expect(await db.threads.count()).toBe(2);
  });
});
