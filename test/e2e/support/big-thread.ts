/**
 * The large thread the crash tests of SECURITY.md check 37 import (and kill the app while
 * it is being written): 1,000 status updates shaped like the SC's real threads, from the
 * one deterministic generator the benchmarks and load tests use (bench/topic-generator.ts),
 * so every run writes the same rows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTopic, TYPICAL_POSTS } from '../../../bench/topic-generator';

const TOPIC_ID = 3700;

/** The topic JSON text (`GET /t/{id}.json` shape, with `raw`) of `posts` status updates. */
export function bigThreadJson(posts = 1000, seed = 37): string {
  return makeTopic(posts, seed, { size: TYPICAL_POSTS, topicId: TOPIC_ID, title: 'Community Team Updates (load test)' }).json;
}

/** Writes the topic JSON as `<dir>/big-thread-3700.json` and returns its path. */
export function writeBigThread(dir: string, posts = 1000): string {
  const path = join(dir, `big-thread-${TOPIC_ID}.json`);
  writeFileSync(path, bigThreadJson(posts));
  return path;
}
