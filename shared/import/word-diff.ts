/**
 * What changed in an edited post, word by word, for the import preview (issue 14, "The
 * preview is exact"): the preview says a post is `edited`; this says which words.
 *
 * Built on jsdiff's `diffWords` rather than `diffWordsWithSpace`: the same post arrives in
 * forms that space it differently (topic JSON keeps a trailing blank line that /raw and the
 * CSV trim, a browser copy re-wraps lines), and `diffWords` matches words and punctuation
 * ignoring the space between them (keeping the new text's spacing in the output), so a
 * re-wrapped paragraph shows as unchanged instead of as a run of changed spaces.
 *
 * Bounded by MAX_EDIT_LENGTH so that the preview never freezes on a long post (below).
 * Pure: no DOM, no Node.
 */
import { diffWords } from 'diff';

/** A run of the diff: text both versions have, or text only the new (`added`) or the stored (`removed`) one has. */
export type ChangePart = { kind: 'same' | 'added' | 'removed'; text: string };

/** A run of unchanged text left out for display (`collapseUnchanged`), of `words` words (`countWords`). */
export type GapPart = { kind: 'gap'; words: number };

/** A part as shown: a run of the diff, or an unchanged run left out. */
export type DiffPart = ChangePart | GapPart;

/**
 * Most words and punctuation marks added plus removed that the diff looks for before giving
 * up. jsdiff's Myers diff takes time that grows with the post's length times the edit
 * length. Measured on a 50,000-word post (≈290,000 characters; Node 20, 2 cores): a 1 % edit
 * (≈750 words) takes 0.14 s; a 5 % edit takes 3.1 s unbounded — a frozen preview — and
 * gives up after 0.27 s with this limit (0.9 s at 2,000, 0.1 s at 500, which already fails
 * the 1 % edit). A 15,000-word post (≈100,000 characters) gives up after 0.2 s. A limit
 * rather than jsdiff's `timeout` so that a post gets the same answer on every machine.
 */
export const MAX_EDIT_LENGTH = 1000;

/** The summary when the texts differ by more than MAX_EDIT_LENGTH. */
export const TOO_DIFFERENT = 'text changed (too different to show word by word)';

/**
 * The word diff from `before` (the stored text) to `after` (the parsed one), or undefined
 * when they differ by more than `maxEditLength` words and marks (show TOO_DIFFERENT).
 * Identical texts give one `same` part (none for two empty texts).
 */
export function wordDiff(before: string, after: string, maxEditLength: number = MAX_EDIT_LENGTH): ChangePart[] | undefined {
  // Tokenizing a long post costs ~0.1 s even when nothing changed: skip it.
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  const changes = diffWords(before, after, { maxEditLength });
  return changes?.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

const WORD = /\S+/g;
// A word, for counting changes, has a letter or a digit: a changed comma or `**` is not a word.
const HAS_LETTER = /[\p{L}\p{N}]/u;

/** How many words `text` has (runs without space that hold a letter or digit). */
export function countWords(text: string): number {
  return (text.match(WORD) ?? []).filter((w) => HAS_LETTER.test(w)).length;
}

/** Words added and removed by `parts`, and whether anything else (punctuation, markup) changed. */
export function diffCounts(parts: readonly DiffPart[]): { added: number; removed: number; hasChanges: boolean } {
  let added = 0;
  let removed = 0;
  let hasChanges = false;
  for (const p of parts) {
    if (p.kind === 'added') added += countWords(p.text);
    if (p.kind === 'removed') removed += countWords(p.text);
    if (p.kind === 'added' || p.kind === 'removed') hasChanges = true;
  }
  return { added, removed, hasChanges };
}

const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;

/**
 * "12 words added, 3 removed", "1 word added", "3 words removed"; "only punctuation or
 * formatting changed" when no word did, "no words changed" when nothing did (only spacing:
 * see the module comment), TOO_DIFFERENT for undefined.
 */
export function diffSummary(parts: readonly DiffPart[] | undefined): string {
  if (parts === undefined) return TOO_DIFFERENT;
  const { added, removed, hasChanges } = diffCounts(parts);
  if (added > 0 && removed > 0) return `${words(added)} added, ${removed} removed`;
  if (added > 0) return `${words(added)} added`;
  if (removed > 0) return `${words(removed)} removed`;
  return hasChanges ? 'only punctuation or formatting changed' : 'no words changed';
}

/** Words of context kept each side of a change. */
export const CONTEXT_WORDS = 5;
/** Fewest words an ellipsis leaves out: a shorter run reads faster than the ellipsis would. */
export const MIN_GAP_WORDS = 10;

/**
 * `parts` for display: each unchanged run keeps `context` words next to the changes on
 * either side (none before the first change or after the last), and what lies between
 * becomes a `gap` part counting the words left out, if that is at least MIN_GAP_WORDS.
 * Changed runs are kept whole.
 */
export function collapseUnchanged(parts: readonly ChangePart[], context: number = CONTEXT_WORDS): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((p, i) => {
    if (p.kind !== 'same') {
      out.push(p);
      return;
    }
    const spans = [...p.text.matchAll(WORD)].map((m) => m.index);
    const head = i > 0 ? context : 0;
    const tail = i < parts.length - 1 ? context : 0;
    if (spans.length - head - tail < MIN_GAP_WORDS) {
      out.push(p);
      return;
    }
    // The head keeps the space after its last word; the tail starts at its first word.
    const headEnd = spans[head]!;
    const tailStart = tail > 0 ? spans[spans.length - tail]! : p.text.length;
    if (head > 0) out.push({ kind: 'same', text: p.text.slice(0, headEnd) });
    out.push({ kind: 'gap', words: countWords(p.text.slice(headEnd, tailStart)) });
    if (tail > 0) out.push({ kind: 'same', text: p.text.slice(tailStart) });
  });
  return out;
}
