/**
 * The rows an import writes, checked with the schemas a restore uses (shared/model/rows.ts)
 * before anything is written (issue 20: nothing is written that a restore would refuse).
 * Rows are built within their limits (bounded-item.ts), so this is the last guard, not the
 * rule; measured at ~0.5 s for the 76,000 items of the 2,000-post bench topic in Node,
 * against a 15 s write.
 */
import type { z } from 'zod';
import { itemRow, threadRow, updateRow, type ItemRow, type ThreadRow, type UpdateRow } from '../model';

/** A row the import would write that a restore would refuse; the message names the post and the field. */
export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
}

type Described<T> = { row: T; post: string };

/** Row fields in the words of the preview. */
const FIELD_WORDS: [RegExp, string][] = [
  [/^(raw|text)$/, 'text'], [/^title$/, 'title'], [/^author$/, 'author’s name'], [/^url$/, 'link'],
  [/^sections\.\d+\.text$/, 'text of a section'], [/^sections\.\d+\.heading$/, 'section heading'],
  [/^revisions\./, 'earlier text'], [/^entities\.links/, 'link'], [/^entities\.mentions/, '@mention'], [/^entities\.amounts/, 'amount'],
  [/^(postedAt|editedAt|createdAt)$/, 'date'], [/^(id|updateId|threadId|teamId)$/, 'identifier'],
];

const fieldWords = (path: string) => FIELD_WORDS.find(([re]) => re.test(path))?.[1] ?? 'data';

function firstProblem(schema: z.ZodType, row: unknown): string | undefined {
  const result = schema.safeParse(row);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const field = fieldWords(issue?.path.map(String).join('.') ?? '');
  if (issue?.code === 'too_big') return `its ${field} is longer than the ${Number(issue.maximum).toLocaleString('en-US')} characters a workspace holds`;
  if (issue?.code === 'too_small') return `its ${field} is empty`;
  return `its ${field} is not in a form the workspace can hold`;
}

function check<T>(schema: z.ZodType, rows: readonly Described<T>[], what: string): void {
  for (const { row, post } of rows) {
    const problem = firstProblem(schema, row);
    if (problem) throw new ImportWriteError(`${post}: ${what} cannot be stored because ${problem}. Nothing was imported.`);
  }
}

export function checkThreadRows(rows: readonly Described<ThreadRow>[]): void {
  check(threadRow, rows, 'its thread');
}

export function checkUpdateRows(rows: readonly Described<UpdateRow>[]): void {
  check(updateRow, rows, 'the post');
}

export function checkItemRows(rows: readonly Described<ItemRow>[]): void {
  check(itemRow, rows, 'an item of the post');
}

/** "post #4 by @xen_lead in “Community Team Updates”", for a message. */
export function postLabel(post: { postNumber?: number | undefined; author: string }, threadTitle: string | undefined): string {
  const number = post.postNumber === undefined ? 'a post' : `post #${post.postNumber}`;
  const author = post.author && post.author !== 'unknown' ? ` by @${post.author}` : '';
  return `${number.charAt(0).toUpperCase()}${number.slice(1)}${author}${threadTitle ? ` in “${threadTitle.slice(0, 80)}”` : ''}`;
}
