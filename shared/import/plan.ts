/**
 * What the member decided in the import preview, and how a parsed update maps to rows.
 * Pure: the renderer's import repo applies the plan in one transaction.
 */
import type { ParseResult, ParsedUpdate } from '../parse/types';
import type { SourceKind } from '../model';
import { postState, type PostState, type StoredPost, type TeamTarget } from './post-state';

/** Which team a post goes to: an existing team, a team to create, or none (not a team update). */
export type TeamChoice = { kind: 'existing'; teamId: string } | { kind: 'new'; name: string; key: string | null } | { kind: 'none' };

export type UpdateChoice = { include: boolean; team: TeamChoice };

/** A source file of the import, recorded so the member can see where data came from. */
export type ImportSource = { name: string; kind: SourceKind; sha: string };

export type ImportPlan = {
  result: ParseResult;
  /** By update key. Updates without a choice are not written. */
  choices: Record<string, UpdateChoice>;
  sources: ImportSource[];
  /**
   * By update key: the posts already stored when the preview was made (text and team), so
   * that the preview can say what the write would do with the member's current choices
   * (`planStates`). Shown only; the write decides again inside its transaction by the same rule.
   */
  stored?: Record<string, StoredPost>;
};

/** Row ids derived from parse keys, so that importing the same thread again finds the same rows. */
export const rowIds = {
  thread: (threadKey: string) => `th:${threadKey}`,
  update: (updateKey: string) => `up:${updateKey}`,
  item: (updateKey: string, itemKey: string) => `it:${updateKey}:${itemKey}`,
  source: (sha: string) => `src:${sha}`,
};

/** The content key a stored item was created with (the last part of its id). */
export function itemKeyOfId(itemId: string): string {
  return itemId.slice(itemId.lastIndexOf(':') + 1);
}

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

/**
 * Where the write puts a post of `choice`, as the write resolves it (renderer/db/repos/
 * import-repo.ts): an existing team by id, a new team by name unless a team of that name
 * exists already (then that team), or no team.
 */
export function teamTarget(choice: TeamChoice, teams: readonly { id: string; name: string }[]): TeamTarget {
  if (choice.kind === 'existing') return { kind: 'team', teamId: choice.teamId };
  if (choice.kind === 'none') return { kind: 'none' };
  const name = choice.name.trim();
  const lower = name.toLowerCase();
  const same = teams.find((t) => t.name.toLowerCase() === lower);
  return same ? { kind: 'team', teamId: same.id } : { kind: 'new', name };
}

/** What the write would do to each post (by key) with the member's current choices, ticked or not. */
export function planStates(plan: ImportPlan, teams: readonly { id: string; name: string }[]): Record<string, PostState> {
  return Object.fromEntries(plan.result.updates.map((u) => [u.key, postState(plan.stored?.[u.key], u, teamTarget(plan.choices[u.key]?.team ?? { kind: 'none' }, teams))]));
}

/** A team target as the SC reads it: the team's name, "a new team X", or "no team". */
export function targetName(target: TeamTarget, teams: readonly { id: string; name: string }[]): string {
  if (target.kind === 'new') return target.name;
  if (target.kind === 'none') return 'no team (not a team update)';
  return teams.find((t) => t.id === target.teamId)?.name ?? target.teamId;
}

/** Summary counts of the ticked posts shown before writing, by the write's rule; `movedTo` names the teams posts move to. */
export function planSummary(plan: ImportPlan, knownTeams: readonly { id: string; name: string }[] = []): {
  posts: number; included: number; added: number; edited: number; unchanged: number; moved: number; movedTo: string[]; teams: number; asks: number; newTeams: string[];
} {
  const included = plan.result.updates.filter((u) => plan.choices[u.key]?.include);
  const teams = new Set<string>();
  const newTeams = new Map<string, string>();
  const movedTo = new Set<string>();
  const counts = { new: 0, edited: 0, unchanged: 0, moved: 0 };
  for (const u of included) {
    const target = teamTarget(plan.choices[u.key]!.team, knownTeams);
    const state = postState(plan.stored?.[u.key], u, target);
    counts[state]++;
    if (state === 'moved') movedTo.add(targetName(target, knownTeams));
    if (target.kind === 'team') teams.add(target.teamId);
    if (target.kind === 'new') {
      const lower = target.name.toLowerCase();
      teams.add(`new:${lower}`);
      if (!newTeams.has(lower)) newTeams.set(lower, target.name);
    }
  }
  return {
    posts: plan.result.updates.length, included: included.length, added: counts.new, edited: counts.edited, unchanged: counts.unchanged, moved: counts.moved,
    movedTo: [...movedTo], teams: teams.size, asks: included.reduce((n, u) => n + u.items.filter((i) => i.isAsk).length, 0), newTeams: [...newTeams.values()],
  };
}
