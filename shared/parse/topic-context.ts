/**
 * The topic address a member gives with an import (issue 14: identity from "a URL the member
 * gives") → the topic that files without a topic id of their own belong to. Read the way the
 * URL panel reads it (shared/net/topic-url: `/t/…`, `/t/…/N`, `/raw/N`, `.json`, no scheme
 * needed); because nothing is fetched here, a plain-http or site-relative `/t/…` address is
 * accepted as well.
 */
import { parseTopicUrl as parseAddress } from '../net/topic-url';
import { parseTopicUrl, type TopicContext } from './sources/common';

/** The topic an address names, or undefined when it names none. Never throws. */
export function topicContextOf(address: string): TopicContext | undefined {
  let ref: { topicId: number; origin?: string; slug?: string } | undefined;
  try {
    ref = parseAddress(address);
  } catch {
    ref = parseTopicUrl(address);
  }
  if (!ref) return undefined;
  const topic: TopicContext = { topicId: ref.topicId };
  if (ref.origin !== undefined) topic.origin = ref.origin;
  if (ref.slug !== undefined) topic.slug = ref.slug;
  return topic;
}
