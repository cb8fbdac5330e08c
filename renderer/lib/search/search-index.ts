/**
 * The full-text index behind the Items search (issue 4): as-you-type prefix search with a
 * typo-tolerant fallback, over a few weighted fields per document.
 *
 * Why not FlexSearch or MiniSearch directly: at 20,000 items FlexSearch's prefix
 * ("forward") index takes ~3 s to build and MiniSearch's prefix queries reach a p95 of
 * ~40 ms (PERFORMANCE-FLOORS.md §3.4); the issue asks for ≤ 1 s and ≤ 5 ms. A sorted
 * vocabulary with postings gives both: a prefix is a binary search plus a walk over the
 * matching terms, and building is one pass over the words. Words that match nothing are
 * retried with an edit distance of 1–2 (see edit-distance.ts). `npm run bench -- triage`
 * compares this with the bare libraries in the same run.
 *
 * Updates are incremental (`sync`): a document whose text did not change is skipped, a
 * changed one gets a new slot and the old slot is marked dead; postings of dead slots are
 * dropped once they make up a quarter of the index.
 */
import { allowedEdits, withinDistance } from './edit-distance';
import { forEachTerm, termsOf } from './tokenize';

export type SearchDoc<Id extends string> = { id: Id; fields: readonly string[] };

export type SearchResult<Id extends string> = {
  /** Best first, at most `limit`. */
  ids: Id[];
  /** How many documents matched before the cap. */
  total: number;
  /** Query words as typed (normalised): mark words that start with one of them. */
  prefixes: string[];
  /** Vocabulary words found by typo tolerance: mark words equal to one of them. */
  corrections: string[];
};

type Posting = { slots: number[]; weights: number[] };

/** Prefixes shorter than this match whole words only: "m" would otherwise match half the vocabulary. */
const MIN_PREFIX = 2;
const MAX_QUERY_WORDS = 32;

export class SearchIndex<Id extends string> {
  private readonly postings = new Map<string, Posting>();
  private vocabulary: string[] | null = null;
  private slots: (Id | null)[] = [];
  private slotKeys: string[] = [];
  private slotSizes: number[] = [];
  private readonly slotOf = new Map<Id, number>();
  private livePostings = 0;
  private deadPostings = 0;
  private scratch = new Float64Array(0);
  private total = new Float64Array(0);
  private hits = new Uint8Array(0);

  /** `weights[i]` is how much a match in field i counts (e.g. text 1, notes 0.7). */
  constructor(private readonly weights: readonly number[]) {}

  /** Number of documents in the index. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Makes the index hold exactly `docs`; returns whether anything changed. */
  sync(docs: Iterable<SearchDoc<Id>>): boolean {
    const seen = new Set<Id>();
    let changed = false;
    for (const doc of docs) {
      seen.add(doc.id);
      const key = doc.fields.join('\u0001');
      const slot = this.slotOf.get(doc.id);
      if (slot !== undefined && this.slotKeys[slot] === key) continue;
      if (slot !== undefined) this.kill(slot);
      this.insert(doc, key);
      changed = true;
    }
    for (const id of [...this.slotOf.keys()]) {
      if (seen.has(id)) continue;
      this.kill(this.slotOf.get(id)!);
      changed = true;
    }
    if (this.deadPostings > 1000 && this.deadPostings * 4 > this.livePostings) this.compact();
    return changed;
  }

  /** Adds or replaces one document. */
  upsert(doc: SearchDoc<Id>): void {
    const slot = this.slotOf.get(doc.id);
    if (slot !== undefined) this.kill(slot);
    this.insert(doc, doc.fields.join('\u0001'));
  }

