/**
 * A linked agenda entry shows its item, decision or action as they are now, not the copy
 * taken when it was added (issue 6: "a change to an item shows up in every agenda that
 * contains it"). The stored title is the fallback when the linked record is gone.
 */
import type { ActionRow, AgendaEntryRow, DecisionRow, ItemRow } from '../model';
import { shortLabel } from '../text/short-label';

/** What a linked entry's title is read from. */
export type LinkedRows = { items: readonly ItemRow[]; decisions: readonly DecisionRow[]; actions: readonly ActionRow[] };

/**
 * An item's title on an agenda: its first whole sentence (shared/text/short-label.ts),
 * never a cut word; on screen a very long sentence is shortened to a clause with "…".
 * `whole`: the first sentence as it is, however long — what exports print, since a
 * published title ending in "…and get…" reads as cut even with the ask quoted beneath.
 */
export function itemTitle(text: string, opts: { whole?: boolean } = {}): string {
  return shortLabel(text, opts.whole ? { maxLength: Number.MAX_SAFE_INTEGER } : {}) || '(empty item)';
}

/** The title to show (or, with `whole`, to export) for an entry. */
export function liveTitle(entry: AgendaEntryRow, rows: LinkedRows, opts: { whole?: boolean } = {}): string {
  if (entry.decisionId) {
    const d = rows.decisions.find((x) => x.id === entry.decisionId);
    // A decision taken on an item's entry keeps the item as the topic.
    if (d && !entry.itemId) return d.title;
  }
  if (entry.itemId) {
    const item = rows.items.find((x) => x.id === entry.itemId);
    if (item) return itemTitle(item.text, opts);
  }
  if (entry.actionId) {
    const a = rows.actions.find((x) => x.id === entry.actionId);
    if (a) return a.text;
  }
  return entry.title;
}

/** Entries with their live titles, for an export: an item's title is its whole first sentence. */
export function withLiveTitles(entries: readonly AgendaEntryRow[], rows: LinkedRows): AgendaEntryRow[] {
  return entries.map((e) => {
    const title = liveTitle(e, rows, { whole: true });
    return title === e.title ? e : { ...e, title };
  });
}
