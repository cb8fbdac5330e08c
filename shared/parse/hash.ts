/**
 * Stable, fast keys for imported records. Re-import must be idempotent (issue 3), so keys
 * are derived from content, never from position or time. FNV-1a over two 32-bit lanes
 * gives a 64-bit key quickly in every runtime; keys are not a security boundary.
 */

/** 64-bit FNV-1a style hash of a string's UTF-16 code units, as 16 hex digits. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The text an item is matched by: case, whitespace, punctuation and Markdown markup do not
 * count, so fixing a typo's comma or re-wrapping a line keeps the item's key.
 */
export function normalizeForKey(text: string): string {
  const lower = (text.includes('](') ? text.replace(/\]\([^)]*\)/g, ' ') : text).toLowerCase();
  // Most posts are ASCII: skip Unicode normalisation and the Unicode-aware pattern for them (speed, issue 3).
  if (ASCII.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Content key of a text: the hash of its normalised form (see `normalizeForKey`). */
export function contentKey(text: string): string {
  return hash64(normalizeForKey(text));
}

/** A short readable slug (for keys of teams and files): lowercase letters, digits and dashes. */
export function slugify(text: string): string {
  const slug = normalizeForKey(text).replace(/ /g, '-').slice(0, 60);
  return slug === '' ? hash64(text).slice(0, 8) : slug;
}
