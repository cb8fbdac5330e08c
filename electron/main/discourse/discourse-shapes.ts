/**
 * The little of Discourse's JSON the fetcher itself relies on (DISCOURSE-FORMATS.md §1–§2):
 * enough to tell a forum from another site and to plan the batches. Everything else is
 * kept byte for byte in the returned files and read by the app's importer.
 */
import { z } from 'zod';
import { FetchError } from './fetch-error';

const positiveInt = z.number().int().positive();
const post = z.looseObject({ id: positiveInt, post_number: positiveInt, topic_id: positiveInt.optional() });

const topicJson = z.looseObject({
  id: positiveInt,
  title: z.string().max(10_000),
  post_stream: z.looseObject({ posts: z.array(post), stream: z.array(positiveInt) }),
});

const postsJson = z.looseObject({ post_stream: z.looseObject({ posts: z.array(post) }) });

/** What the fetcher needs from `/t/{id}.json`. */
export interface TopicPlan {
  topicId: number;
  title: string;
  /** Every visible post id, in topic order, without repeats. */
  stream: number[];
  /** Ids of the posts the topic JSON already carried. */
  included: number[];
}

/** Read the topic JSON; a JSON answer without `post_stream` is not a Discourse topic. */
export function readTopic(value: unknown, host: string): TopicPlan {
  requirePostStream(value, host);
  const parsed = topicJson.safeParse(value);
  if (!parsed.success) throw malformed(host, parsed.error);
  const { id, title, post_stream: stream } = parsed.data;
  checkTopicIds(stream.posts, id, host);
  return { topicId: id, title, stream: [...new Set(stream.stream)], included: stream.posts.map((p) => p.id) };
}

/** Read one posts.json batch and return the ids of the posts it carried. */
export function readPostsBatch(value: unknown, topicId: number, host: string): number[] {
  requirePostStream(value, host);
  const parsed = postsJson.safeParse(value);
  if (!parsed.success) throw malformed(host, parsed.error);
  checkTopicIds(parsed.data.post_stream.posts, topicId, host);
  return parsed.data.post_stream.posts.map((p) => p.id);
}

function requirePostStream(value: unknown, host: string): void {
  if (typeof value !== 'object' || value === null || !('post_stream' in value)) {
    throw new FetchError('not-discourse', `${host} answered, but not with a Discourse topic (no post_stream). Check that the address is a topic on a Discourse forum.`);
  }
}

function checkTopicIds(posts: readonly { topic_id?: number | undefined }[], topicId: number, host: string): void {
  if (posts.some((p) => p.topic_id !== undefined && p.topic_id !== topicId)) {
    throw new FetchError('malformed', `${host} sent posts of another topic than ${topicId}; nothing was imported.`);
  }
}

function malformed(host: string, error: z.ZodError): FetchError {
  const issue = error.issues[0];
  const where = issue ? issue.path.join('.') || 'the top level' : 'the answer';
  return new FetchError('malformed', `${host} sent a topic Steering Desk cannot read (unexpected ${where}); nothing was imported.`);
}
