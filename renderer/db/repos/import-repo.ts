/**
 * Writing an import (issue 3): one transaction over sources, threads, teams, updates and
 * items, so a failure leaves the database exactly as it was.
 *
 * One thread is one thread (issue 14): each parsed post is identified against the stored
 * ones — by row id, by topic and post number, or by content as the member confirmed in the
 * preview (shared/import/post-identity.ts) — and written into the update it is, never beside
 * it: the richer form fills what the row lacks, an edit keeps its old text as a revision,
 * and the items are matched so that tags, flags, notes and links stay on their rows
 * (shared/import/merge-rows.ts). Items that disappeared are marked `isGone`, never deleted.
 * A post the member puts under another team is moved there with its items (state `moved`,
 * shared/import/post-state.ts — the preview's rule). No item is written unflagged with the
 * text of a confidential one (`flagTwins`).
 */
import { groupBy } from '../../../shared/collections/group-by';
import { DEFAULT_TEAMS } from '../../../shared/parse/teams/default-teams';
import type { ParseResult } from '../../../shared/parse/types';
import { defaultStored, newTeamName, rowIds, teamTarget, type ImportPlan, type TeamChoice } from '../../../shared/import/plan';
import { postMatcher } from '../../../shared/import/matcher';
import { flagTwins, mergedItems, mergedUpdate, newItemRow, secretTextsOf, type SecretTexts } from '../../../shared/import/merge-rows';
import { identifyPosts, storedIdOf, threadRowOf, threadsToRead, type PostIdentity, type StoredView } from '../../../shared/import/post-identity';
import { postState, targetOfTeamId, textRelation } from '../../../shared/import/post-state';
import { changedRows } from '../../../shared/import/unchanged-rows';
import { threadRowFor, updateRowFor } from '../../../shared/import/post-rows';
import { checkItemRows, checkThreadRows, checkUpdateRows, postLabel } from '../../../shared/import/write-check';
import { teamRow, type ItemRow, type SourceId, type TeamId, type TeamRow, type ThreadRow, type UpdateRow } from '../../../shared/model';
import { db } from '../instance';

export type ImportOutcome = {
  threads: number;
  updatesAdded: number;
  updatesEdited: number;
  updatesUnchanged: number;
  /** Stored posts with the same text that this form filled in (dates, ids, link, author, Markdown). */
  updatesEnriched: number;
  /** Stored posts with the same text that the member put under another team. */
  updatesMoved: number;
  /** Posts written into a stored post they matched by content (each also counted by its state). */
  updatesMerged: number;
  itemsAdded: number;
  itemsKept: number;
  itemsGone: number;
  /** New or kept items flagged confidential because a confidential item has their text. */
  itemsFlagged: number;
  teamsCreated: string[];
};

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'team';
}

/** Team rows for the plan's choices: existing ids are kept, new teams are created once per name. */
async function resolveTeams(plan: ImportPlan, now: string): Promise<{ teamIdOf: (choice: TeamChoice) => TeamId | null; created: TeamRow[] }> {
  const existing = await db.teams.toArray();
  const byName = new Map(existing.map((t) => [t.name.toLowerCase(), t.id]));
  const ids = new Set(existing.map((t) => t.id as string));
  const created: TeamRow[] = [];
  const newIdByName = new Map<string, TeamId>();
  for (const choice of Object.values(plan.choices)) {
    const team = choice.team;
    if (!choice.include || team.kind !== 'new') continue;
    const name = newTeamName(team.name);
    const lower = name.toLowerCase();
    if (byName.has(lower) || newIdByName.has(lower)) continue;
    const starter = DEFAULT_TEAMS.find((t) => t.key === team.key || t.name.toLowerCase() === lower);
    let id = (starter && !ids.has(starter.key) ? starter.key : `team-${slug(name)}`) as TeamId;
    for (let n = 2; ids.has(id); n++) id = `team-${slug(name)}-${n}` as TeamId;
    ids.add(id);
    newIdByName.set(lower, id);
    created.push(teamRow.parse({
      id, name, aliases: starter?.aliases ?? [], groupHandles: starter?.groupHandles ?? [], members: starter?.members ?? [], assigneeIds: [],
      createdAt: now, ...(starter ? {} : { isProposed: true }),
    }));
  }
  // Resolved like the preview resolves it (teamTarget), so both name the same team.
  const teamIdOf = (choice: TeamChoice): TeamId | null => {
    const target = teamTarget(choice, existing);
    if (target.kind === 'team') return target.teamId as TeamId;
    if (target.kind === 'none') return null;
    return newIdByName.get(target.name.toLowerCase()) ?? null;
  };
  return { teamIdOf, created };
}

