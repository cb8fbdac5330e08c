/**
 * The triage life cycle of an item (issue 4):
 *
 *   new → triaged → on agenda → decided | resolved | deferred | not for SC
 *
 * Steps may be skipped (a member can resolve a new item at once), and closed items can be
 * reopened to `triaged`. `not-for-sc` needs a reason ("belongs to the infrastructure
 * team") because the team will read it. `decided` is normally set by the decisions
 * feature (shared/decisions/status-rules) but a member may also set it by hand.
 */
import type { ItemRow, ItemStatus } from '../model';
import { TriageError } from './errors';

const TRANSITIONS = {
  new: ['triaged', 'on-agenda', 'decided', 'resolved', 'deferred', 'not-for-sc'],
  triaged: ['new', 'on-agenda', 'decided', 'resolved', 'deferred', 'not-for-sc'],
  'on-agenda': ['triaged', 'decided', 'resolved', 'deferred', 'not-for-sc'],
  decided: ['triaged', 'resolved'],
  resolved: ['triaged'],
  deferred: ['triaged', 'on-agenda', 'resolved', 'not-for-sc'],
  'not-for-sc': ['triaged'],
} as const satisfies Record<ItemStatus, readonly ItemStatus[]>;

/** Statuses for which the SC still has work to do. */
export const OPEN_STATUSES: readonly ItemStatus[] = ['new', 'triaged', 'on-agenda', 'deferred'];

/** Plain-language labels for the status picker and list badges. */
export const STATUS_LABELS = {
  new: 'New',
  triaged: 'Triaged',
  'on-agenda': 'On agenda',
  decided: 'Decided',
  resolved: 'Resolved',
  deferred: 'Deferred',
  'not-for-sc': 'Not for SC',
} as const satisfies Record<ItemStatus, string>;

/** Longest reason kept with a status (the row schema allows 2,000 characters). */
export const MAX_REASON_LENGTH = 2000;

/** Statuses an item in `from` may move to. */
export function allowedItemStatuses(from: ItemStatus): readonly ItemStatus[] {
  return TRANSITIONS[from];
}

/** Whether `from → to` is allowed. */
export function canMoveItem(from: ItemStatus, to: ItemStatus): boolean {
  return (allowedItemStatuses(from) as readonly ItemStatus[]).includes(to);
}

/** Whether an item in `status` is still open for the SC. */
export function isOpenStatus(status: ItemStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The fields a status change writes. */
export type StatusPatch = Pick<ItemRow, 'status'> & { statusReason?: string | undefined };

/**
 * The fields to write to move `item` to `next`, or a TriageError saying why not. Moving to
 * `not-for-sc` requires a reason; `deferred` keeps an optional one; every other status
 * clears it (a reopened item no longer "belongs to another team"). Returns null when the
 * item already has that status and reason.
 */
export function itemStatusPatch(item: Pick<ItemRow, 'status' | 'statusReason' | 'text'>, next: ItemStatus, reason?: string): StatusPatch | null {
  const label = `The item “${shorten(item.text)}”`;
  const why = reason?.trim() ?? '';
  if (next !== item.status && !canMoveItem(item.status, next)) {
    const allowed = allowedItemStatuses(item.status).map((s) => STATUS_LABELS[s]).join(', ');
    throw new TriageError('invalid-transition', `${label} cannot move from “${STATUS_LABELS[item.status]}” to “${STATUS_LABELS[next]}”; it can move to: ${allowed}.`);
  }
  if (why.length > MAX_REASON_LENGTH) throw new TriageError('reason-too-long', `${label}: the reason is longer than ${MAX_REASON_LENGTH} characters.`);
  if (next === 'not-for-sc' && !why) throw new TriageError('missing-reason', `${label}: say why it is not for the SC (for example “belongs to the infrastructure team”).`);
  const keepsReason = next === 'not-for-sc' || next === 'deferred';
  const nextReason = keepsReason && why ? why : undefined;
  if (next === item.status && nextReason === item.statusReason) return null;
  return { status: next, statusReason: nextReason };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
