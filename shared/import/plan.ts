/**
 * What the member decided in the import preview, and how a parsed update maps to rows.
 * Pure: the renderer's import repo applies the plan in one transaction.
 */
import type { ParseResult, ParsedUpdate } from '../parse/types';
import type { SourceKind } from '../model';
import { cutText } from '../text/cut-text';
import { rowIds } from './ids';
import { postMatcher } from './matcher';
import { identifyPosts, isMerged, storedIdOf, type MergeChoice, type PostIdentity, type PostMatch, type StoredPostRef, type StoredView } from './post-identity';
import { postState, type PostState, type TeamTarget } from './post-state';

export { itemKeyOfId, rowIds, updateKeyOfId } from './ids';

/** Which team a post goes to: an existing team, a team to create, or none (not a team update). */
export type TeamChoice = { kind: 'existing'; teamId: string } | { kind: 'new'; name: string; key: string | null } | { kind: 'none' };

/**
 * `merge`: the member's answer when the post matches a stored one only by content (merge
 * with it, or keep it apart as a new update); absent, the score decides (post-identity.ts).
 */
export type UpdateChoice = { include: boolean; team: TeamChoice; merge?: MergeChoice };

/** A source file of the import, recorded so the member can see where data came from. */
export type ImportSource = { name: string; kind: SourceKind; sha: string };

export type ImportPlan = {
  result: ParseResult;
  /** By update key. Updates without a choice are not written. */
  choices: Record<string, UpdateChoice>;
  sources: ImportSource[];
  /**
   * The stored threads and the posts that could be these (read by import-repo's
   * `storedViewOf`) when the preview was made, and which of them each post is, so that the
   * preview can say what the write would do with the member's current choices
   * (`planPosts`). Shown only; the write reads and identifies again inside its transaction
   * by the same rules (post-identity.ts, post-state.ts).
   */
  stored?: StoredView;
  identity?: PostIdentity;
};

export type KnownTeam = { id: string; name: string; aliases: string[] };

/**
 * The preview's starting choice for an update: where it is already stored (on a re-import:
 * its team, or no team when the member said it is not a team update), else the registry
 * team the parser matched (existing, or a starter team to create), else a proposed new
 * team; posts that are not team updates start unticked. A post left out of an earlier
 * import is not stored, so it starts exactly as on a first import. `storedTeamId` is
 * undefined for a post that is not stored.
 */
export function defaultChoice(update: ParsedUpdate, known: KnownTeam[], storedTeamId?: string | null): UpdateChoice {
  // A stored post starts where it is, so re-importing never moves it unless the member does.
  if (storedTeamId !== undefined) return { include: true, team: storedTeamId ? { kind: 'existing', teamId: storedTeamId } : { kind: 'none' } };
  if (!update.isTeamUpdate || !update.team) return { include: false, team: { kind: 'none' } };
  const { key, name } = update.team;
  const byId = key ? known.find((t) => t.id === key) : undefined;
  if (byId) return { include: true, team: { kind: 'existing', teamId: byId.id } };
  const lower = name.toLowerCase();
  const byName = known.find((t) => t.name.toLowerCase() === lower || t.aliases.some((a) => a.toLowerCase() === lower));
  if (byName) return { include: true, team: { kind: 'existing', teamId: byName.id } };
  return { include: true, team: { kind: 'new', name, key } };
}

/** The longest team name a new team gets (a team row holds 300 characters; a proposed name is a heading or a title, which can be any length). */
export const NEW_TEAM_NAME_MAX = 120;

/** The name a new team is created with: trimmed and cut within NEW_TEAM_NAME_MAX, the same in the preview and the write. */
export function newTeamName(name: string): string {
  return cutText(name.trim(), NEW_TEAM_NAME_MAX);
}

/**
 * Where the write puts a post of `choice`, as the write resolves it (renderer/db/repos/
 * import-repo.ts): an existing team by id, a new team by name unless a team of that name
 * exists already (then that team), or no team.
 */
export function teamTarget(choice: TeamChoice, teams: readonly { id: string; name: string }[]): TeamTarget {
  if (choice.kind === 'existing') return { kind: 'team', teamId: choice.teamId };
  if (choice.kind === 'none') return { kind: 'none' };
  const name = newTeamName(choice.name);
  const lower = name.toLowerCase();
  const same = teams.find((t) => t.name.toLowerCase() === lower);
  return same ? { kind: 'team', teamId: same.id } : { kind: 'new', name };
}

/**
 * What the write would do to one post: its state, the stored post it is written into (if
 * any), and how it was found — with, for a content match, whether it merges.
 */