// Rows are built and put on the window's thread (each put clones its row there): a
// 5,000-post thread's 60,000 rows built and put in one go kept the window from answering
// clicks for seconds (SECURITY.md check 45, bench/load-import.ts). So the rows are built
// and put a slice of posts at a time, in the same transaction, waiting between slices —
// for the slice before the last, so that the database always has the next one queued.
const UPDATE_SLICE = 25;

/** Writes the plan in one transaction. Throws (and writes nothing) on any invalid row. */
export async function writeImport(plan: ImportPlan): Promise<ImportOutcome> {
  const now = new Date().toISOString();
  const included = plan.result.updates.filter((u) => plan.choices[u.key]?.include);
  const outcome: ImportOutcome = {
    threads: 0, updatesAdded: 0, updatesEdited: 0, updatesUnchanged: 0, updatesEnriched: 0, updatesMoved: 0, updatesMerged: 0,
    itemsAdded: 0, itemsKept: 0, itemsGone: 0, itemsFlagged: 0, teamsCreated: [],
  };
  const mergeOf = (key: string) => plan.choices[key]?.merge;

  await db.transaction('rw', [db.sources, db.threads, db.teams, db.updates, db.items], async () => {
    const { teamIdOf, created } = await resolveTeams(plan, now);
    await db.teams.bulkAdd(created);
    outcome.teamsCreated = created.map((t) => t.name);

    // Identified again here, on what is stored now, by the preview's rule.
    const { view, rows: storedUpdates, threads: storedThreads } = await readStored(plan.result);
    const identity = identifyPosts(plan.result, view, postMatcher);

    const threadIdOf = new Map<string, string>();
    const threadsOut = new Map<string, ThreadRow>();
    for (const key of new Set(included.map((u) => u.threadKey))) {
      const id = threadRowOf(key, identity, included, view, mergeOf);
      threadIdOf.set(key, id);
      const parsed = plan.result.threads.find((t) => t.key === key);
      threadsOut.set(id, threadRowFor(id, threadsOut.get(id) ?? storedThreads.get(id), parsed, now));
    }
    const threads = [...threadsOut.values()];
    checkThreadRows(threads.map((row) => ({ row, post: `The thread “${row.title.slice(0, 80)}”` })));
    await db.threads.bulkPut(threads);
    outcome.threads = threads.length;

    const firstSourceId = plan.sources[0] ? (rowIds.source(plan.sources[0].sha) as SourceId) : undefined;
    await db.sources.bulkPut(plan.sources.map((s) => ({ id: rowIds.source(s.sha) as SourceId, kind: s.kind, name: s.name, importedAt: now, sha: s.sha, ...(threads[0] ? { threadId: threads[0].id } : {}) })));

    const storedIdByKey = new Map(included.map((u) => [u.key, storedIdOf(identity, u.key, mergeOf(u.key))]));
    const storedIds = [...new Set([...storedIdByKey.values()].filter((id): id is string => id !== undefined))];
    const storedItems = storedIds.length > 0 ? await db.items.where('updateId').anyOf(storedIds).toArray() : [];
    const itemsByUpdate: Map<string, ItemRow[]> = groupBy(storedItems, (it) => it.updateId);
    const storedItemById = new Map<string, ItemRow>(storedItems.map((it) => [it.id, it]));
    // Every confidential item, to flag the written items that have its text (`flagTwins`):
    // read once a slice adds items, so that a re-import that only keeps items (the large
    // topic again, in another form) does not scan the whole items table.
    let secret: SecretTexts | undefined;

    let writing: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < included.length; start += UPDATE_SLICE) {
      const updatesOut: UpdateRow[] = [];
      const itemsOut: ItemRow[] = [];
      const addedBefore = outcome.itemsAdded;
      for (const u of included.slice(start, start + UPDATE_SLICE)) {
        const teamId = teamIdOf(plan.choices[u.key]!.team);
        const storedId = storedIdByKey.get(u.key);
        const stored = storedId === undefined ? undefined : storedUpdates.get(storedId);
        const fresh = updateRowFor(u, stored?.id ?? rowIds.update(u.key), stored?.threadId ?? threadIdOf.get(u.threadKey) ?? rowIds.thread(u.threadKey), teamId, firstSourceId);
        const state = postState(stored, u, targetOfTeamId(teamId));
        const row = stored ? mergedUpdate(stored, fresh, u, now) : fresh;
        if (state === 'new') outcome.updatesAdded++;
        else if (state === 'edited') outcome.updatesEdited++;
        else if (state === 'moved') outcome.updatesMoved++;
        else if (state === 'enriched') outcome.updatesEnriched++;
        else outcome.updatesUnchanged++;
        if (stored && identity.posts[u.key]?.by === 'content') outcome.updatesMerged++;
        updatesOut.push(row);

        const keepsText = stored !== undefined && stored.raw !== u.raw && textRelation(stored, u) === 'same';
        const items = stored ? mergedItems(row, itemsByUpdate.get(row.id) ?? [], u, keepsText, now) : { items: u.items.map((it) => newItemRow(row, it, now)), added: u.items.length, kept: 0, gone: 0 };
        outcome.itemsAdded += items.added;
        outcome.itemsKept += items.kept;
        outcome.itemsGone += items.gone;
        itemsOut.push(...items.items);
      }
      if (!secret && addedBefore < outcome.itemsAdded) {
        secret = secretTextsOf(await db.items.filter((it) => it.confidential).toArray());
      }
      if (secret) outcome.itemsFlagged += flagTwins(itemsOut, secret);
      // Only rows that change are put (shared/import/unchanged-rows.ts), each checked as a restore would check it.
      const updatesToPut = changedRows(storedUpdates, updatesOut);
      const itemsToPut = changedRows(storedItemById, itemsOut);
      const labelOf = labeller(updatesOut, threadsOut);
      checkUpdateRows(updatesToPut.map((row) => ({ row, post: labelOf(row.id) })));
      checkItemRows(itemsToPut.map((row) => ({ row, post: labelOf(row.updateId) })));
      const previousSlice = writing;
      writing = Promise.all([db.updates.bulkPut(updatesToPut), db.items.bulkPut(itemsToPut)]);
      await previousSlice;
    }
    await writing;
  });
  return outcome;
}

