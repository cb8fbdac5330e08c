/**
 * What writing a parsed post will do to its stored row: the one rule shared by the import
 * write (renderer/db/repos/import-repo.ts) and the import preview, so that the preview says
 * exactly what the write does ("8 of 9 posts will be imported" then "0 new updates" was the
 * bug). A post matches the row whose id is `rowIds.update(post.key)` (plan.ts); it is edited when
 * the stored Markdown differs from the parsed one, and moved when its text is the same but
 * the member put it under another team than the one it is stored under — the write then
 * moves the post and its items there (issue 13: a team changed in the preview used to be
 * written while the preview said "Nothing new to import").
 */

/**
 * new: not stored yet; unchanged: stored with the same text, under the same team;
 * edited: stored, text changed since (it may move too, see `isMove`); moved: stored with
 * the same text, going to another team.
 */
export type PostState = 'new' | 'unchanged' | 'edited' | 'moved';

/** What the rule needs of a stored post. */
export type StoredPost = { raw: string; teamId: string | null };

/**
 * Where the write puts a post: under a team that exists, under no team (not a team
 * update), or under a team this import creates (never the team a post is stored under).
 */
export type TeamTarget = { kind: 'team'; teamId: string } | { kind: 'none' } | { kind: 'new'; name: string };

/** The target of a post written under `teamId` (a team id, or null for no team). */
export const targetOfTeamId = (teamId: string | null): TeamTarget => (teamId === null ? { kind: 'none' } : { kind: 'team', teamId });

/** Whether writing `stored` to `target` puts it under another team than the one it is stored under. */
export function isMove(stored: StoredPost, target: TeamTarget): boolean {
  if (target.kind === 'new') return true;
  return (target.kind === 'none' ? null : target.teamId) !== stored.teamId;
}

/** How the write treats `post` going to `target`, given its stored row (or none). */
export function postState(stored: StoredPost | undefined, post: { raw: string }, target: TeamTarget): PostState {
  if (!stored) return 'new';
  if (stored.raw !== post.raw) return 'edited';
  return isMove(stored, target) ? 'moved' : 'unchanged';
}
