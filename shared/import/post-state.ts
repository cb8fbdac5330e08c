/**
 * What writing a parsed post will do to its stored row: the one rule shared by the import
 * write (renderer/db/repos/import-repo.ts) and the import preview, so that the preview says
 * exactly what the write does ("8 of 9 posts will be imported" then "0 new updates" was the
 * bug). Which stored row a post is, is decided before, by shared/import/post-identity.ts.
 *
 * A post is edited when its words changed; the same words in a poorer rendering (a browser
 * copy of a post stored from its Markdown) are the same text, never an edit (issue 14: the
 * copy must not replace the Markdown nor add a revision). It is enriched when the form it
 * came in fills what the stored row lacks — dates, ids, link, author, or Markdown for a row
 * stored from a browser copy — without overwriting anything the row has (`fillsOf`); and
 * moved when the member put it under another team than the one it is stored under — the
 * write then moves the post and its items there (issue 13).
 */
import { contentFingerprint } from '../parse/similarity';
import type { SourceKind } from '../model';

/**
 * new: not stored yet; unchanged: stored with the same text, under the same team, and this
 * form adds nothing; enriched: the same, but this form fills fields the row lacks; edited:
 * stored, text changed since (it may move too, see `isMove`); moved: stored with the same
 * text, going to another team (filling what it lacks too).
 */
export type PostState = 'new' | 'unchanged' | 'enriched' | 'edited' | 'moved';

/** What the rule needs of a stored post. */
export type StoredPost = {
  raw: string; teamId: string | null; author?: string;
  postId?: number; postNumber?: number; postedAt?: string; editedAt?: string; url?: string;
};

/** What the rule needs of a parsed post. */
export type PostFields = {
  raw: string; author?: string; sourceKind?: SourceKind;
  postId?: number; postNumber?: number; postedAt?: string; editedAt?: string; url?: string;
};

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

// Forms whose text is a rendering of the post rather than its Markdown: a browser copy, and
// RSS (cooked HTML converted back). Their text never replaces a stored post's.
const LOSSY: ReadonlySet<SourceKind> = new Set<SourceKind>(['plain-text', 'discourse-rss']);
const MARKUP = /^ {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>)|\]\(|`|\*\*/gm;
const markup = (raw: string) => raw.match(MARKUP)?.length ?? 0;

/**
 * How the parsed text relates to the stored one: 'same' (the same raw up to surrounding
 * blank space, or the same words in a poorer rendering: the stored raw stays), 'richer' (the same words, and the parsed form is
 * Markdown with more markup than the stored rendering: it replaces it, without a revision),
 * or 'changed' (an edit).
 */
export function textRelation(stored: Pick<StoredPost, 'raw'>, post: Pick<PostFields, 'raw' | 'sourceKind'>): 'same' | 'richer' | 'changed' {
  if (stored.raw === post.raw) return 'same';
  if (contentFingerprint(stored.raw) !== contentFingerprint(post.raw)) return 'changed';
  // /raw/ and the CSV trim what topic JSON keeps (a trailing blank line): not an edit.
  if (stored.raw.trim() === post.raw.trim()) return 'same';
  if (post.sourceKind !== undefined && LOSSY.has(post.sourceKind)) return 'same';
  return markup(post.raw) > markup(stored.raw) ? 'richer' : 'changed';
}

const isKnownAuthor = (a: string | undefined): a is string => a !== undefined && a !== '' && a !== 'unknown';

/**
 * The fields `post` fills on `stored` (values as written), never overwriting one the row has.
 * An edit time is taken only from a form that also knows the creation time, or onto a row
 * without dates (a /raw/ header's only date may be the creation time, parse/types.ts), and
 * only when it is later than the creation time.
 */
export function fillsOf(stored: StoredPost, post: PostFields): Partial<Pick<StoredPost, 'author' | 'postId' | 'postNumber' | 'postedAt' | 'editedAt' | 'url'>> {
  const out: ReturnType<typeof fillsOf> = {};
  if (!isKnownAuthor(stored.author) && isKnownAuthor(post.author)) out.author = post.author;
  if (stored.postId === undefined && post.postId !== undefined) out.postId = post.postId;
  if (stored.postNumber === undefined && post.postNumber !== undefined) out.postNumber = post.postNumber;
  if (stored.postedAt === undefined && post.postedAt !== undefined) out.postedAt = post.postedAt;
  const postedAt = stored.postedAt ?? out.postedAt;
  const editedAt = post.editedAt;
  if (stored.editedAt === undefined && editedAt !== undefined && (post.postedAt !== undefined || stored.postedAt === undefined) && (postedAt === undefined || editedAt > postedAt)) {
    out.editedAt = editedAt;
  }
  if (stored.url === undefined && post.url !== undefined) out.url = post.url;
  return out;
}

/** How the write treats `post` going to `target`, given its stored row (or none). */
export function postState(stored: StoredPost | undefined, post: PostFields, target: TeamTarget): PostState {
  if (!stored) return 'new';
  const text = textRelation(stored, post);
  if (text === 'changed') return 'edited';
  if (isMove(stored, target)) return 'moved';
  return text === 'richer' || Object.keys(fillsOf(stored, post)).length > 0 ? 'enriched' : 'unchanged';
}
