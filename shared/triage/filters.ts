/**
 * Filtering and sorting of the Items view (issue 4). Pure, so the same rules drive the
 * list, the saved filters and the unit tests.
 */
import type { AskType, ItemKind, ItemRow, ItemStatus, MemberId, Priority, TagId, TeamId, ThreadId } from '../model';
import { isOpenStatus } from './status-rules';

/** `unassigned` matches items nobody on the SC has taken. */
export type AssigneeFilter = MemberId | 'unassigned';

/** Every criterion is optional; an empty filter matches every item. All given criteria must hold. */
export type ItemFilter = {
  teamId?: TeamId;
  threadId?: ThreadId;
  kind?: ItemKind;
  askType?: AskType;
  tagId?: TagId;
  status?: ItemStatus;
  assignee?: AssigneeFilter;
  /** Asks and blockers the SC still has to act on (see `needsSc`). */
  needsSc?: boolean;
  /** Open asks only (an ask whose status is still open). */
  openAsks?: boolean;
  /** Budget requests: kind `budget` or ask type `budget`. */
  budget?: boolean;
  /** Items that `unseenBy` has not opened yet (the "my items" queue). */
  unseenBy?: MemberId;
};

/** The fields filters and sorts read (lets callers pass lean rows). */
export type FilterableItem = Pick<
  ItemRow,
  'id' | 'teamId' | 'threadId' | 'kind' | 'askType' | 'isAsk' | 'tagIds' | 'status' | 'assigneeIds' | 'seenBy' | 'priority' | 'createdAt'
>;

/** True for asks and blockers the SC has not closed and not passed on ("not for SC"). */
export function needsSc(item: Pick<ItemRow, 'isAsk' | 'kind' | 'status'>): boolean {
  return (item.isAsk || item.kind === 'blocker') && isOpenStatus(item.status);
}

/** True for budget requests, whatever section they came from. */
export function isBudget(item: Pick<ItemRow, 'kind' | 'askType'>): boolean {
  return item.kind === 'budget' || item.askType === 'budget';
}

/** Whether `item` meets every criterion of `filter`. */
export function matchesFilter(item: FilterableItem, filter: ItemFilter): boolean {
  if (filter.teamId !== undefined && item.teamId !== filter.teamId) return false;
  if (filter.threadId !== undefined && item.threadId !== filter.threadId) return false;
  if (filter.kind !== undefined && item.kind !== filter.kind) return false;
  if (filter.askType !== undefined && item.askType !== filter.askType) return false;
  if (filter.tagId !== undefined && !item.tagIds.includes(filter.tagId)) return false;
  if (filter.status !== undefined && item.status !== filter.status) return false;
  if (filter.assignee === 'unassigned' && item.assigneeIds.length > 0) return false;
  if (filter.assignee !== undefined && filter.assignee !== 'unassigned' && !item.assigneeIds.includes(filter.assignee)) return false;
  if (filter.needsSc && !needsSc(item)) return false;
  if (filter.openAsks && !(item.isAsk && isOpenStatus(item.status))) return false;
  if (filter.budget && !isBudget(item)) return false;
  if (filter.unseenBy !== undefined && item.seenBy.includes(filter.unseenBy)) return false;
  return true;
}

/** The items that meet `filter`, in their original order. */
export function filterItems<T extends FilterableItem>(items: readonly T[], filter: ItemFilter): T[] {
  return items.filter((item) => matchesFilter(item, filter));
}

/** Number of criteria set, for the "n filters" badge and the "clear filters" button. */
export function activeCriteria(filter: ItemFilter): number {
  return Object.values(filter).filter((v) => v !== undefined && v !== false).length;
}

/** The saved filters offered as one-click buttons. */
export const SAVED_FILTERS = ['mine', 'open-asks', 'budget'] as const;
export type SavedFilterId = (typeof SAVED_FILTERS)[number];

export const SAVED_FILTER_LABELS = { mine: 'My items', 'open-asks': 'Open asks', budget: 'Budget' } as const satisfies Record<SavedFilterId, string>;

/**
 * The filter behind a saved filter. "My items" needs to know who "me" is: without a roster
 * entry for the member it returns null (the view explains why) rather than matching everything.
 */
export function savedFilter(id: SavedFilterId, me: MemberId | null): ItemFilter | null {
  switch (id) {
    case 'mine':
      return me === null ? null : { assignee: me };
    case 'open-asks':
      return { openAsks: true };
    case 'budget':
      return { budget: true };
  }
}

export const ITEM_SORTS = ['team', 'age', 'priority'] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];
export const SORT_LABELS = { team: 'Team', age: 'Oldest first', priority: 'Priority' } as const satisfies Record<ItemSort, string>;

const PRIORITY_RANK = { urgent: 0, high: 1, normal: 2, low: 3 } as const satisfies Record<Priority, number>;

/**
 * A sorted copy. `team` orders by team name (items without a team last), `age` oldest
 * first (what has waited longest), `priority` urgent first. Ties fall back to age, then id,
 * so the order is stable across reloads.
 */
export function sortItems<T extends FilterableItem>(items: readonly T[], sort: ItemSort, teamName: (id: TeamId) => string | undefined): T[] {
  const byAge = (a: T, b: T) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  const names = new Map<string, string>();
  const nameOf = (item: T): string => {
    if (item.teamId === null) return '\uffff';
    let name = names.get(item.teamId);
    if (name === undefined) {
      name = (teamName(item.teamId) ?? '\uffff').toLocaleLowerCase();
      names.set(item.teamId, name);
    }
    return name;
  };
  const compare: Record<ItemSort, (a: T, b: T) => number> = {
    team: (a, b) => nameOf(a).localeCompare(nameOf(b)) || byAge(a, b),
    age: byAge,
    priority: (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || byAge(a, b),
  };
  return [...items].sort(compare[sort]);
}
