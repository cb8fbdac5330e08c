import type { ItemRow } from '../../../shared/model';
import { isBudget } from '../../../shared/triage/filters';
import { isOpenStatus } from '../../../shared/triage/status-rules';

/** Open asks, blockers and budget requests of a team (items not gone from their post). */
export type OpenCounts = { asks: number; blockers: number; budget: number };

export function countOpen(items: readonly ItemRow[]): OpenCounts {
  const open = items.filter((i) => isOpenStatus(i.status) && !i.isGone);
  return { asks: open.filter((i) => i.isAsk).length, blockers: open.filter((i) => i.kind === 'blocker').length, budget: open.filter(isBudget).length };
}
