/**
 * One file that holds the same Discourse post id twice (issue 20: accepted without a word).
 * A Discourse export lists each post once, so a repeated id means the file was edited or
 * two exports were joined. Copies that say the same thing are merged with a warning; copies
 * that differ are refused, naming the file and the id — which one is the post is a guess
 * the importer does not make. Posts of different files that share an id are not this
 * check's business: build/merge.ts merges those (the newer revision wins).
 */
import { ImportError } from '../errors';
import type { ParseWarning, SourceParse, SourcePost } from '../types';

/** The fields that make two copies the same post. */
const sameContent = (a: SourcePost, b: SourcePost) =>
  a.raw === b.raw && a.author === b.author && a.threadKey === b.threadKey && a.postNumber === b.postNumber && a.postedAt === b.postedAt && a.editedAt === b.editedAt;

const where = (p: SourcePost) => (p.postNumber === undefined ? 'without a post number' : `as post #${p.postNumber}`);

/**
 * `parsed` with repeated identical posts merged (one warning per file), or an ImportError
 * naming the first post id whose copies differ.
 */
export function mergeDuplicatePosts(parsed: SourceParse, fileName: string): SourceParse {
  const firstById = new Map<number, SourcePost>();
  const merged = new Map<number, number>(); // id → extra identical copies dropped
  const posts: SourcePost[] = [];
  for (const post of parsed.posts) {
    const id = post.postId;
    const first = id === undefined ? undefined : firstById.get(id);
    if (id === undefined || first === undefined) {
      if (id !== undefined) firstById.set(id, post);
      posts.push(post);
      continue;
    }
    if (!sameContent(first, post)) {
      const how = first.postNumber === post.postNumber ? `${where(first)}, with different text` : `(${where(first)} and ${where(post)})`;
      throw new ImportError(
        'duplicate-post',
        fileName,
        `post id ${id} appears twice ${how}; a forum export lists each post once, so the file was probably edited or two exports were joined. Import the exports as separate files.`,
      );
    }
    merged.set(id, (merged.get(id) ?? 0) + 1);
  }
  if (merged.size === 0) return parsed;
  const ids = [...merged.keys()];
  const warning: ParseWarning = {
    fileName,
    code: 'duplicate-post',
    message: `${fileName}: ${ids.length === 1 ? `post id ${ids[0]} appears` : `${ids.length} post ids (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}) appear`} more than once with the same content; each was imported once.`,
  };
  return { ...parsed, posts, warnings: [...parsed.warnings, warning] };
}
