/**
 * What the member decided in the import preview, and how a parsed update maps to rows.
 * Pure: the renderer's import repo applies the plan in one transaction.
 */
import type { ParseResult, ParsedUpdate } from '../parse/types';
import type { SourceKind } from '../model';
import type { PostState } from './post-state';

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
   * By update key: what the write would do to each post when the preview was made
   * (`postState`). Shown only; the write decides again inside its transaction by the same rule.
   */
  states?: Record<string, PostState>;
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
 * The preview's starting choice for an update: the team it is already stored under (on a
 * re-import), else the registry team the parser matched (existing, or a starter team to
 * create), else a proposed new team; posts that are not team updates start unticked.
 */
export function defaultChoice(update: ParsedUpdate, known: KnownTeam[], storedTeamId?: string | null): UpdateChoice {
  if (storedTeamId) return { include: true, team: { kind: 'existing', teamId: storedTeamId } };
  if (!update.isTeamUpdate || !update.team) return { include: false, team: { kind: 'none' } };
  const { key, name } = update.team;
  const byId = key ? known.find((t) => t.id === key) : undefined;
  if (byId) return { include: true, team: { kind: 'existing', teamId: byId.id } };
  const lower = name.toLowerCase();
  const byName = known.find((t) => t.name.toLowerCase() === lower || t.aliases.some((a) => a.toLowerCase() === lower));
  if (byName) return { include: true, team: { kind: 'existing', teamId: byName.id } };
  return { include: true, team: { kind: 'new', name, key } };
}

/** Summary counts shown before writing; posts without a known state count as new. */
export function planSummary(plan: ImportPlan): { posts: number; included: number; added: number; edited: number; unchanged: number; teams: number; asks: number; newTeams: string[] } {
  const included = plan.result.updates.filter((u) => plan.choices[u.key]?.include);
  const teams = new Set<string>();
  const newTeams = new Set<string>();
  const counts = { new: 0, edited: 0, unchanged: 0 };
  for (const u of included) {
    counts[plan.states?.[u.key] ?? 'new']++;
    const t = plan.choices[u.key]!.team;
    if (t.kind === 'existing') teams.add(t.teamId);
    if (t.kind === 'new') {
      teams.add(`new:${t.name}`);
      newTeams.add(t.name);
    }
  }
  return {
    posts: plan.result.updates.length, included: included.length, added: counts.new, edited: counts.edited, unchanged: counts.unchanged,
    teams: teams.size, asks: included.reduce((n, u) => n + u.items.filter((i) => i.isAsk).length, 0), newTeams: [...newTeams],
  };
}
