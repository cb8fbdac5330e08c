/**
 * Refresh from the forum (issue 8): the thread's posts as fetched again are parsed like any
 * import, compared with what is stored, and only new and edited posts are written — through
 * `writeImport`, so tags, notes, decisions and agenda links stay on their items and an
 * edited post keeps its old text as a revision.
 */
import { identityOf, rowIds, type ImportPlan } from '../../../../shared/import/plan';
import type { ThreadId, ThreadRow } from '../../../../shared/model';
import type { InputFile } from '../../../../shared/parse/types';
import { teamRegistry, writeImport } from '../../../db/repos/import-repo';
import { listTeams } from '../../../db/repos/teams-lookup';
import { threadWithUpdates } from '../../../db/repos/threads-lookup';
import { runAction } from '../../../lib/run-action';
import { useUi } from '../../../store';
import { planFrom } from '../actions';
import { ParseFailure, runParse } from '../parse-runner';
import { diffThread, lastSyncOf, refreshPlan, storedOfPlan, type ThreadChanges } from './diff-thread';

/** A refresh ready to apply: what changed, and the plan that writes exactly that. */
export type RefreshPreview = { thread: ThreadRow; changes: ThreadChanges; plan: ImportPlan; files: InputFile[]; origin: string; lastSync: string };

/** The address to fetch a stored thread from, or null when it is not known. */
export function refreshUrlOf(thread: Pick<ThreadRow, 'url' | 'host' | 'topicId'>): string | null {
  if (thread.url && /^https:\/\//i.test(thread.url)) return thread.url;
  if (thread.host && thread.topicId !== undefined) return `https://${thread.host}/t/${thread.topicId}`;
  return null;
}

/**
 * Parse fetched files and compare them with the stored thread. Returns a message instead
 * when they cannot be read or belong to another topic; nothing is written either way.
 */
export async function prepareRefresh(threadId: ThreadId, fetched: { files: InputFile[]; origin: string }): Promise<RefreshPreview | { error: string }> {
  let result;
  try {
    result = await runParse({ files: fetched.files, teams: await teamRegistry(), plainTextSplits: {}, baseUrl: fetched.origin }, () => undefined).promise;
  } catch (error) {
    return { error: error instanceof ParseFailure ? error.message : `The fetched thread could not be read: ${String(error)}` };
  }
  const stored = await threadWithUpdates(threadId);
  if (!stored) return { error: 'This thread is no longer in your workspace.' };
  const base = await planFrom(fetched.files, result);
  // The stored thread the fetched topic is (by key or topic id: a thread first stored from a
  // browser copy and completed since keeps its own row id, issue 14).
  const threads = identityOf(base).threads;
  if (!result.updates.some((u) => (threads[u.threadKey] ?? rowIds.thread(u.threadKey)) === threadId)) {
    return { error: `The forum sent a different topic than “${stored.thread.title}”; it may have moved. Nothing was changed.` };
  }
  const lastSync = lastSyncOf(stored.thread);
  const known = (await listTeams()).map((t) => ({ id: t.id as string, name: t.name, aliases: t.aliases }));
  const plan = refreshPlan(base, lastSync, known);
  return { thread: stored.thread, changes: diffThread(result, storedOfPlan(base), lastSync), plan, files: fetched.files, origin: fetched.origin, lastSync };
}

/** Number of posts applying the preview writes. */
export const postsToWrite = (preview: RefreshPreview): number => Object.values(preview.plan.choices).filter((c) => c.include).length;

/** Writes the new and edited posts in one transaction; returns a message for the member on failure. */
export async function applyRefresh(preview: RefreshPreview): Promise<string | null> {
  let summary = '';
  const failure = await runAction(async () => {
    const o = await writeImport(preview.plan);
    summary = `“${preview.thread.title}” is up to date: ${o.updatesAdded} new, ${o.updatesEdited} edited${o.updatesEnriched ? `, ${o.updatesEnriched} completed from the forum` : ''}.`;
  });
  if (!failure) useUi.getState().notify('success', summary);
  return failure;
}
