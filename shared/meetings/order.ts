/**
 * Fractional ordering of agenda entries (issue 6: drag and drop, keyboard moves, moves
 * between sections). An entry's `order` sorts it inside its section; a move gives it a
 * number between its new neighbours, so that one row is written. When two neighbours are
 * too close for a midpoint (after many moves into the same gap), the target section is
 * renumbered 1, 2, 3 … and only the rows whose number changed are returned.
 */

/** The fields ordering needs; AgendaEntryRow has them. */
export type Orderable = { id: string; section: string; order: number };

/** Neighbours closer than this are renumbered rather than split again. */
const MIN_GAP = 1e-6;

/** An order number between `a` and `b` (either may be missing: start or end of the list). */
export function orderBetween(a?: number, b?: number): number {
  if (a === undefined && b === undefined) return 1;
  if (a === undefined) return b! - 1;
  if (b === undefined) return a + 1;
  return a + (b - a) / 2;
}

/** Whether a distinct number still fits between `a` and `b`. */
export function hasRoomBetween(a?: number, b?: number): boolean {
  if (a === undefined || b === undefined) return true;
  const mid = orderBetween(a, b);
  return b - a > MIN_GAP && mid > a && mid < b;
}

/** Entries of one section in display order (ties broken by id, so the order is stable). */
export function sectionEntries<T extends Orderable>(entries: readonly T[], section: string): T[] {
  return entries.filter((e) => e.section === section).sort((x, y) => x.order - y.order || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Renumber each section 1, 2, 3 … in its current order; returns only the rows that changed. */
export function rebalance<T extends Orderable>(entries: readonly T[]): T[] {
  const changed: T[] = [];
  for (const section of new Set(entries.map((e) => e.section))) {
    sectionEntries(entries, section).forEach((e, i) => {
      if (e.order !== i + 1) changed.push({ ...e, order: i + 1 });
    });
  }
  return changed;
}

/**
 * Move entry `id` to position `toIndex` (clamped) of `toSection`. Returns the rows to
 * write: usually the moved entry alone, or the renumbered section when precision ran out.
 * An unknown id returns nothing.
 */
export function moveEntry<T extends Orderable>(entries: readonly T[], id: string, toSection: string, toIndex: number): T[] {
  const moving = entries.find((e) => e.id === id);
  if (!moving) return [];
  const target = sectionEntries(entries, toSection).filter((e) => e.id !== id);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), target.length));
  const before = target[index - 1]?.order;
  const after = target[index]?.order;
  if (hasRoomBetween(before, after)) {
    const order = orderBetween(before, after);
    if (moving.section === toSection && moving.order === order) return [];
    return [{ ...moving, section: toSection, order }];
  }
  const placed = [...target.slice(0, index), { ...moving, section: toSection }, ...target.slice(index)];
  const rows = placed.map((e, i) => ({ ...e, order: i + 1 }));
  return rows.filter((e) => e.id === id || e.order !== entries.find((x) => x.id === e.id)?.order);
}

/**
 * Keyboard move one step up or down. At the top (bottom) of a section the entry goes
 * to the end (start) of the previous (next) section in `sectionOrder`; at the very top
 * or bottom of the agenda nothing moves.
 */
export function moveByKey<T extends Orderable>(entries: readonly T[], id: string, direction: 'up' | 'down', sectionOrder: readonly string[]): T[] {
  const moving = entries.find((e) => e.id === id);
  if (!moving) return [];
  const list = sectionEntries(entries, moving.section);
  const at = list.findIndex((e) => e.id === id);
  if (direction === 'up' && at > 0) return moveEntry(entries, id, moving.section, at - 1);
  if (direction === 'down' && at < list.length - 1) return moveEntry(entries, id, moving.section, at + 1);
  const s = sectionOrder.indexOf(moving.section);
  const neighbour = s === -1 ? undefined : sectionOrder[direction === 'up' ? s - 1 : s + 1];
  if (neighbour === undefined) return [];
  const toIndex = direction === 'up' ? sectionEntries(entries, neighbour).length : 0;
  return moveEntry(entries, id, neighbour, toIndex);
}