export type PostPlan = { state: PostState; target: TeamTarget; stored?: StoredPostRef; match?: PostMatch & { isMerged: boolean; post?: StoredPostRef } };

/** The plan's identity of its posts: the preview's, else worked out from `stored`. */
export function identityOf(plan: ImportPlan): PostIdentity {
  return plan.identity ?? identifyPosts(plan.result, plan.stored ?? { threads: [], posts: [] }, postMatcher);
}

/** What the write would do to each post (by key) with the member's current choices, ticked or not. */
export function planPosts(plan: ImportPlan, teams: readonly { id: string; name: string }[]): Record<string, PostPlan> {
  const identity = identityOf(plan);
  const byId = new Map((plan.stored?.posts ?? []).map((p) => [p.id, p]));
  const out: Record<string, PostPlan> = {};
  for (const u of plan.result.updates) {
    const choice = plan.choices[u.key];
    const target = teamTarget(choice?.team ?? { kind: 'none' }, teams);
    const id = storedIdOf(identity, u.key, choice?.merge);
    const stored = id === undefined ? undefined : byId.get(id);
    const match = identity.posts[u.key];
    out[u.key] = {
      state: postState(stored, u, target), target,
      ...(stored ? { stored } : {}), ...(match ? { match: { ...match, isMerged: isMerged(match, choice?.merge), ...(byId.has(match.storedId) ? { post: byId.get(match.storedId)! } : {}) } } : {}),
    };
  }
  return out;
}

/** The state of each post (by key): `planPosts` without the details. */
export function planStates(plan: ImportPlan, teams: readonly { id: string; name: string }[]): Record<string, PostState> {
  return Object.fromEntries(Object.entries(planPosts(plan, teams)).map(([k, p]) => [k, p.state]));
}

/** The stored post each post of `result` is by default (before the member answers any content match), by key. */
export function defaultStored(result: { updates: readonly { key: string }[] }, stored: StoredView, identity: PostIdentity): Record<string, StoredPostRef> {
  const byId = new Map(stored.posts.map((p) => [p.id, p]));
  const out: Record<string, StoredPostRef> = {};
  for (const u of result.updates) {
    const id = storedIdOf(identity, u.key, undefined);
    const row = id === undefined ? undefined : byId.get(id);
    if (row) out[u.key] = row;
  }
  return out;
}

/** The update row id each post is written to (its stored post's, else its own), with the member's choices. */
export function rowIdOf(identity: PostIdentity, key: string, choice: UpdateChoice | undefined): string {
  return storedIdOf(identity, key, choice?.merge) ?? rowIds.update(key);
}

/** A team target as the SC reads it: the team's name, "a new team X", or "no team". */
export function targetName(target: TeamTarget, teams: readonly { id: string; name: string }[]): string {
  if (target.kind === 'new') return target.name;
  if (target.kind === 'none') return 'no team (not a team update)';
  return teams.find((t) => t.id === target.teamId)?.name ?? target.teamId;
}

/**
 * Summary counts of the ticked posts shown before writing, by the write's rule; `movedTo`
 * names the teams posts move to; `merged` counts posts written into a stored post they
 * match by content (each also counted by its state).
 */
export function planSummary(plan: ImportPlan, knownTeams: readonly { id: string; name: string }[] = []): {
  posts: number; included: number; added: number; edited: number; unchanged: number; enriched: number; moved: number; merged: number;
  movedTo: string[]; teams: number; asks: number; newTeams: string[];
} {
  const included = plan.result.updates.filter((u) => plan.choices[u.key]?.include);
  const posts = planPosts(plan, knownTeams);
  const teams = new Set<string>();
  const newTeams = new Map<string, string>();
  const movedTo = new Set<string>();
  const counts = { new: 0, edited: 0, unchanged: 0, enriched: 0, moved: 0 };
  let merged = 0;
  for (const u of included) {
    const { state, target, match } = posts[u.key]!;
    counts[state]++;
    if (match?.by === 'content' && match.isMerged) merged++;
    if (state === 'moved') movedTo.add(targetName(target, knownTeams));
    if (target.kind === 'team') teams.add(target.teamId);
    if (target.kind === 'new') {
      const lower = target.name.toLowerCase();
      teams.add(`new:${lower}`);
      if (!newTeams.has(lower)) newTeams.set(lower, target.name);
    }
  }
  return {
    posts: plan.result.updates.length, included: included.length, added: counts.new, edited: counts.edited, unchanged: counts.unchanged, enriched: counts.enriched,
    moved: counts.moved, merged, movedTo: [...movedTo], teams: teams.size, asks: included.reduce((n, u) => n + u.items.filter((i) => i.isAsk).length, 0), newTeams: [...newTeams.values()],
  };
}
