/**
 * Rows a re-import would write back exactly as they are stored. Re-importing the 2,000-post
 * bench topic in another form put all 78,416 of its rows back unchanged: 22.4 s of a 30 s
 * import, against 15.8 s for the whole first write (bench/import-browser.ts, write
 * breakdown) — IndexedDB rewrites every index entry of an overwritten row. Leaving them out
 * brings the re-import under the first import's time.
 */
/**
 * Structural equality of two plain JSON values (rows as Dexie stores them). Walks both once
 * and stops at the first difference; rows are shallow, so the recursion is a few levels deep.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** True when `next` is `stored` (the same object, or the same fields and values; a field set to undefined is no field, as in IndexedDB). */
export function isUnchangedRow<T extends object>(stored: T | undefined, next: T): boolean {
  if (stored === undefined) return false;
  return sameValue(stored, next);
}

/** The rows of `next` that differ from the stored row of the same id. */
export function changedRows<T extends { id: string }>(storedById: ReadonlyMap<string, T>, next: readonly T[]): T[] {
  return next.filter((row) => !isUnchangedRow(storedById.get(row.id), row));
}
