/**
 * Short labels taken from longer text: an agenda entry's title from its ask, the title a
 * decision form proposes for the ask it decides.
 *
 * What the SC publishes is never cut mid-word ("…get Ni…", "We only ne…"). A label is the
 * first whole sentence of the text. Only when that sentence is longer than `maxLength` is
 * it shortened: to its longest leading clause that fits (cut after `,` `;` `:` or before a
 * dash), else after the last whole word that fits — and then it ends with "…" so that a
 * reader knows there is more. Text that has no honest place to cut (one long URL) is kept
 * whole even when it is longer. Exports print the full text beneath a label that does not
 * cover it (see {@link labelCoversText}).
 */

/** Options of {@link shortLabel}. */
export interface ShortLabelOptions {
  /** Longest label before a sentence is shortened; 160 characters (the agenda's old limit) by default. */
  maxLength?: number;
}

const DEFAULT_MAX = 160;
const ELLIPSIS = '…';

/** Words that end in a period without ending the sentence (lower case, inner periods kept). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'approx', 'incl', 'excl', 'esp', 'resp', 'viz', 'al', 'ca', 'fig', 'nr', 'vol',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'jr', 'sr', 'inc', 'ltd', 'corp', 'dept',
  'z.b', 'd.h', 'u.a', 'bzw', 'usw', 'ggf', 'inkl', 'evtl', 'sog', 'vgl',
]);
// Not listed: "no", "min", "co" — "Our answer is no." ends a sentence far more often than
// "No. 5" starts one (that case is caught by the digit that follows).

/** Scripts written without spaces between words: a cut may fall between any two of their words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Sentence ends that need no space after them (CJK full stops). */
const WIDE_TERMINATOR = /[。！？]/u;
const TERMINATOR = /[.!?…。！？؟।]/u;
const CLOSER = /["'”’»)\]}」』）]/u;
/** Punctuation a label must not end on before "…" or at its end. */
const TRAILING_MESS = /[\s,;:，、；：\-–—(“‘«「『（]+$/u;

/** Whitespace collapsed; paragraph breaks and list items kept as `\n` (they end a sentence). */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/)
    .map((block) => dropMarkers(block.replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .join('\n');
}

/** A block without the Markdown heading, quote or list markers it starts with (`- > ## text`). */
function dropMarkers(block: string): string {
  const marker = /^(?:#{1,6} |> |[-*+] |\d+[.)] )/;
  let out = block;
  while (marker.test(out)) out = out.replace(marker, '');
  return out;
}

/** The word that ends just before `at` (a period), lower-cased, without opening brackets. */
function wordBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(' ', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  return text.slice(start, at).replace(/^[("'“‘«[]+/u, '').toLowerCase();
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Whether terminators `text[from, run)`, with closing quotes up to `to`, end a sentence. */
function endsSentence(text: string, from: number, run: number, to: number): boolean {
  const next = text[to];
  if (WIDE_TERMINATOR.test(text[run - 1] ?? '')) return true;
  if (next !== undefined && next !== ' ' && next !== '\n') return false; // 25.05, nixos.org, e.g.,
  const after = text.slice(to).trimStart();
  if (text[from] === '.' && run - from === 1) {
    const word = wordBefore(text, from);
    if (isAbbreviation(word)) return false;
    if (/^\d+$/.test(word) && from === word.length) return false; // "1. First" is a list number
    if (word === 'no' && /^\d/.test(after)) return false; // "No. 5"
  }
  // "approx. ten": a sentence does not go on in lower case.
  return next === '\n' || after === '' || !/^\p{Ll}/u.test(after);
}

/** The end (exclusive) of the first sentence of normalised text. */
function firstSentenceEnd(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n') return i;
    if (!TERMINATOR.test(text[i] ?? '')) continue;
    let run = i;
    while (run < text.length && TERMINATOR.test(text[run] ?? '')) run += 1;
    let end = run;
    while (end < text.length && CLOSER.test(text[end] ?? '')) end += 1;
    if (endsSentence(text, i, run, end)) return end;
    i = end - 1;
  }
  return text.length;
}

/** A label without dangling punctuation; a lone final period goes, `?`, `!` and abbreviations stay. */
function tidy(label: string): string {
  let out = label.replace(TRAILING_MESS, '');
  if (/[^.]\.$/.test(out) && !isAbbreviation(wordBefore(out, out.length - 1))) out = out.slice(0, -1);
  return out.replace(TRAILING_MESS, '');
}

/** Whether every bracket opened in `text` is closed again (a label must not stop inside one). */
function isBalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[' || c === '（') depth += 1;
    else if ((c === ')' || c === ']' || c === '）') && depth > 0) depth -= 1;
  }
  return depth === 0;
}

/** The longest leading clause of `sentence` that fits in `limit`, if it is long enough to stand for it. */
function clauseCut(sentence: string, limit: number, min: number): string | null {
  const boundaries = /[,;:](?= )|[，、；：]| (?=[—–-] )| (?=\()/gu;
  let best: string | null = null;
  for (const m of sentence.matchAll(boundaries)) {
    const at = (m.index ?? 0) + (m[0] === ' ' ? 0 : m[0].length);
    if (at > limit) break;
    const candidate = tidy(sentence.slice(0, at));
    if (candidate.length >= min && isBalanced(candidate)) best = candidate;
  }
  return best;
}

/** Cut after the last whole word that fits: at a space, or between words of an unspaced script. */
function wordCut(sentence: string, limit: number, min: number): string | null {
  let space = sentence.lastIndexOf(' ', limit);
  // Stop before an aside that would stay open ("… for (even leading…"), when that still says enough.
  const open = space > 0 ? Math.max(sentence.lastIndexOf(' (', space - 1), sentence.lastIndexOf(' [', space - 1)) : -1;
  if (open > 0 && !isBalanced(sentence.slice(0, space)) && tidy(sentence.slice(0, open)).length >= min) space = open;
  const atSpace = space > 0 ? tidy(sentence.slice(0, space)) : '';
  if (atSpace.length >= min) return atSpace;
  let between = 0;
  for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(sentence)) {
    if (s.index > limit) break;
    if (s.index > 0 && UNSPACED.test(sentence[s.index - 1] ?? '') && UNSPACED.test(s.segment[0] ?? '')) between = s.index;
  }
  const atWord = between > 0 ? tidy(sentence.slice(0, between)) : '';
  const best = atWord.length > atSpace.length ? atWord : atSpace;
  return best === '' ? null : best;
}

/**
 * A short label for `text`: its first whole sentence, or — when that is longer than
 * `maxLength` — its first clause or whole words followed by "…". Whitespace is collapsed
 * and a lone final period dropped; empty text gives `''`.
 */
export function shortLabel(text: string, opts: ShortLabelOptions = {}): string {
  const max = Math.max(10, opts.maxLength ?? DEFAULT_MAX);
  const flat = normalise(text);
  const sentence = flat.slice(0, firstSentenceEnd(flat)).trim();
  const whole = tidy(sentence);
  if (whole.length <= max) return whole;
  const limit = max - ELLIPSIS.length;
  const cut = clauseCut(sentence, limit, Math.ceil(max * 0.4)) ?? wordCut(sentence, limit, Math.ceil(max * 0.5));
  return cut ? `${cut}${ELLIPSIS}` : whole;
}

/**
 * Whether `label` says everything `text` says (the same words, up to whitespace and a final
 * period), so that an export need not print the text again beneath it.
 */
export function labelCoversText(label: string, text: string): boolean {
  return tidy(label.replace(/\s+/g, ' ').trim()) === tidy(normalise(text).replace(/\n/g, ' '));
}