/** "Post #4 by @xen_lead in “…”" for a row id of this slice, for the messages of write-check.ts. */
function labeller(updates: readonly UpdateRow[], threads: ReadonlyMap<string, ThreadRow>): (updateId: string) => string {
  const byId = new Map(updates.map((u) => [u.id as string, u]));
  return (updateId) => {
    const u = byId.get(updateId);
    return u ? postLabel(u, threads.get(u.threadId)?.title) : 'A post';
  };
}

type StoredRead = { view: StoredView; rows: Map<string, UpdateRow>; threads: Map<string, ThreadRow> };

/**
 * What `result` is held against (post-identity.ts): every stored thread, the stored posts
 * with the row ids of its posts, and — only for posts not stored by id — the posts of the
 * threads they could be in (`threadsToRead`). The preview and the write read it alike.
 */
async function readStored(result: Pick<ParseResult, 'threads' | 'updates'>): Promise<StoredRead> {
  const threadRows = await db.threads.toArray();
  const threads = new Map(threadRows.map((t) => [t.id as string, t]));
  const refs = threadRows.map((t) => ({ id: t.id as string, title: t.title, importedAt: t.importedAt, ...(t.topicId !== undefined ? { topicId: t.topicId } : {}), ...(t.host ? { host: t.host } : {}) }));
  const rows = await storedUpdatesOf(result.updates.map((u) => rowIds.update(u.key)));
  const more = threadsToRead(result.threads, result.updates, refs, (id) => rows.has(id));
  if (more.length > 0) for (const r of await db.updates.where('threadId').anyOf(more).toArray()) rows.set(r.id, r);
  const sourceIds = [...new Set([...rows.values()].flatMap((r) => (r.sourceId ? [r.sourceId] : [])))];
  const sources = new Map((await db.sources.bulkGet(sourceIds)).flatMap((s) => (s ? [[s.id as string, s.importedAt] as const] : [])));
  const posts = [...rows.values()].map((r) => ({
    id: r.id as string, threadId: r.threadId as string, teamId: r.teamId, raw: r.raw, author: r.author,
    importedAt: (r.sourceId ? sources.get(r.sourceId) : undefined) ?? threads.get(r.threadId)?.importedAt ?? '',
    ...(r.postId !== undefined ? { postId: r.postId } : {}), ...(r.postNumber !== undefined ? { postNumber: r.postNumber } : {}),
    ...(r.postedAt ? { postedAt: r.postedAt } : {}), ...(r.editedAt ? { editedAt: r.editedAt } : {}), ...(r.url ? { url: r.url } : {}),
  }));
  return { view: { threads: refs, posts }, rows, threads };
}

