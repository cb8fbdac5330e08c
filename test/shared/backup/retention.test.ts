import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_POLICY, RetentionError, selectBackupsToKeep, type BackupEntry, type RetentionPolicy } from '../../../shared/backup/retention';

const NOW = '2026-11-26T15:00:00.000Z';
const at = (iso: string): BackupEntry => ({ name: `b-${iso}`, createdAt: iso });
const names = (isos: string[]): string[] => isos.map((iso) => `b-${iso}`);

describe('selectBackupsToKeep, by example', () => {
  it('keeps the three newest of today and removes the older ones of today', () => {
    const today = ['2026-11-26T14:00:00Z', '2026-11-26T13:00:00Z', '2026-11-26T12:00:00Z', '2026-11-26T11:00:00Z', '2026-11-26T10:00:00Z'];
    const result = selectBackupsToKeep(today.map(at), NOW);
    expect(result).toEqual({ keep: names(today.slice(0, 3)), remove: names(today.slice(3)), ignored: [] });
  });

  it('keeps the newest backup of each earlier day', () => {
    const input = ['2026-11-25T23:00:00Z', '2026-11-25T08:00:00Z', '2026-11-24T12:00:00Z', '2026-11-20T01:00:00Z', '2026-11-20T00:30:00Z'];
    const result = selectBackupsToKeep(input.map(at), NOW);
    expect(result.keep).toEqual(names(['2026-11-25T23:00:00Z', '2026-11-24T12:00:00Z', '2026-11-20T01:00:00Z']));
    expect(result.remove).toEqual(names(['2026-11-25T08:00:00Z', '2026-11-20T00:30:00Z']));
  });

  it('keeps only as many earlier days as the policy says, counting days that have backups', () => {
    const days = Array.from({ length: 20 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}T12:00:00Z`).reverse();
    const result = selectBackupsToKeep(days.map(at), NOW);
    expect(result.keep).toEqual(names(days.slice(0, 14)));
  });

  it('caps the total at maxTotal, dropping the oldest', () => {
    const input = ['2026-11-26T14:00:00Z', '2026-11-26T13:00:00Z', '2026-11-25T12:00:00Z', '2026-11-24T12:00:00Z'];
    const result = selectBackupsToKeep(input.map(at), NOW, { keepToday: 3, keepDaily: 14, maxTotal: 3 });
    expect(result.keep).toEqual(names(input.slice(0, 3)));
  });

  it('counts days in the given time zone', () => {
    // 23:30 UTC on the 25th is already the 26th in Berlin, so it competes with today's backups there.
    const input = ['2026-11-26T14:00:00Z', '2026-11-25T23:30:00Z', '2026-11-25T20:00:00Z'];
    const policy = { keepToday: 1, keepDaily: 14, maxTotal: 20 };
    expect(selectBackupsToKeep(input.map(at), NOW, policy).keep).toEqual(names(['2026-11-26T14:00:00Z', '2026-11-25T23:30:00Z']));
    expect(selectBackupsToKeep(input.map(at), NOW, policy, { timeZone: 'Europe/Berlin' }).keep).toEqual(names(['2026-11-26T14:00:00Z', '2026-11-25T20:00:00Z']));
  });

  it('keeps the newest backup even when the policy keeps none of today', () => {
    const result = selectBackupsToKeep([at('2026-11-26T14:00:00Z'), at('2026-11-26T13:00:00Z')], NOW, { keepToday: 0, keepDaily: 0, maxTotal: 5 });
    expect(result.keep).toEqual(names(['2026-11-26T14:00:00Z']));
  });

  it('treats a backup dated a few minutes ahead of the clock as today', () => {
    const input = ['2026-11-26T15:04:00Z', '2026-11-26T14:00:00Z', '2026-11-26T13:00:00Z', '2026-11-26T12:00:00Z'];
    expect(selectBackupsToKeep(input.map(at), NOW).keep).toEqual(names(input.slice(0, 3)));
  });

  it('leaves a backup dated later than that alone and does not let it take today’s places', () => {
    const input = ['2026-11-27T09:00:00Z', '2026-11-26T14:00:00Z', '2026-11-26T13:00:00Z', '2026-11-26T12:00:00Z'];
    expect(selectBackupsToKeep(input.map(at), NOW)).toEqual({ keep: names(input.slice(1)), remove: [], ignored: names(input.slice(0, 1)) });
  });

  it('ignores a backup whose date cannot be read instead of removing it', () => {
    const result = selectBackupsToKeep([{ name: 'odd.json', createdAt: 'soon' }, at('2026-11-26T14:00:00Z')], NOW);
    expect(result).toEqual({ keep: names(['2026-11-26T14:00:00Z']), remove: [], ignored: ['odd.json'] });
  });

  it('returns nothing for no backups', () => {
    expect(selectBackupsToKeep([], NOW)).toEqual({ keep: [], remove: [], ignored: [] });
  });

  it.each([
    [{ keepToday: -1, keepDaily: 1, maxTotal: 1 }],
    [{ keepToday: 1, keepDaily: 1.5, maxTotal: 1 }],
    [{ keepToday: 1, keepDaily: 1, maxTotal: 0 }],
    [{ keepToday: 1, keepDaily: 1, maxTotal: 1, keepSafetyDays: -30 }],
  ])('refuses the policy %j with a typed error', (policy: RetentionPolicy) => {
    expect(() => selectBackupsToKeep([], NOW, policy)).toThrow(RetentionError);
  });

  it('refuses an unknown time zone with a typed error', () => {
    expect(() => selectBackupsToKeep([], NOW, DEFAULT_RETENTION_POLICY, { timeZone: 'Mars/Olympus' })).toThrow(/not a time zone/);
  });
});

describe('selectBackupsToKeep, for any backups', () => {
  const nowMs = Date.parse(NOW);
  // Up to the 5 minutes of clock skew that still count as today; later ones are ignored (retention-kinds.test.ts).
  const backupsArb = fc
    .uniqueArray(fc.integer({ min: nowMs - 60 * 86_400_000, max: nowMs + 300_000 }), { maxLength: 60 })
    .map((times) => times.map((t) => ({ name: `b${t}`, createdAt: new Date(t).toISOString() })));
  const policyArb = fc.record({ keepToday: fc.integer({ min: 1, max: 6 }), keepDaily: fc.integer({ min: 0, max: 20 }), maxTotal: fc.integer({ min: 1, max: 30 }) });
  const zoneArb = fc.constantFrom('UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati');
  const day = (iso: string, timeZone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  const byName = (list: BackupEntry[]): Map<string, BackupEntry> => new Map(list.map((b) => [b.name, b]));

  it('never keeps more than maxTotal', () => {
    fc.assert(fc.property(backupsArb, policyArb, (backups, policy) => selectBackupsToKeep(backups, NOW, policy).keep.length <= policy.maxTotal));
  });

  it('always keeps the newest', () => {
    fc.assert(fc.property(backupsArb.filter((b) => b.length > 0), policyArb, (backups, policy) => {
      const newest = [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0]!;
      return selectBackupsToKeep(backups, NOW, policy).keep.includes(newest.name);
    }));
  });

  it('keeps at most keepToday from today and at most one for each of keepDaily earlier days', () => {
    fc.assert(fc.property(backupsArb, policyArb, zoneArb, (backups, policy, timeZone) => {
      const entries = byName(backups);
      const today = day(NOW, timeZone);
      const kept = selectBackupsToKeep(backups, NOW, policy, { timeZone }).keep.map((n) => day(entries.get(n)!.createdAt, timeZone));
      const earlier = kept.filter((d) => d < today);
      // The newest is kept whatever the policy, so with keepDaily 0 an earlier newest is the one extra.
      const newestIsEarlier = kept.length > 0 && kept[0]! < today;
      const allowedEarlier = policy.keepDaily === 0 && newestIsEarlier ? 1 : policy.keepDaily;
      return kept.length - earlier.length <= policy.keepToday && new Set(earlier).size === earlier.length && earlier.length <= allowedEarlier;
    }));
  });

  it('keeps and removes every backup exactly once', () => {
    fc.assert(fc.property(backupsArb, policyArb, (backups, policy) => {
      const { keep, remove } = selectBackupsToKeep(backups, NOW, policy);
      return [...keep, ...remove].sort().join() === backups.map((b) => b.name).sort().join();
    }));
  });

  it('gives the same answer in any input order', () => {
    fc.assert(fc.property(backupsArb.chain((b) => fc.tuple(fc.constant(b), fc.shuffledSubarray(b, { minLength: b.length }))), policyArb, ([backups, shuffled], policy) => {
      expect(selectBackupsToKeep(shuffled, NOW, policy)).toEqual(selectBackupsToKeep(backups, NOW, policy));
    }));
  });
});
