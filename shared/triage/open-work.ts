/**
 * A team's open work for the SC, in three groups: open asks, blockers and budget requests.
 * One rule for the Teams view's card ("4 open asks · 2 blockers") and the team page's
 * "Open work" lists, which had drifted apart (the card counted every blocker-section item
 * and every budget-section sentence, the page no blocker that was also an ask).
 *
 * Each open item (status still open, still in its post) is in at most one group, so the
 * counts on the card add up to the lists on the page:
 * - budget request: an ask for money (ask type `budget`, or an ask found under Budget).
 *   A Budget section that says "we do not need a budget" or thanks sponsors asks for nothing.
 * - open ask: an ask for the SC's approval, wherever the team wrote it (the extractor types
 *   items by section, so "Approval from the Steering Committee" under Blockers is an ask to
 *   decide), and every other ask outside the Blockers section.
 * - blocker: anything else found under Blockers, ask or not (an e-mail alias the team
 *   cannot go on without stays a blocker).
 * The ask/blocker split is the one the agenda suggestions use (shared/meetings/suggest-agenda.ts).
 */
import type { ItemRow } from '../model';
import { isOpenStatus } from './status-rules';

/** The fields the grouping reads. */
export type OpenWorkItem = Pick<ItemRow, 'kind' | 'askType' | 'isAsk' | 'status' | 'isGone'>;

/** The group an item of open work belongs to. */
export type OpenWorkGroup = 'asks' | 'blockers' | 'budget';

/** Open work of a team, by group; each list keeps the order of the input. */
export type OpenWork<T> = Record<OpenWorkGroup, T[]>;

/** Group sizes: what the Teams card shows. */
export type OpenCounts = Record<OpenWorkGroup, number>;

/** The group of `item`, or null when it is closed, gone from its post or not work for the SC. */
export function openWorkGroup(item: OpenWorkItem): OpenWorkGroup | null {
  if (!isOpenStatus(item.status) || item.isGone) return null;
  if (item.isAsk && (item.askType === 'budget' || item.kind === 'budget')) return 'budget';
  if (item.isAsk && item.askType === 'approval') return 'asks';
  if (item.kind === 'blocker') return 'blockers';
  if (item.isAsk) return 'asks';
  return null;
}

/** The open work among `items`, grouped by {@link openWorkGroup}. */
export function openWork<T extends OpenWorkItem>(items: readonly T[]): OpenWork<T> {
  const out: OpenWork<T> = { asks: [], blockers: [], budget: [] };
  for (const item of items) {
    const group = openWorkGroup(item);
    if (group) out[group].push(item);
  }
  return out;
}

/** The sizes of {@link openWork}'s groups. */
export function countOpenWork(items: readonly OpenWorkItem[]): OpenCounts {
  const work = openWork(items);
  return { asks: work.asks.length, blockers: work.blockers.length, budget: work.budget.length };
}
