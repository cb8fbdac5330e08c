/**
 * The sample thread (topic 56458) in each form a member can import it in, for the
 * "one thread is one thread" tests (issue 14): whole files, and files holding only some of
 * its posts, in any order. Plus the import as the app does it (preview defaults, then the
 * write) and the member's work on an item, to check that nothing of it is lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { db } from '../../../renderer/db/instance';
import { teamRegistry, writeImport, type ImportOutcome } from '../../../renderer/db/repos/import-repo';
import { planFrom } from '../../../renderer/features/import/actions';
import type { ImportPlan } from '../../../shared/import/plan';
import type { DecisionId, ItemId, ItemRow, MemberId, TagId } from '../../../shared/model';
import { contentFingerprint, DEFAULT_TEAMS, normalizeForKey, parseFiles } from '../../../shared/parse';
import type { InputFile } from '../../../shared/parse/types';

const DIR = join(__dirname, '../../fixtures/import');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const MARKDOWN = readdirSync(join(DIR, 'sample/markdown')).filter((f) => f.endsWith('.md')).sort();

/** The sample thread as each whole form (issue 14's list). */
export const FORMS = {
  'topic JSON': () => [{ name: 'topic-56458.json', text: read('sample/topic-56458.json') }],
  // What the app's forum fetch saves after the first page: /t/56458/posts.json?post_ids[]=… answers, four posts each.
  'posts.json batches': () => {
    const all = jsonPosts();
    return [0, 4, 8].map((start, i) => ({ name: `posts-56458-batch-${i + 1}.json`, text: JSON.stringify({ post_stream: { posts: all.slice(start, start + 4) }, id: 56458 }) }));
  },
  '/raw': () => [{ name: 'raw-56458.txt', text: read('sample/raw-56458.txt') }],
  RSS: () => [{ name: '56458.rss', text: read('sample/56458.rss') }],
  'user_archive.csv': () => [{ name: 'user_archive.csv', text: read('sample/user_archive.csv') }],
  'Markdown files': () => MARKDOWN.map((f) => ({ name: f, text: read(`sample/markdown/${f}`) })),
  'pasted text': () => [{ name: 'community-team-updates-thread.txt', text: read('community-team-updates-thread.txt') }],
} satisfies Record<string, () => InputFile[]>;
export type FormName = keyof typeof FORMS;

type JsonPost = { post_number: number; id: number };
type TopicJson = { post_stream: { posts: JsonPost[]; stream?: number[] } };

