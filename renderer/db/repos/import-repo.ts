/**
 * Writing an import (issue 3): one transaction over sources, threads, teams, updates and
 * items, so a failure leaves the database exactly as it was.
 *
 * Re-import is idempotent: rows get ids derived from the parser's stable keys, an edited
 * post keeps its old text as a revision, and its items are matched by content
 * (`matchItems`) so that tags, notes, decisions and agenda links stay on them. Items that
 * disappeared from the post are marked `isGone`, never deleted. A post the member puts
 * under another team in the preview is moved there with its items, which keep their tags,
 * flags and notes (state `moved`, shared/import/post-state.ts — the preview's rule).
 */
import { matchItems } from '../../../shared/parse/match-items';
import { groupBy } from '../../../shared/collections/group-by';
import { DEFAULT_TEAMS } from '../../../shared/parse/teams/default-teams';
import type { ParsedItem, ParsedUpdate } from '../../../shared/parse/types';
import { itemKeyOfId, rowIds, teamTarget, type ImportPlan, type TeamChoice } from '../../../shared/import/plan';
import { postState, targetOfTeamId, type StoredPost } from '../../../shared/import/post-state';
import {
  teamRow, threadRow, updateRow,
  type ItemId, type ItemRow, type SourceId, type TeamId, type TeamRow, type ThreadId, type UpdateId, type UpdateRow,
} from '../../../shared/model';
import { db } from '../instance';

export type ImportOutcome = {
  threads: number;
  updatesAdded: number;
  updatesEdited: number;
  updatesUnchanged: number;
  /** Stored posts with the same text that the member put under another team. */
  updatesMoved: number;
  itemsAdded: number;
  itemsKept: number;
  itemsGone: number;
  teamsCreated: string[];
};

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'team';
}

