/**
 * What a parsed post or thread must fit before it goes further (issue 20): the limits of
 * the rows it becomes, checked with those rows' own schemas (shared/model/rows.ts, the ones
 * a restore uses), so a file that cannot be stored is refused at the parse step — in the
 * app's preview and in the CLI alike — with a sentence naming the file, the post, the field
 * and the limit, not a validator's JSON at the write.
 *
 * Only what cannot be repaired is refused here: a post's text over 1,000,000 characters
 * (cutting it would import a different post), a heading over 1,000, a date outside the years
 * 0000–9999. Titles, author names and links over their limits are cut or left out where the
 * rows are built (shared/import/post-rows.ts); an item's text and entities where items are
 * (shared/import/bounded-item.ts).
 */
import { threadRow, updateRow } from '../model/rows';
import { issueInWords } from '../errors/zod-words';
import { postLabel } from './html/flattened-posts';
import { ImportError } from './errors';
import type { ParsedUpdate, SourceParse } from './types';

const postFields = updateRow.pick({ raw: true, postedAt: true, editedAt: true });
const threadFields = threadRow.pick({ createdAt: true });
const sectionFields = updateRow.pick({ sections: true });

function refuse(fileName: string, where: string, issue: Parameters<typeof issueInWords>[0], row: unknown): never {
  throw new ImportError('over-limit', fileName, `${issueInWords(issue, row)}.`, where);
}

/** Throws an ImportError for the first post or thread of one file that no row could hold. */
export function checkSourceLimits(parsed: SourceParse, fileName: string): void {
  for (const thread of parsed.threads) {
    const row = { createdAt: thread.createdAt };
    const result = threadFields.safeParse(row);
    const issue = result.success ? undefined : result.error.issues[0];
    if (issue) refuse(fileName, thread.topicId === undefined ? 'its thread' : `topic ${thread.topicId}`, issue, row);
  }
  parsed.posts.forEach((post, i) => {
    const row = { raw: post.raw, postedAt: post.postedAt, editedAt: post.editedAt };
    const result = postFields.safeParse(row);
    const issue = result.success ? undefined : result.error.issues[0];
    if (issue) refuse(fileName, postLabel(post.postNumber, post.postId, i), issue, row);
  });
}

/** Throws an ImportError for the first update whose sections no row could hold (a heading over 1,000 characters). */
export function checkUpdateLimits(updates: readonly ParsedUpdate[]): void {
  const seen = new Map<string, number>(); // position of each update within its file
  for (const update of updates) {
    const position = seen.get(update.fileName) ?? 0;
    seen.set(update.fileName, position + 1);
    const row = { sections: update.sections };
    const result = sectionFields.safeParse(row);
    const issue = result.success ? undefined : result.error.issues[0];
    if (issue) refuse(update.fileName, postLabel(update.postNumber, update.postId, position), issue, row);
  }
}
