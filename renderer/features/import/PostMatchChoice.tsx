import type { UpdateChoice } from '../../../shared/import/plan';
import type { PostMatch, StoredPostRef } from '../../../shared/import/post-identity';
import { formatDate } from '../../lib/format/dates';
import { useUi } from '../../store';

/** "96 %": rounded down, so only the same words read "100 %". */
const percent = (score: number) => `${score >= 1 ? 100 : Math.min(99, Math.floor(score * 100))} %`;

/** "post #3 by @xen_lead, imported 2 Dec 2026", from what is known of the stored post. */
export function storedPostLabel(post: StoredPostRef | undefined): string {
  if (!post) return 'a stored post';
  const author = post.author && post.author !== 'unknown' ? ` by @${post.author}` : '';
  const imported = post.importedAt ? `, imported ${formatDate(post.importedAt)}` : '';
  return `${post.postNumber !== undefined ? `post #${post.postNumber}` : 'a stored post'}${author}${imported}`;
}

/**
 * A post that matches a stored one only by content (issue 14: ambiguity is shown, not
 * guessed silently): says which post and how alike, and lets the member merge it into that
 * post (its tags and flags stay) or keep it apart as a new update. The default is the
 * identity rule's (merge from 90 %).
 */
export function PostMatchChoice(props: { updateKey: string; choice: UpdateChoice; match: PostMatch & { isMerged: boolean; post?: StoredPostRef } }) {
  const { updateKey, choice, match } = props;
  const setChoice = useUi((s) => s.setImportChoice);
  if (match.by !== 'content') return null;
  const name = `merge-${updateKey}`;
  const answer = (isMerged: boolean) => setChoice(updateKey, { ...choice, merge: { storedId: match.storedId, isMerged } });
  return (
    <fieldset className="post-match">
      <legend>
        Same as {storedPostLabel(match.post)} — {percent(match.score)} identical
      </legend>
      <label className="check">
        <input type="radio" name={name} checked={match.isMerged} onChange={() => answer(true)} /> Merge with it
      </label>
      <label className="check">
        <input type="radio" name={name} checked={!match.isMerged} onChange={() => answer(false)} /> Keep apart
      </label>
    </fieldset>
  );
}