  /** Removes a document. */
  remove(id: Id): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.kill(slot);
  }

  /**
   * Documents containing every query word (as a word prefix, or within a small edit distance
   * when nothing starts with it), best first: exact words beat prefixes, rare words beat
   * common ones, heavier fields beat lighter ones. Only documents `accept` lets through are
   * ranked (the view's filters). An empty query returns null.
   */
  search(query: string, opts: { limit?: number; accept?: (id: Id) => boolean } = {}): SearchResult<Id> | null {
    const { limit = 200, accept } = opts;
    // Per-document hit counts are bytes; a pasted paragraph is cut to its first words.
    const words = termsOf(query).slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return null;
    const vocab = this.sortedVocabulary();
    const n = this.slots.length;
    this.ensureBuffers(n);
    const { scratch, total, hits } = this;
    total.fill(0, 0, n);
    hits.fill(0, 0, n);
    const docCount = Math.max(1, this.slotOf.size);
    const corrections: string[] = [];

    for (const word of words) {
      const touched: number[] = [];
      const addTerm = (term: string, factor: number) => {
        const posting = this.postings.get(term)!;
        const idf = Math.log(1 + docCount / posting.slots.length);
        const { slots, weights } = posting;
        for (let k = 0; k < slots.length; k++) {
          const s = slots[k]!;
          if (this.slots[s] === null) continue;
          const v = weights[k]! * factor * idf;
          if (scratch[s] === 0) touched.push(s);
          if (v > scratch[s]!) scratch[s] = v;
        }
      };
      let found = false;
      if (word.length < MIN_PREFIX) {
        if (this.postings.has(word)) {
          addTerm(word, 1);
          found = true;
        }
      } else {
        for (let i = lowerBound(vocab, word); i < vocab.length && vocab[i]!.startsWith(word); i++) {
          const term = vocab[i]!;
          // A prefix counts for less the more of the word it leaves out.
          addTerm(term, term === word ? 1 : 0.5 + (0.4 * word.length) / term.length);
          found = true;
        }
      }
      if (!found) {
        const edits = allowedEdits(word.length);
        if (edits > 0) {
          for (const term of vocab) {
            if (withinDistance(word, term, edits)) {
              addTerm(term, 0.4);
              corrections.push(term);
            }
          }
        }
      }
      for (const s of touched) {
        total[s] = total[s]! + scratch[s]!;
        hits[s] = hits[s]! + 1;
        scratch[s] = 0;
      }
    }

    const need = words.length;
    const matched: number[] = [];
    for (let s = 0; s < n; s++) if (hits[s] === need && (accept === undefined || accept(this.slots[s]!))) matched.push(s);
    const top = topSlots(matched, total, limit);
    return { ids: top.map((s) => this.slots[s]!), total: matched.length, prefixes: words, corrections };
  }

  private insert(doc: SearchDoc<Id>, key: string): void {
    const slot = this.slots.length;
    this.slots.push(doc.id);
    this.slotKeys.push(key);
    this.slotOf.set(doc.id, slot);
    let size = 0;
    doc.fields.forEach((text, f) => {
      const w = this.weights[f] ?? 1;
      forEachTerm(text, (term) => {
        let posting = this.postings.get(term);
        if (!posting) {
          posting = { slots: [], weights: [] };
          this.postings.set(term, posting);
          this.vocabulary = null;
        }
        const last = posting.slots.length - 1;
        // A word seen again in this document keeps its best field weight (one posting per document).
        if (last >= 0 && posting.slots[last] === slot) {
          if (posting.weights[last]! < w) posting.weights[last] = w;
          return;
        }
        posting.slots.push(slot);
        posting.weights.push(w);
        size++;
      });
    });
    this.slotSizes.push(size);
    this.livePostings += size;
  }

  private kill(slot: number): void {
    const id = this.slots[slot];
    if (id === null || id === undefined) return;
    this.slots[slot] = null;
    this.slotKeys[slot] = '';
    this.slotOf.delete(id);
    this.livePostings -= this.slotSizes[slot]!;
    this.deadPostings += this.slotSizes[slot]!;
  }

  private compact(): void {
    for (const [term, posting] of this.postings) {
      const slots: number[] = [];
      const weights: number[] = [];
      posting.slots.forEach((s, k) => {
        if (this.slots[s] !== null) {
          slots.push(s);
          weights.push(posting.weights[k]!);
        }
      });
      if (slots.length === 0) {
        this.postings.delete(term);
        this.vocabulary = null;
      } else this.postings.set(term, { slots, weights });
    }
    this.deadPostings = 0;
  }

  private sortedVocabulary(): string[] {
    this.vocabulary ??= [...this.postings.keys()].sort();
    return this.vocabulary;
  }

  private ensureBuffers(n: number): void {
    if (this.scratch.length >= n) return;
    const size = Math.max(n, this.scratch.length * 2, 1024);
    this.scratch = new Float64Array(size);
    this.total = new Float64Array(size);
    this.hits = new Uint8Array(size);
  }
}

/** First index of `sorted` whose value is ≥ `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The `limit` best slots by score (ties: older slot first), without sorting every match. */
function topSlots(matched: number[], score: Float64Array, limit: number): number[] {
  const byScore = (a: number, b: number) => score[b]! - score[a]! || a - b;
  if (matched.length <= limit) return matched.sort(byScore);
  // Keep the candidates above a threshold that lets at least `limit` through, then sort those.
  const sample = matched.filter((_, i) => i % Math.ceil(matched.length / 256) === 0).map((s) => score[s]!);
  sample.sort((a, b) => b - a);
  const rank = Math.min(sample.length - 1, Math.ceil((limit / matched.length) * sample.length) + 2);
  const threshold = sample[rank]!;
  const pool = matched.filter((s) => score[s]! >= threshold);
  return (pool.length >= limit ? pool : matched).sort(byScore).slice(0, limit);
}
