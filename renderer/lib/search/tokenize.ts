/**
 * One tokenizer for indexing, querying and highlighting, so that what the search found is
 * exactly what gets marked. Terms are lower case without accents ("Zürich" → "zurich");
 * offsets point into the original text.
 */

export type Token = { term: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
// ASCII words are by far the common case; skip the (costly) Unicode normalisation for them.
const ASCII = /^[\x00-\x7f]*$/;

/** The search form of one word. */
export function normalizeTerm(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFKD').replace(MARKS, '');
}

/** Every word of `text` with its offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ term: normalizeTerm(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The distinct terms of `text`, in order of first appearance. */
export function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) out.add(normalizeTerm(m[0]));
  return [...out];
}

const ASCII_WORD = /[a-z0-9]+/g;

/**
 * Calls `fn` with the search form of every word of `text` (repeats included). The indexing
 * hot path: ASCII text is lower-cased once and split with a plain regex; anything else takes
 * the per-word route of `tokenize`, so both give the same terms.
 */
export function forEachTerm(text: string, fn: (term: string) => void): void {
  const lower = text.toLowerCase();
  if (!ASCII.test(lower)) {
    for (const m of text.matchAll(WORD)) fn(normalizeTerm(m[0]));
    return;
  }
  ASCII_WORD.lastIndex = 0;
  for (let m = ASCII_WORD.exec(lower); m !== null; m = ASCII_WORD.exec(lower)) fn(m[0]);
}
