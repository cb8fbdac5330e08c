import { describe, expect, it } from 'vitest';
import type { UpdateId } from '../../../shared/model';
import { diffUpdates, latestTwo, normalizeItemText, teamTimeline } from '../../../shared/triage/team-history';
import { item } from '../../fixtures/triage/item-rows';

const upd = (id: string, postedAt: string | undefined, isTeamUpdate = true) => ({ id: id as UpdateId, postedAt, isTeamUpdate });

describe('normalised item text', () => {
  it('ignores case, accents, punctuation and list markers', () => {
    expect(normalizeItemText('- Machine-time for  Zürich’s staging!')).toBe(normalizeItemText('machine time for zurich s staging'));
  });
});

describe('a team’s timeline', () => {
  it('orders team updates by date, leaving out replies', () => {
    const list = [upd('b', '2024-11-25T00:00:00.000Z'), upd('reply', '2024-11-26T00:00:00.000Z', false), upd('a', '2024-08-01T00:00:00.000Z')];
    expect(teamTimeline(list).map((u) => u.id)).toEqual(['a', 'b']);
  });

  it('picks the latest update and the one before it', () => {
    const { latest, previous } = latestTwo([upd('b', '2024-11-25T00:00:00.000Z'), upd('a', '2024-08-01T00:00:00.000Z'), upd('c', '2025-02-01T00:00:00.000Z')]);
    expect([latest?.id, previous?.id]).toEqual(['c', 'b']);
  });

  it('has no previous update for a team that posted once', () => {
    expect(latestTwo([upd('a', '2024-08-01T00:00:00.000Z')]).previous).toBeNull();
  });
});

describe('what changed since the last update', () => {
  const previous = [
    item('p1', { isAsk: true, text: 'An e-mail alias that ends in @nixos.org' }),
    item('p2', { isAsk: true, text: 'A private Matrix room' }),
    item('p3', { kind: 'blocker', text: 'Machine time to run staging cycles' }),
  ];
  const latest = [
    item('l1', { isAsk: true, text: 'An e-mail alias that ends in @nixos.org.' }),
    item('l2', { kind: 'blocker', text: 'Machine time to run staging cycles' }),
    item('l3', { kind: 'blocker', text: 'Hydra is down' }),
    item('l4', { isAsk: true, text: 'Fund one person' }),
  ];
  const diff = diffUpdates(previous, latest);

  it('lists blockers that are new', () => {
    expect(diff.newBlockers.map((i) => i.id)).toEqual(['l3']);
  });

  it('lists asks repeated from the previous update even when punctuation changed', () => {
    expect(diff.repeatedAsks.map((i) => i.id)).toEqual(['l1']);
  });

  it('lists asks of the previous update that are no longer made', () => {
    expect(diff.resolvedAsks.map((i) => i.id)).toEqual(['p2']);
  });

  it('lists new asks', () => {
    expect(diff.newAsks.map((i) => i.id)).toEqual(['l4']);
  });
});