// Item rows are built from the parser's typed output without a schema pass: validating
// tens of thousands of rows costs more than the write itself (bench/import-browser.ts).
function newItemRow(id: string, update: UpdateRow, item: ParsedItem, now: string): ItemRow {
  return {
    id: id as ItemId, updateId: update.id, threadId: update.threadId, teamId: update.teamId, kind: item.kind, text: item.text,
    isAsk: item.isAsk, ...(item.askType ? { askType: item.askType } : {}), span: item.span, entities: item.entities,
    status: 'new', priority: 'normal', tagIds: [], assigneeIds: [], seenBy: [], confidential: false, notes: [], decisionIds: [],
    createdAt: now, updatedAt: now,
  };
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
    const name = team.name.trim();
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

function updateRowFor(u: ParsedUpdate, teamId: TeamId | null, sourceId: SourceId | undefined): UpdateRow {
  return updateRow.parse({
    id: rowIds.update(u.key) as UpdateId, threadId: rowIds.thread(u.threadKey) as ThreadId, teamId, author: u.author || 'unknown', raw: u.raw,
    isTeamUpdate: teamId !== null && u.isTeamUpdate, sections: u.sections, revisions: [],
    ...(sourceId ? { sourceId } : {}),
    ...(u.postId !== undefined ? { postId: u.postId } : {}), ...(u.postNumber !== undefined ? { postNumber: u.postNumber } : {}),
    ...(u.postedAt ? { postedAt: u.postedAt } : {}), ...(u.editedAt ? { editedAt: u.editedAt } : {}), ...(u.url ? { url: u.url } : {}),
    ...(u.replyTo !== undefined ? { replyTo: u.replyTo } : {}),
  });
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
  const outcome: ImportOutcome = { threads: 0, updatesAdded: 0, updatesEdited: 0, updatesUnchanged: 0, updatesMoved: 0, itemsAdded: 0, itemsKept: 0, itemsGone: 0, teamsCreated: [] };

  await db.transaction('rw', [db.sources, db.threads, db.teams, db.updates, db.items], async () => {
    const { teamIdOf, created } = await resolveTeams(plan, now);
    await db.teams.bulkAdd(created);
    outcome.teamsCreated = created.map((t) => t.name);

    const threadIds = [...new Set(included.map((u) => u.threadKey))];
    const storedThreads = await db.threads.bulkGet(threadIds.map(rowIds.thread));
    const threads = threadIds.map((key, i) => {
      const parsed = plan.result.threads.find((t) => t.key === key);
      const stored = storedThreads[i];
      return threadRow.parse({
        ...stored, id: rowIds.thread(key), title: parsed?.title || stored?.title || 'Imported updates', importedAt: stored?.importedAt ?? now,
        ...(stored ? { refreshedAt: now } : {}),
        ...(parsed?.topicId !== undefined ? { topicId: parsed.topicId } : {}), ...(parsed?.url ? { url: parsed.url } : {}),
        ...(parsed?.host ? { host: parsed.host } : {}), ...(parsed?.createdAt ? { createdAt: parsed.createdAt } : {}),
      });
    });
    await db.threads.bulkPut(threads);
    outcome.threads = threads.length;

    const firstSourceId = plan.sources[0] ? (rowIds.source(plan.sources[0].sha) as SourceId) : undefined;
    await db.sources.bulkPut(plan.sources.map((s) => ({ id: rowIds.source(s.sha) as SourceId, kind: s.kind, name: s.name, importedAt: now, sha: s.sha, ...(threads[0] ? { threadId: threads[0].id } : {}) })));

    const storedUpdates = await storedUpdatesOf(included.map((u) => rowIds.update(u.key)));
    const storedItems = await db.items.where('updateId').anyOf(included.map((u) => rowIds.update(u.key))).toArray();
    const itemsByUpdate: Map<string, ItemRow[]> = groupBy(storedItems, (it) => it.updateId);

    let writing: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < included.length; start += UPDATE_SLICE) {
      const updatesOut: UpdateRow[] = [];
      const itemsOut: ItemRow[] = [];
      for (const u of included.slice(start, start + UPDATE_SLICE)) {
        const teamId = teamIdOf(plan.choices[u.key]!.team);
        const fresh = updateRowFor(u, teamId, firstSourceId);
        const stored = storedUpdates.get(rowIds.update(u.key));
        const state = postState(stored, fresh, targetOfTeamId(teamId));
        let row: UpdateRow;
        if (!stored || state === 'new') {
          row = fresh;
          outcome.updatesAdded++;
        } else if (state === 'edited') {
          row = { ...stored, ...fresh, revisions: [...stored.revisions, { raw: stored.raw, ...(stored.editedAt ? { editedAt: stored.editedAt } : {}), replacedAt: now }] };
          outcome.updatesEdited++;
        } else {
          // Unchanged, or moved: the same text, now under `teamId` (its items follow below).
          row = { ...stored, ...fresh, revisions: stored.revisions };
          if (state === 'moved') outcome.updatesMoved++;
          else outcome.updatesUnchanged++;
        }
        updatesOut.push(row);

        const previous = itemsByUpdate.get(row.id) ?? [];
        const prevByKey = new Map(previous.map((p) => [itemKeyOfId(p.id), p]));
        const matches = matchItems(previous.map((p) => ({ key: itemKeyOfId(p.id), text: p.text })), u.items.map((it) => ({ key: it.key, text: it.text })));
        const kept = new Set<string>();
        for (const item of u.items) {
          const prevKey = matches.get(item.key);
          const prev = prevKey ? prevByKey.get(prevKey) : undefined;
          if (prev) {
            kept.add(prev.id);
            const changed = prev.text !== item.text || prev.teamId !== row.teamId || prev.isGone;
            const { isGone: _gone, ...rest } = prev;
            itemsOut.push({
              ...rest, text: item.text, kind: item.kind, isAsk: item.isAsk, span: item.span, entities: item.entities, teamId: row.teamId,
              ...(item.askType ? { askType: item.askType } : {}), updatedAt: changed ? now : prev.updatedAt,
            });
            outcome.itemsKept++;
          } else {
            itemsOut.push(newItemRow(rowIds.item(u.key, item.key), row, item, now));
            outcome.itemsAdded++;
          }
        }
        for (const p of previous) {
          if (kept.has(p.id) || p.isGone) continue;
          itemsOut.push({ ...p, isGone: true, updatedAt: now });
          outcome.itemsGone++;
        }
      }
      const previousSlice = writing;
      writing = Promise.all([db.updates.bulkPut(updatesOut), db.items.bulkPut(itemsOut)]);
      await previousSlice;
    }
    await writing;
  });
  return outcome;
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
 * For the preview, from one read of the stored posts: where each post of a result is stored
 * (team id, for the default choices) and its stored text and team, from which the preview
 * tells what the write would do (the write's own rule, shared/import/post-state).
 */
export async function storedPostsOf(updates: readonly { key: string }[]): Promise<{ teams: Record<string, string | null>; stored: Record<string, StoredPost> }> {
  const rows = await storedUpdatesOf(updates.map((u) => rowIds.update(u.key)));
  const stored: Record<string, StoredPost> = {};
  for (const u of updates) {
    const row = rows.get(rowIds.update(u.key));
    if (row) stored[u.key] = { raw: row.raw, teamId: row.teamId };
  }
  return { teams: teamsOf(updates.map((u) => u.key), rows), stored };
}
