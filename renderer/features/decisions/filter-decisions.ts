/**
 * The decision log's filters (issue 5): team, status, date range, tag and a text search.
 * A decision's day is its decision day, else the day it was proposed; a tag matches the
 * decision's own tags or those of the items it decides.
 */
import { decisionDay, type DatedMeeting } from '../../../shared/decisions/decision-day';
import type { DecisionRow, ItemRow } from '../../../shared/model';
import type { DecisionFilters } from '../../store';

// The same day the decision log prints: a meeting's decision is on the meeting's day.
const dayOf = (d: DecisionRow, meetings: readonly DatedMeeting[]) => decisionDay(d, meetings) ?? d.createdAt.slice(0, 10);

function matchesQuery(d: DecisionRow, words: string[]): boolean {
  if (words.length === 0) return true;
  const hay = [String(d.number).padStart(4, '0'), d.title, d.motion, d.rationale, ...d.options].join('\n').toLocaleLowerCase();
  return words.every((w) => hay.includes(w));
}

/** The decisions that pass every filter that is set, in the order given. */
export function filterDecisions(
  decisions: readonly DecisionRow[], filters: DecisionFilters, items: readonly Pick<ItemRow, 'id' | 'tagIds'>[], meetings: readonly DatedMeeting[] = [],
): DecisionRow[] {
  const words = filters.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tagsOfItem = new Map(items.map((i) => [i.id as string, i.tagIds as string[]]));
  return decisions.filter(
    (d) =>
      (!filters.teamId || (d.teamIds as string[]).includes(filters.teamId)) &&
      (!filters.status || d.status === filters.status) &&
      (!filters.from || dayOf(d, meetings) >= filters.from) &&
      (!filters.to || dayOf(d, meetings) <= filters.to) &&
      (!filters.tagId || (d.tagIds as string[]).includes(filters.tagId) || d.itemIds.some((id) => tagsOfItem.get(id)?.includes(filters.tagId))) &&
      matchesQuery(d, words),
  );
}

/** Whether any filter is set (to offer "Clear filters"). */
export const hasFilters = (f: DecisionFilters) => Object.values(f).some((v) => v !== '');
