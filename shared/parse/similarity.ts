/**
 * Content matching for posts that arrive without an identity (issue 14): text copied from a
 * browser, Markdown files without ids in their front matter. The same post in two forms
 * differs in markup, not in words — a browser copy loses Markdown, link targets, list
 * markers and images; Discourse raw has `[quote]`/`[details]` tags and `upload://` images —
 * so both sides are reduced to their words and compared as word-pair multisets (Dice
 * coefficient). Word pairs rather than single words keep two teams' updates apart even when
 * they share a vocabulary ("Steering Committee", "budget"), and the measure is linear in the
 * text's length, so one pasted post can be held against every stored post of a large topic.
 */
import { normalizeForKey } from './hash';

// Markup whose words a reader never sees, or sees elsewhere (link targets, images, emoji).
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]+\S+.*$/gm;
const BBCODE = /\[\/?(?:quote|details|spoiler|poll|date|wrap|grid)\b[^\]\n]*\]/gi;
const HTML_TAG = /<\/?[a-z][^>\n]*>/gi;
const EMOJI = /(^|\s):[a-z0-9_+-]+:(?=\s|$)/gi;
const ORDERED_MARKER = /^ {0,3}\d{1,9}[.)][ \t]+/gm;

/**
 * The words of a post, as a reader sees them: Markdown, HTML tags, Discourse BBCode, link
 * targets, images, emoji codes and ordered-list numbers removed, then case, punctuation and
 * Unicode forms normalised (`normalizeForKey`). Deterministic and idempotent
 * (`contentFingerprint(contentFingerprint(x)) === contentFingerprint(x)`), plain text, so it
 * can be stored or sent to a worker.
 */
export function contentFingerprint(raw: string): string {
  const text = raw
    .replace(IMAGE, ' ')
    .replace(LINK, ' $1 ')
    .replace(REFERENCE_DEFINITION, ' ')
    .replace(BBCODE, ' ')
    .replace(HTML_TAG, ' ')
    .replace(EMOJI, '$1 ')
    .replace(ORDERED_MARKER, '');
  return normalizeForKey(text);
}

/** Word pairs (single words for a one-word text) with their counts. */
function shingles(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (s: string) => counts.set(s, (counts.get(s) ?? 0) + 1);
  if (words.length === 1) add(words[0] ?? '');
  for (let i = 0; i + 1 < words.length; i++) add(`${words[i]} ${words[i + 1]}`);
  return counts;
}

/**
 * How much two posts say the same thing, 0..1: the Dice coefficient over word-pair
 * multisets of their `contentFingerprint`s (2·shared / (pairs of a + pairs of b)). Takes raw
 * text or fingerprints alike. Symmetric; 1 for texts with the same words in the same order
 * (two empty texts included), 0 when they share no word pair or one is empty.
 * On the sample thread: a post's topic-JSON `raw` against the same post copied from a browser
 * scores ≥ 0.9; two teams' updates score far below 0.5.
 */
export function similarity(a: string, b: string): number {
  const fa = contentFingerprint(a);
  const fb = contentFingerprint(b);
  if (fa === fb) return 1;
  if (fa === '' || fb === '') return 0;
  const sa = shingles(fa.split(' '));
  const sb = shingles(fb.split(' '));
  let shared = 0;
  let total = 0;
  for (const n of sa.values()) total += n;
  for (const [s, n] of sb) {
    total += n;
    shared += Math.min(n, sa.get(s) ?? 0);
  }
  return (2 * shared) / total;
}
