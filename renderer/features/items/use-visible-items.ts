/**
 * The Items pipeline: filter (shared/triage/filters) → search (lib/search, ranked and capped
 * at RESULT_CAP before rendering) or sort. The search index is kept across renders, built
 * on the first search, and then only re-indexes items whose text, notes or team name changed.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { ItemRow, TeamId, TeamRow } from '../../../shared/model';
import { matchesFilter, sortItems, type ItemFilter, type ItemSort } from '../../../shared/triage/filters';
import { createItemIndex, syncItemIndex } from '../../lib/search/item-search';
import type { MatchTerms } from '../../lib/search/highlight';

/** Search results beyond this are not shown (PERFORMANCE-FLOORS §4: cap before rendering). */
export const RESULT_CAP = 200;

export type VisibleItems = {
  items: ItemRow[];
  /** Matches before the cap (equals items.length when not searching). */
  total: number;
  match: MatchTerms | null;
  isSearching: boolean;
};

export function useVisibleItems(all: readonly ItemRow[], teams: readonly TeamRow[], filter: ItemFilter, sort: ItemSort, query: string): VisibleItems {
  const [index] = useState(createItemIndex);
  const deferredQuery = useDeferredValue(query);
  const teamName = useMemo(() => {
    const names = new Map(teams.map((t) => [t.id, t.name]));
    return (id: TeamId) => names.get(id);
  }, [teams]);
  const isSearching = deferredQuery.trim() !== '';
  // Bumped whenever the index changed, so the search below re-runs. Kept up to date only while
  // searching: indexing 50,000 items held the list's first paint, and every later change, for
  // a second and more (SECURITY.md check 47); the first search pays for it instead.
  const indexVersion = useMemo(() => (isSearching ? { all, changed: syncItemIndex(index, all, teamName) } : null), [isSearching, index, all, teamName]);

  const filtered = useMemo(() => all.filter((item) => matchesFilter(item, filter)), [all, filter]);
  const byId = useMemo(() => (isSearching ? new Map(filtered.map((item) => [item.id as string, item])) : null), [isSearching, filtered]);

  return useMemo(() => {
    void indexVersion;
    const result = byId ? index.search(deferredQuery, { limit: RESULT_CAP, accept: (id) => byId.has(id) }) : null;
    if (result === null || byId === null) return { items: sortItems(filtered, sort, teamName), total: filtered.length, match: null, isSearching: false };
    const items = result.ids.map((id) => byId.get(id)).filter((item) => item !== undefined);
    return { items, total: result.total, match: result, isSearching: true };
  }, [deferredQuery, filtered, byId, sort, teamName, index, indexVersion]);
}
