/**
 * The Items search: which text of an item is searched (its text, its notes and its team's
 * name — issue 4) and how much each counts.
 */
import type { ItemId, ItemRow, TeamId } from '../../../shared/model';
import { SearchIndex, type SearchDoc } from './search-index';

/** Item text counts most; the team name finds every item of a team; notes count a little less. */
const WEIGHTS = [1, 0.8, 0.7] as const;

export type ItemSearchIndex = SearchIndex<ItemId>;

/** An empty index with the Items weights. */
export function createItemIndex(): ItemSearchIndex {
  return new SearchIndex<ItemId>(WEIGHTS);
}

/** The searchable fields of an item, in the order of WEIGHTS. */
export function itemSearchDoc(item: Pick<ItemRow, 'id' | 'text' | 'notes' | 'teamId'>, teamName: (id: TeamId) => string | undefined): SearchDoc<ItemId> {
  const team = item.teamId === null ? '' : (teamName(item.teamId) ?? '');
  const notes = item.notes.length === 0 ? '' : item.notes.map((n) => n.text).join('\n');
  return { id: item.id, fields: [item.text, team, notes] };
}

/** Brings `index` up to date with `items`; returns whether anything changed. */
export function syncItemIndex(
  index: ItemSearchIndex,
  items: readonly Pick<ItemRow, 'id' | 'text' | 'notes' | 'teamId'>[],
  teamName: (id: TeamId) => string | undefined,
): boolean {
  return index.sync(items.map((item) => itemSearchDoc(item, teamName)));
}