/** Teams as the parser's registry: the member's teams first, then starter teams not yet in the workspace. */
export async function teamRegistry() {
  const teams = await db.teams.toArray();
  const known = teams.map((t) => ({ key: t.id as string, name: t.name, aliases: t.aliases, groupHandles: t.groupHandles, members: t.members }));
  const names = new Set(teams.flatMap((t) => [t.name.toLowerCase(), ...t.aliases.map((a) => a.toLowerCase())]));
  const ids = new Set(teams.map((t) => t.id as string));
  const starters = DEFAULT_TEAMS.filter((d) => !ids.has(d.key) && !names.has(d.name.toLowerCase()));
  return [...known, ...starters];
}

/**
 * The stored rows among `ids`, by id. One key-range cursor rather than bulkGet: bulkGet
 * makes one request per id up front, which held the window for half a second for a
 * 5,000-post thread, although a new thread has none of them stored.
 */
async function storedUpdatesOf(ids: string[]): Promise<Map<string, UpdateRow>> {
  const rows = await db.updates.where(':id').anyOf(ids).toArray();
  return new Map(rows.map((r) => [r.id as string, r]));
}

function teamsOf(updateKeys: readonly string[], rows: Map<string, UpdateRow>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const k of updateKeys) {
    const r = rows.get(rowIds.update(k));
    if (r) out[k] = r.teamId;
  }
  return out;
}

/** Where each update of a result is already stored (team id), for the preview's defaults. */
export async function storedTeamsOf(updateKeys: string[]): Promise<Record<string, string | null>> {
  return teamsOf(updateKeys, await storedUpdatesOf(updateKeys.map(rowIds.update)));
}

/**
 * For the preview, from one read of what is stored (the write's own read, `readStored`): the
 * stored threads and posts a result is held against, which of them each post is
 * (post-identity.ts), and where each post is stored by default (team id, for the default
 * choices), from which the preview tells what the write would do.
 */
export async function storedPostsOf(result: Pick<ParseResult, 'threads' | 'updates'>): Promise<{ teams: Record<string, string | null>; stored: StoredView; identity: PostIdentity }> {
  const { view } = await db.transaction('r', [db.threads, db.updates, db.sources], () => readStored(result));
  const identity = identifyPosts(result, view, postMatcher);
  const byDefault = defaultStored(result, view, identity);
  const teams = Object.fromEntries(Object.entries(byDefault).map(([k, p]) => [k, p.teamId]));
  return { teams, stored: view, identity };
}
