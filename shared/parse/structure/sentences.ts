/**
 * Where a paragraph's ask starts and ends (issue 15). A paragraph that mixes an ask with
 * status is split so the ask is an item of its own, titled by what it asks:
 * - the sentences before the first asking sentence are their own item (the context: "We have
 *   members … experiencing burn out. It would be beneficial … if we could fund 1-1.5 persons.");
 * - an ask runs on over the sentences after it that elaborate it ("I don't have a solid
 *   estimate …"), up to one that turns to other matters ("Everything else has been going
 *   smoothly …", "Otherwise …"), which starts a non-asking item.
 * Offsets are into the text given, so the caller can keep each part's span in the post.
 */
import { isAskText } from './asks';

/** One part of a paragraph: [start, end) offsets and whether it asks. */
export type AskRun = { start: number; end: number; isAsk: boolean };

/** Sentence end, optional closing quotes/brackets, then whitespace before the next sentence. */
const BOUNDARY = /[.!?]+["'\u201d\u2019)\]]*(?=\s+\S)/g;
/** A next sentence starts with a capital, a mention, code, a quote or a bracket. */
const NEXT_START = /[\p{Lu}@`"\u201c(*[]/u;
/** Words whose full stop ends no sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|esp|incl|resp|no|nr|dr|mr|mrs|ms|st|ca|[\p{L}])$/iu;
/** A sentence that turns from the ask to other matters. */
const TURN = /^(?:everything else|otherwise|other than that|apart from that|aside from that|besides(?: that| this)?|beyond that|in other news|on another note|separately|overall|unrelated)\b/i;

/** [start, end) offsets of the sentences of `text`, trimmed. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = text.length - text.trimStart().length;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    const next = end + ((/\S/.exec(text.slice(end))?.index) ?? 0);
    if (!NEXT_START.test(text.charAt(next)) || ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    spans.push([start, end]);
    start = next;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push([start, last]);
  return spans;
}

/**
 * The asking and non-asking parts of a paragraph, in order (rules in the module comment).
 * One part when the paragraph has a single sentence or all its sentences agree.
 */
export function askRuns(text: string): AskRun[] {
  const spans = sentenceSpans(text);
  if (spans.length < 2) return [{ start: spans[0]?.[0] ?? 0, end: spans[0]?.[1] ?? text.length, isAsk: isAskText(text) }];
  const runs: AskRun[] = [];
  for (const [start, end] of spans) {
    const sentence = text.slice(start, end);
    const asks = isAskText(sentence);
    const current = runs[runs.length - 1];
    const continues = current !== undefined && (current.isAsk ? asks || !TURN.test(sentence) : !asks);
    if (current && continues) current.end = end;
    else runs.push({ start, end, isAsk: asks });
  }
  return runs;
}
