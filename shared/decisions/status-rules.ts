/**
 * The life cycle of a decision and what it does to the items it decides (issue 5).
 *
 *   proposed → approved | rejected | deferred | withdrawn
 *   deferred → proposed | withdrawn        (taken up again, or dropped while parked)
 *   approved | rejected → superseded       (only with the id of the superseding decision)
 *
 * Withdrawn and superseded are final: a new decision is recorded instead, which keeps the
 * published vote logs stable.
 */
import type { DecisionId, DecisionRow, DecisionStatus, ItemRow, ItemStatus } from '../model';
import { dayToRecord, meetingOfDecision, type DatedMeeting } from './decision-day';

const TRANSITIONS = {
  proposed: ['approved', 'rejected', 'deferred', 'withdrawn'],
  deferred: ['proposed', 'withdrawn'],
  approved: ['superseded'],
  rejected: ['superseded'],
  withdrawn: [],
  superseded: [],
} as const satisfies Record<DecisionStatus, readonly DecisionStatus[]>;

/** Why a status change was refused. */
export type DecisionStatusErrorCode = 'invalid-transition' | 'missing-superseded-by' | 'self-superseded' | 'invalid-instant';

/** A status change that the rules do not allow; `message` names the decision and what is wrong. */
export class DecisionStatusError extends Error {
  override readonly name = 'DecisionStatusError';
  constructor(
    readonly code: DecisionStatusErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The result of a status change: the new row, or the reason it was refused. */
export type StatusChange = { ok: true; decision: DecisionRow } | { ok: false; error: DecisionStatusError };

/** Statuses a decision in `from` may move to. */
export function allowedNextStatuses(from: DecisionStatus): readonly DecisionStatus[] {
  return TRANSITIONS[from];
}

/** Whether `from → to` is an allowed transition. */
export function canTransition(from: DecisionStatus, to: DecisionStatus): boolean {
  return allowedNextStatuses(from).includes(to);
}

/**
 * Whether a decision in `status` has been taken, and so carries the day it was taken
 * (`decidedOn`): approved and rejected only. A deferral parks the question without deciding
 * it, so it has no decision day — decision-day.ts reads a stored `decidedOn` as "settled",
 * and the decision log would print "Decided on" for a question still open. Every writer of
 * `decidedOn` asks this (applyDecisionStatus here, a decision taken in a meeting's minutes
 * in renderer/db/repos/agenda-repo.ts), so the two paths cannot disagree again (issue 13).
 */
export function recordsDecisionDay(status: DecisionStatus): boolean {
  return status === 'approved' || status === 'rejected';
}

/** Options of a status change. */
export interface StatusChangeOptions {
  /** Required when moving to `superseded`. */
  supersededBy?: DecisionId;
  /** Day of the decision when it is not taken at a dated meeting; defaults to the day of `at` in `timeZone`. */
  decidedOn?: string;
  /** Zone in which `at` is turned into `decidedOn`; defaults to the async vote's zone, else UTC. */
  timeZone?: string;
  /** The meeting of the decision's venue: a decision taken there carries its day (decision-day.ts). */
  meeting?: DatedMeeting;
}

/**
 * Move a decision to `next` at the instant `at` (ISO-8601), returning the updated row
 * (the input is not changed). Approving or rejecting records `decidedOn` — the day of the
 * decision's meeting when it has one (see decision-day.ts); moving back to `proposed` clears it.
 */
export function applyDecisionStatus(decision: DecisionRow, next: DecisionStatus, at: string, opts: StatusChangeOptions = {}): StatusChange {
  const label = `Decision #${decision.number} “${decision.title}”`;
  const fail = (code: DecisionStatusErrorCode, message: string): StatusChange => ({ ok: false, error: new DecisionStatusError(code, message) });
  if (!canTransition(decision.status, next)) {
    const allowed = allowedNextStatuses(decision.status);
    return fail('invalid-transition', `${label} cannot move from ${decision.status} to ${next}; allowed: ${allowed.length ? allowed.join(', ') : 'none (final status)'}.`);
  }
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return fail('invalid-instant', `${label}: “${at}” is not a valid date-time.`);

  const updated: DecisionRow = { ...decision, status: next, updatedAt: when.toISOString() };
  if (next === 'superseded') {
    if (!opts.supersededBy) return fail('missing-superseded-by', `${label} can only be superseded by naming the decision that replaces it.`);
    if (opts.supersededBy === decision.id) return fail('self-superseded', `${label} cannot supersede itself.`);
    updated.supersededBy = opts.supersededBy;
  }
  if (recordsDecisionDay(next)) {
    const timeZone = opts.timeZone ?? (decision.venue.kind === 'async' ? decision.venue.timeZone : 'UTC');
    const meeting = opts.meeting ? meetingOfDecision(decision, [opts.meeting]) : undefined;
    updated.decidedOn = dayToRecord(when.toISOString(), { timeZone, ...(meeting ? { meeting } : {}), ...(opts.decidedOn ? { chosen: opts.decidedOn } : {}) });
  }
  if (next === 'proposed') delete updated.decidedOn;
  return { ok: true, decision: updated };
}

/**
 * The item status that follows from a decision's status, or `null` when the item keeps
 * its own: a proposed decision does not decide anything yet, and a superseded one leaves
 * its items decided (by the decision that replaced it).
 */
export function itemStatusForDecision(status: DecisionStatus): ItemStatus | null {
  switch (status) {
    case 'approved':
    case 'rejected':
      return 'decided';
    case 'deferred':
      return 'deferred';
    case 'withdrawn':
      // Nothing was decided; the ask goes back to the triaged pile.
      return 'triaged';
    case 'proposed':
    case 'superseded':
      return null;
  }
}

/**
 * The items a decision links to, updated so that each carries the decision's id and the
 * status that follows from it. Returns only the rows that changed.
 */
export function applyDecisionToItems(items: readonly ItemRow[], decision: DecisionRow, at: string): ItemRow[] {
  const next = itemStatusForDecision(decision.status);
  const linked = new Set(decision.itemIds);
  const changed: ItemRow[] = [];
  for (const item of items) {
    if (!linked.has(item.id)) continue;
    const hasId = item.decisionIds.includes(decision.id);
    const status = next ?? item.status;
    if (hasId && status === item.status) continue;
    changed.push({
      ...item,
      status,
      decisionIds: hasId ? item.decisionIds : [...item.decisionIds, decision.id],
      updatedAt: at,
    });
  }
  return changed;
}
