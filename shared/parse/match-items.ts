/**
 * Re-import of an edited post (issue 3): the SC's tags and notes live on items, so the
 * items of the new revision are matched to the stored ones by content, not by position.
 * Equal content keys match first; then a reworded item matches the most similar unmatched
 * old item when enough of its words are shared.
 */
import { normalizeForKey } from './hash';

/** An item as stored: its content key and text. */
export type StoredItem = { key: string; text: string };

/** Share of words two items must have in common (Jaccard) to be the same item reworded. */
export const REWORD_SIMILARITY = 0.6;

function words(text: string): Set<string> {
  return new Set(normalizeForKey(text).split(' ').filter((w) => w.length > 1));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Map each new item's key to the key of the stored item it continues (absent: a new item). */
export function matchItems(previous: StoredItem[], next: StoredItem[]): Map<string, string> {
  const result = new Map<string, string>();
  const free = new Map(previous.map((p) => [p.key, p]));
  const rest: StoredItem[] = [];
  for (const item of next) {
    if (free.has(item.key)) {
      result.set(item.key, item.key);
      free.delete(item.key);
    } else {
      rest.push(item);
    }
  }
  // Nothing left to reword from (always so for a new post): skip the word sets, which cost
  // more than the rest of a large import's row building (bench/load-import.ts).
  if (free.size === 0) return result;
  const pairs: { next: string; prev: string; score: number }[] = [];
  const freeWords = [...free.values()].map((p) => ({ key: p.key, words: words(p.text) }));
  for (const item of rest) {
    const w = words(item.text);
    for (const p of freeWords) {
      const score = jaccard(w, p.words);
      if (score >= REWORD_SIMILARITY) pairs.push({ next: item.key, prev: p.key, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const used = new Set<string>();
  for (const pair of pairs) {
    if (result.has(pair.next) || used.has(pair.prev)) continue;
    result.set(pair.next, pair.prev);
    used.add(pair.prev);
  }
  return result;
}
