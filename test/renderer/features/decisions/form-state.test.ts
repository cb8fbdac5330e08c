import { describe, expect, it } from 'vitest';
import { draftFromForm, emptyForm, formFromDecision, titleFromAsks } from '../../../../renderer/features/decisions/form-state';
import type { DecisionId, DecisionRow } from '../../../../shared/model';

describe('decision form state', () => {
  it('stores an async window entered in Berlin as UTC instants with the zone', () => {
    const form = { ...emptyForm(), title: 'Vote', venueKind: 'async' as const, opensDay: '2026-10-24', opensTime: '10:00', closesDay: '2026-10-31', closesTime: '10:00', timeZone: 'Europe/Berlin' };
    const result = draftFromForm(form);
    expect(result.ok && result.draft.venue).toEqual({ kind: 'async', opensAt: '2026-10-24T08:00:00.000Z', closesAt: '2026-10-31T09:00:00.000Z', timeZone: 'Europe/Berlin' });
  });

  it('shows the stored window back on the vote’s wall clock', () => {
    const decision = {
      id: 'd' as DecisionId, number: 1, title: 'T', motion: '', options: ['A', 'B'], status: 'proposed', votes: [], rationale: '', confidentiality: 'public',
      venue: { kind: 'async', opensAt: '2026-10-24T08:00:00.000Z', closesAt: '2026-10-31T09:00:00.000Z', timeZone: 'Europe/Berlin' },
      itemIds: [], teamIds: [], tagIds: [], createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z',
    } satisfies DecisionRow;
    expect(formFromDecision(decision)).toMatchObject({ opensDay: '2026-10-24', opensTime: '10:00', closesDay: '2026-10-31', closesTime: '10:00', options: 'A\nB' });
  });

  it('asks for a known time zone', () => {
    const result = draftFromForm({ ...emptyForm(), title: 'Vote', venueKind: 'async', timeZone: 'Mars/Olympus' });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toContain('Mars/Olympus');
  });

  it('asks for the end of an embargo', () => {
    expect(draftFromForm({ ...emptyForm(), title: 'Secret', confidentiality: 'confidential' })).toMatchObject({ ok: false, message: expect.stringContaining('confidential') });
  });

  it('drops empty option lines', () => {
    const result = draftFromForm({ ...emptyForm(), title: 'T', options: 'Approve\n\n  Defer  \n' });
    expect(result.ok && result.draft.options).toEqual(['Approve', 'Defer']);
  });

  it('starts a decision on one ask with the ask’s first whole sentence as its title', () => {
    const tldr = 'We’d like a @nixos.org email to apply for their pre-disclosure list. Everything else has been going smoothly, and we’re collaborating with upstream to get NixOS featured on their website.';
    expect(titleFromAsks([tldr])).toBe('We’d like a @nixos.org email to apply for their pre-disclosure list');
  });

  it('cuts a very long first sentence after a whole word, marked with “…”', () => {
    const long = 'As mentioned in Current Status, we would like to apply for Xen’s security pre-disclosure list so we can be ready when security issues are discovered and get them to users as soon as possible.';
    const title = titleFromAsks([long]);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' ');
  });

  it('proposes no title for a decision on several asks', () => {
    expect(titleFromAsks(['An e-mail alias that ends in @nixos.org;', 'Approval from the Steering Committee.'])).toBe('');
  });
});
