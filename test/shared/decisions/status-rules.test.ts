import { describe, expect, it } from 'vitest';
import {
  allowedNextStatuses, applyDecisionStatus, applyDecisionToItems, canTransition, itemStatusForDecision, recordsDecisionDay,
} from '../../../shared/decisions/status-rules';
import { DECISION_STATUSES } from '../../../shared/model';
import type { DecisionStatus } from '../../../shared/model';
import { decision, decisionId, item, itemId } from './fixtures';

const AT = '2026-03-02T23:30:00.000Z';

describe('canTransition', () => {
  const allowed: [DecisionStatus, DecisionStatus][] = [
    ['proposed', 'approved'], ['proposed', 'rejected'], ['proposed', 'deferred'], ['proposed', 'withdrawn'],
    ['deferred', 'proposed'], ['deferred', 'withdrawn'], ['approved', 'superseded'], ['rejected', 'superseded'],
  ];
  const key = (p: [DecisionStatus, DecisionStatus]) => p.join('>');
  const allowedKeys = new Set(allowed.map(key));
  const everyPair = DECISION_STATUSES.flatMap((from) => DECISION_STATUSES.map((to): [DecisionStatus, DecisionStatus] => [from, to]));

  it.each(everyPair)('allows %s → %s only when the life cycle has that step', (from, to) => {
    expect(canTransition(from, to)).toBe(allowedKeys.has(key([from, to])));
  });

  it('treats withdrawn and superseded as final', () => {
    expect(allowedNextStatuses('withdrawn')).toEqual([]);
    expect(allowedNextStatuses('superseded')).toEqual([]);
  });
});

describe('applyDecisionStatus', () => {
  it('approves a proposed decision and records the day in the async vote’s zone', () => {
    const d = decision({ venue: { kind: 'async', opensAt: '2026-02-23T09:00:00Z', closesAt: AT, timeZone: 'Europe/Berlin' } });
    const change = applyDecisionStatus(d, 'approved', AT);
    expect(change.ok && change.decision.status).toBe('approved');
    // 23:30 UTC on 2 March is already 3 March in Berlin.
    expect(change.ok && change.decision.decidedOn).toBe('2026-03-03');
    expect(change.ok && change.decision.updatedAt).toBe(AT);
  });

  it('records the UTC day for a meeting decision unless told the zone', () => {
    const change = applyDecisionStatus(decision(), 'rejected', AT, { timeZone: 'America/Los_Angeles' });
    expect(change.ok && change.decision.decidedOn).toBe('2026-03-02');
  });

  it('does not change the row it was given', () => {
    const d = decision();
    applyDecisionStatus(d, 'approved', AT);
    expect(d.status).toBe('proposed');
    expect(d.decidedOn).toBeUndefined();
  });

  it('refuses to reopen an approved decision with a typed error naming the decision', () => {
    const change = applyDecisionStatus(decision({ status: 'approved', number: 12, title: 'Budget' }), 'proposed', AT);
    expect(change.ok).toBe(false);
    if (change.ok) return;
    expect(change.error.code).toBe('invalid-transition');
    expect(change.error.message).toContain('#12 “Budget”');
    expect(change.error.message).toContain('approved to proposed');
  });

  it('requires the superseding decision', () => {
    const change = applyDecisionStatus(decision({ status: 'approved' }), 'superseded', AT);
    expect(!change.ok && change.error.code).toBe('missing-superseded-by');
  });

  it('refuses a decision superseding itself', () => {
    const change = applyDecisionStatus(decision({ status: 'approved' }), 'superseded', AT, { supersededBy: decisionId('d1') });
    expect(!change.ok && change.error.code).toBe('self-superseded');
  });

  it('links the superseding decision', () => {
    const change = applyDecisionStatus(decision({ status: 'rejected' }), 'superseded', AT, { supersededBy: decisionId('d9') });
    expect(change.ok && change.decision.supersededBy).toBe('d9');
  });

  it('clears the decision day when a deferred decision is proposed again', () => {
    const change = applyDecisionStatus(decision({ status: 'deferred', decidedOn: '2026-01-01' }), 'proposed', AT);
    expect(change.ok && 'decidedOn' in change.decision).toBe(false);
  });

  it('records no decision day when a decision is deferred', () => {
    const change = applyDecisionStatus(decision(), 'deferred', AT);
    expect(change.ok && change.decision.status).toBe('deferred');
    expect(change.ok && 'decidedOn' in change.decision).toBe(false);
  });

  it('rejects an unreadable instant', () => {
    const change = applyDecisionStatus(decision(), 'approved', 'yesterday');
    expect(!change.ok && change.error.code).toBe('invalid-instant');
  });
});

describe('recordsDecisionDay', () => {
  it.each<[DecisionStatus, boolean]>([
    ['approved', true], ['rejected', true], ['deferred', false], ['proposed', false], ['withdrawn', false], ['superseded', false],
  ])('says a %s decision records the day it was taken: %s', (status, expected) => {
    expect(recordsDecisionDay(status)).toBe(expected);
  });
});

describe('itemStatusForDecision', () => {
  it.each<[DecisionStatus, string | null]>([
    ['approved', 'decided'], ['rejected', 'decided'], ['deferred', 'deferred'], ['withdrawn', 'triaged'], ['proposed', null], ['superseded', null],
  ])('moves items of a %s decision to %s', (status, expected) => {
    expect(itemStatusForDecision(status)).toBe(expected);
  });
});

describe('applyDecisionToItems', () => {
  const items = [item('i1'), item('i2'), item('other')];

  it('moves the linked items to decided and links the decision', () => {
    const d = decision({ status: 'approved', itemIds: [itemId('i1'), itemId('i2')] });
    const changed = applyDecisionToItems(items, d, AT);
    expect(changed.map((i) => [i.id, i.status, i.decisionIds])).toEqual([['i1', 'decided', ['d1']], ['i2', 'decided', ['d1']]]);
  });

  it('links a proposed decision without moving the item’s status', () => {
    const changed = applyDecisionToItems(items, decision({ itemIds: [itemId('i1')] }), AT);
    expect(changed.map((i) => [i.status, i.decisionIds])).toEqual([['on-agenda', ['d1']]]);
  });

  it('returns nothing when the items already show the decision', () => {
    const linked = [item('i1', { status: 'decided', decisionIds: [decisionId('d1')] })];
    expect(applyDecisionToItems(linked, decision({ status: 'approved', itemIds: [itemId('i1')] }), AT)).toEqual([]);
  });
});
