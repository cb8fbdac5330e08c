/**
 * What writing a parsed post will do to its stored row: the one rule shared by the import
 * write (renderer/db/repos/import-repo.ts) and the import preview, so that the preview says
 * exactly what the write does ("8 of 9 posts will be imported" then "0 new updates" was the
 * bug). A post matches the row whose id is `rowIds.update(post.key)`; it is edited when
 * the stored Markdown differs from the parsed one.
 */
import { rowIds } from './plan';

/** new: not stored yet; unchanged: stored with the same text; edited: stored, text changed since. */
export type PostState = 'new' | 'unchanged' | 'edited';

/** How the write treats `post`, given its stored row (or none). */
export function postState(stored: { raw: string } | undefined, post: { raw: string }): PostState {
  if (!stored) return 'new';
  return stored.raw === post.raw ? 'unchanged' : 'edited';
}

/** The state of each post by its key, looking stored rows up by the write's row id. */
export function postStates(posts: readonly { key: string; raw: string }[], storedById: ReadonlyMap<string, { raw: string }>): Record<string, PostState> {
  return Object.fromEntries(posts.map((p) => [p.key, postState(storedById.get(rowIds.update(p.key)), p)]));
}
