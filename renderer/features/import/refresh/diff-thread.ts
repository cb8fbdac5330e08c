/**
 * What changed in a thread since it was last imported (issue 8, Refresh from the forum):
 * posts that are new, posts whose text was edited, and the plan that writes only those
 * through the same idempotent path as any import.
 *
 * Why "new" is measured against the last import time and not just "not stored": posts the
 * member left out of an earlier import (replies, off-topic posts) are not stored either,
 * and must not come back as news — nor be written behind the member's back — on every refresh.
 */
import { defaultChoice, defaultStored, identityOf, type ImportPlan, type KnownTeam, type UpdateChoice } from '../../../../shared/import/plan';
import { postState, targetOfTeamId, type StoredPost } from '../../../../shared/import/post-state';
import type { ThreadRow } from '../../../../shared/model';
import type { ParsedUpdate, ParseResult } from '../../../../shared/parse/types';

/** One post in the list of changes. */
export type PostChange = { key: string; postNumber?: number; author: string; excerpt: string; isTeamUpdate: boolean };

/** The changes of one thread. */
export type ThreadChanges = {
  added: PostChange[];
  edited: PostChange[];
  unchanged: number;
  /**
   * Stored posts with the same text that the forum's form completes (dates, post ids,
   * links, the author's Markdown for a thread first stored from a browser copy): written
   * with the refresh so the next one matches them by number, but not news.
   */
  completed: number;
  /** Posts older than the last import that were left out then; they stay out. */
  leftOut: number;
};

/** When the thread was last brought up to date: its last refresh, else its first import. */
export const lastSyncOf = (thread: Pick<ThreadRow, 'importedAt' | 'refreshedAt'>): string => thread.refreshedAt ?? thread.importedAt;

function change(u: ParsedUpdate): PostChange {
  const firstLine = u.raw.split('\n').map((l) => l.replace(/^[#>\s*-]+/, '').trim()).find((l) => l !== '') ?? '';
  return {
    key: u.key,
    ...(u.postNumber !== undefined ? { postNumber: u.postNumber } : {}),
    author: u.author,
    excerpt: firstLine.length > 140 ? `${firstLine.slice(0, 139)}…` : firstLine,
    isTeamUpdate: u.isTeamUpdate,
  };
}

type Kind = 'added' | 'edited' | 'completed' | 'unchanged' | 'left-out';

/**
 * The stored post each fetched post is, by key: the import's identity rule (issue 14,
 * shared/import/post-identity.ts) on what the plan read, so a thread first stored from
 * another form (a browser copy, Markdown files) is refreshed into the same updates.
 */
export type StoredOf = (key: string) => StoredPost | undefined;

/** `StoredOf` of a plan made by `planFrom` (its stored view and identity). */
export function storedOfPlan(plan: ImportPlan): StoredOf {
  const byKey = defaultStored(plan.result, plan.stored ?? { threads: [], posts: [] }, identityOf(plan));
  return (key) => byKey[key];
}

function classify(u: ParsedUpdate, storedOf: StoredOf, lastSync: string): Kind {
  const stored = storedOf(u.key);
  // A refresh keeps every stored post under its team (refreshChoices), so nothing is moved.
  const state = postState(stored, u, targetOfTeamId(stored?.teamId ?? null));
  if (state === 'edited') return 'edited';
  if (state === 'enriched') return 'completed';
  if (state !== 'new') return 'unchanged';
  // A post without a date cannot be placed in time; showing it as new is the safe side.
  return u.postedAt === undefined || !(Date.parse(u.postedAt) <= Date.parse(lastSync)) ? 'added' : 'left-out';
}

/** Compare a fresh parse of the thread with its stored updates. */
export function diffThread(result: ParseResult, storedOf: StoredOf, lastSync: string): ThreadChanges {
  const changes: ThreadChanges = { added: [], edited: [], unchanged: 0, completed: 0, leftOut: 0 };
  for (const u of result.updates) {
    const kind = classify(u, storedOf, lastSync);
    if (kind === 'added') changes.added.push(change(u));
    else if (kind === 'edited') changes.edited.push(change(u));
    else if (kind === 'completed') changes.completed++;
    else if (kind === 'unchanged') changes.unchanged++;
    else changes.leftOut++;
  }
  return changes;
}

/**
 * Choices that write only what changed: an edited or completed post keeps the team it is
 * stored under (or stays "not a team update" if the member said so); a new post gets the
 * preview's default; unchanged and earlier left-out posts are not written at all.
 */
export function refreshChoices(result: ParseResult, storedOf: StoredOf, lastSync: string, known: KnownTeam[]): Record<string, UpdateChoice> {
  const choices: Record<string, UpdateChoice> = {};
  for (const u of result.updates) {
    const kind = classify(u, storedOf, lastSync);
    const before = storedOf(u.key);
    if ((kind === 'edited' || kind === 'completed') && before) {
      choices[u.key] = { include: true, team: before.teamId ? { kind: 'existing', teamId: before.teamId } : { kind: 'none' } };
    } else if (kind === 'added') {
      choices[u.key] = defaultChoice(u, known);
    } else {
      choices[u.key] = { include: false, team: { kind: 'none' } };
    }
  }
  return choices;
}

/** The plan of a refresh: the preview's plan with the refresh's choices. */
export function refreshPlan(base: ImportPlan, lastSync: string, known: KnownTeam[]): ImportPlan {
  return { ...base, choices: refreshChoices(base.result, storedOfPlan(base), lastSync, known) };
}

/** True when applying the plan would write something. */
export const hasChanges = (changes: ThreadChanges): boolean => changes.added.length > 0 || changes.edited.length > 0 || changes.completed > 0;