const jsonPosts = (): JsonPost[] => [
  ...(JSON.parse(read('sample/topic-56458.json')) as TopicJson).post_stream.posts,
  ...(JSON.parse(read('sample/posts-56458-page2.json')) as TopicJson).post_stream.posts,
];
const rawPosts = () => [...read('sample/raw-56458.txt').split(/\n-{25}\n\n/), ...read('sample/raw-56458-page2.txt').split(/\n-{25}\n\n/)]
  .map((s) => s.trim()).filter((s) => s !== '').map((text) => ({ n: Number(/\| #(\d+)\s*$/m.exec(text)?.[1]), text }));
const rssParts = () => {
  const text = read('sample/56458.rss');
  const items = [...text.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => ({ n: Number(/56458\/(\d+)<\/link>/.exec(m[0])?.[1] ?? 1), text: m[0] }));
  return { head: text.slice(0, text.indexOf('<item>')), tail: text.slice(text.lastIndexOf('</item>') + '</item>'.length), items };
};

/** Every post number of the sample thread, and the canonical fingerprint of each (from its topic JSON). */
export const SAMPLE = (() => {
  const files = [{ name: 'topic-56458.json', text: read('sample/topic-56458.json') }, { name: 'posts-56458-page2.json', text: read('sample/posts-56458-page2.json') }];
  const result = parseFiles(files, { teams: DEFAULT_TEAMS });
  return { numbers: result.updates.map((u) => u.postNumber!), fingerprints: new Map(result.updates.map((u) => [contentFingerprint(u.raw), u.postNumber!])) };
})();

/** Which sample post a text is (by its words), for counting distinct posts across forms. */
export const postNumberOfRaw = (raw: string): number | undefined => SAMPLE.fingerprints.get(contentFingerprint(raw));

/** Forms that can hold any subset of the thread's posts, in any order. */
export const SUBSET_FORMS = {
  'topic JSON': (numbers: number[]): InputFile[] => {
    const all = jsonPosts();
    const posts = numbers.flatMap((n) => all.filter((p) => p.post_number === n));
    const topic = JSON.parse(read('sample/topic-56458.json')) as TopicJson;
    topic.post_stream = { posts, stream: posts.map((p) => p.id) };
    return [{ name: 'topic-56458.json', text: JSON.stringify(topic) }];
  },
  '/raw': (numbers: number[]): InputFile[] => {
    const all = rawPosts();
    return [{ name: 'raw-56458.txt', text: `${numbers.flatMap((n) => all.filter((p) => p.n === n).map((p) => p.text)).join('\n\n-------------------------\n\n')}\n` }];
  },
  RSS: (numbers: number[]): InputFile[] => {
    const { head, tail, items } = rssParts();
    return [{ name: '56458.rss', text: `${head}${numbers.flatMap((n) => items.filter((i) => i.n === n).map((i) => i.text)).join('\n')}${tail}` }];
  },
  'Markdown files': (numbers: number[]): InputFile[] => {
    const files = MARKDOWN.map((f) => ({ name: f, text: read(`sample/markdown/${f}`) }));
    const numberOf = (f: InputFile & { text: string }) => postNumberOfRaw(parseFiles([f], { teams: DEFAULT_TEAMS }).updates[0]!.raw);
    return numbers.flatMap((n) => files.filter((f) => numberOf(f) === n));
  },
};
export type SubsetForm = keyof typeof SUBSET_FORMS;

/** Which post numbers a subset form can hold. */
export function numbersOf(form: SubsetForm): number[] {
  if (form === 'topic JSON') return jsonPosts().map((p) => p.post_number);
  if (form === '/raw') return rawPosts().map((p) => p.n);
  if (form === 'RSS') return rssParts().items.map((i) => i.n);
  return SAMPLE.numbers.filter((n) => SUBSET_FORMS['Markdown files']([n]).length > 0);
}

/** Imports `files` as a member who takes the preview's defaults (after `decide`, if given). */
export async function importAsMember(files: InputFile[], decide?: (plan: ImportPlan) => ImportPlan): Promise<{ outcome: ImportOutcome; plan: ImportPlan }> {
  const result = parseFiles(files, { teams: await teamRegistry() });
  const base = await planFrom(files, result);
  const plan = decide ? decide(base) : base;
  return { outcome: await writeImport(plan), plan };
}

/** Updates and items (not gone) stored. */
export async function storedCounts(): Promise<{ updates: number; items: number }> {
  return { updates: await db.updates.count(), items: await db.items.filter((i) => !i.isGone).count() };
}

/** What a member does to an item: every kind of member field. */
export function memberWork(n: number): Partial<ItemRow> {
  return {
    tagIds: [`t-${n}` as TagId], status: 'triaged', priority: 'high', assigneeIds: [`m-${n}` as MemberId], seenBy: ['m-tom' as MemberId],
    notes: [{ id: `n-${n}`, text: `note ${n}`, by: 'm-tom', at: '2024-12-02T10:00:00.000Z', shareable: false }], decisionIds: [`d-${n}` as DecisionId],
  };
}

/** Does the member's work to the item and returns its id. */
export async function doMemberWork(id: ItemId, n: number, opts: { confidential?: boolean } = {}): Promise<void> {
  await db.items.update(id, { ...memberWork(n), ...(opts.confidential ? { confidential: true } : {}) });
}

/** Items that have the text of a confidential item and are not flagged (must be none). */
export async function unflaggedTwins(): Promise<ItemRow[]> {
  const items = await db.items.toArray();
  const secret = new Set(items.filter((i) => i.confidential).map((i) => normalizeForKey(i.text)));
  return items.filter((i) => !i.confidential && secret.has(normalizeForKey(i.text)));
}
