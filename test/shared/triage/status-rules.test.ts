import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES } from '../../../shared/model';
import { TriageError } from '../../../shared/triage/errors';
import { allowedItemStatuses, canMoveItem, isOpenStatus, itemStatusPatch } from '../../../shared/triage/status-rules';
import { item } from '../../fixtures/triage/item-rows';

describe('item status rules', () => {
  it('lets a new item move straight to any later status', () => {
    for (const to of ['triaged', 'on-agenda', 'decided', 'resolved', 'deferred', 'not-for-sc'] as const) expect(canMoveItem('new', to)).toBe(true);
  });

  it('lets closed items be reopened to triaged only', () => {
    expect(allowedItemStatuses('resolved')).toEqual(['triaged']);
    expect(allowedItemStatuses('not-for-sc')).toEqual(['triaged']);
    expect(canMoveItem('resolved', 'on-agenda')).toBe(false);
  });

  it('never lists a status as a transition to itself', () => {
    for (const s of ITEM_STATUSES) expect(allowedItemStatuses(s)).not.toContain(s);
  });

  it('counts new, triaged, on-agenda and deferred items as open', () => {
    expect(ITEM_STATUSES.filter(isOpenStatus)).toEqual(['new', 'triaged', 'on-agenda', 'deferred']);
  });

  it('refuses a transition the rules do not allow, naming the item and the allowed statuses', () => {
    const resolved = item('a', { status: 'resolved', text: 'Machine time for staging' });
    expect(() => itemStatusPatch(resolved, 'on-agenda')).toThrow(TriageError);
    expect(() => itemStatusPatch(resolved, 'on-agenda')).toThrow(/Machine time for staging.*Resolved.*On agenda.*Triaged/);
  });

  it('requires a reason for "not for SC"', () => {
    try {
      itemStatusPatch(item('a'), 'not-for-sc', '   ');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TriageError);
      expect((error as TriageError).code).toBe('missing-reason');
    }
  });

  it('keeps the trimmed reason when an item is not for the SC', () => {
    expect(itemStatusPatch(item('a'), 'not-for-sc', '  belongs to the infrastructure team ')).toEqual({ status: 'not-for-sc', statusReason: 'belongs to the infrastructure team' });
  });

  it('clears the reason when an item is reopened', () => {
    const passed = item('a', { status: 'not-for-sc', statusReason: 'infra' });
    expect(itemStatusPatch(passed, 'triaged')).toEqual({ status: 'triaged', statusReason: undefined });
  });

  it('returns null when nothing would change', () => {
    expect(itemStatusPatch(item('a', { status: 'triaged' }), 'triaged')).toBeNull();
  });

  it('lets a member set "decided" by hand', () => {
    expect(itemStatusPatch(item('a', { status: 'on-agenda' }), 'decided')).toEqual({ status: 'decided', statusReason: undefined });
  });

  it('refuses a reason longer than the row allows', () => {
    expect(() => itemStatusPatch(item('a'), 'deferred', 'x'.repeat(2001))).toThrow(/longer than 2000/);
  });
});
