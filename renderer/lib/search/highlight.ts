/**
 * Where to mark a search's matches in a text, using the same tokenizer as the index, so
 * that exactly the words that made an item match are highlighted.
 */
import { tokenize } from './tokenize';

export type MatchTerms = { prefixes: readonly string[]; corrections: readonly string[] };

/** `[start, end)` ranges of the words of `text` that match, in order, not overlapping. */
export function matchRanges(text: string, match: MatchTerms | null): [number, number][] {
  if (!match || (match.prefixes.length === 0 && match.corrections.length === 0)) return [];
  const exact = new Set(match.corrections);
  const out: [number, number][] = [];
  for (const t of tokenize(text)) {
    const hit = exact.has(t.term) || match.prefixes.some((p) => (p.length >= 2 ? t.term.startsWith(p) : t.term === p));
    if (hit) out.push([t.start, t.end]);
  }
  return out;
}

/** `text` cut into plain and marked pieces along `ranges`. */
export function splitByRanges(text: string, ranges: readonly [number, number][]): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}
