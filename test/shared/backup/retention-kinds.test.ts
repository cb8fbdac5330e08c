// Retention by kind of backup (issue 20): safety copies outlive their use, the newest
// manual, pre-restore and pre-migration backup is never removed, and no number of junk
// saves — however they are dated — pushes any of them out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../shared/backup/file-name';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/backup/format';
import { selectBackupsToKeep, type BackupEntry } from '../../../shared/backup/retention';

const NOW = '2026-11-26T15:00:00.000Z';
const DAY = 86_400_000;
const nowMs = Date.parse(NOW);
const entry = (iso: string, reason: BackupReason): BackupEntry => ({ name: backupFileName(iso, reason), createdAt: new Date(iso).toISOString() });
const daysAgo = (days: number, hour = 12) => new Date(Date.UTC(2026, 10, 26 - days, hour)).toISOString();
/** `count` scheduled backups of today, each a minute apart, newest first. */
const todaysScheduled = (count: number) => Array.from({ length: count }, (_, i) => entry(new Date(nowMs - (i + 1) * 60_000).toISOString(), 'scheduled'));

describe.each(['pre-restore', 'pre-migration'] as const)('a %s backup (a safety copy)', (reason) => {
  it('outlives three more backups the same day', () => {
    const copy = entry('2026-11-26T09:00:00Z', reason);
    const result = selectBackupsToKeep([copy, ...todaysScheduled(3)], NOW);
    expect(result.keep).toContain(copy.name);
    expect(result.remove).toEqual([]);
  });

  it('outlives one more backup the next day', () => {
    const older = entry(daysAgo(1, 8), reason);
    const newer = entry(daysAgo(1, 9), reason);
    const result = selectBackupsToKeep([older, newer, entry(daysAgo(1, 10), 'scheduled'), entry(daysAgo(0, 14), 'scheduled')], NOW);
    expect(result.keep).toEqual(expect.arrayContaining([older.name, newer.name]));
  });

  it('is kept for 30 days even when every place of the ordinary rule is taken', () => {
    const copies = [0, 3, 10, 29].map((d) => entry(daysAgo(d, 6), reason));
    const others = Array.from({ length: 40 }, (_, d) => entry(daysAgo(d, 20), 'scheduled'));
    const result = selectBackupsToKeep([...copies, ...others, ...todaysScheduled(10)], NOW, { keepToday: 3, keepDaily: 14, maxTotal: 5 });
    expect(result.keep).toEqual(expect.arrayContaining(copies.map((c) => c.name)));
  });

  it('after 30 days is kept or removed by the ordinary rule, unless it is the newest of its kind', () => {
    const newest = entry(daysAgo(40, 6), reason);
    const old = entry(daysAgo(45, 6), reason);
    const sameDay = entry(daysAgo(45, 20), 'scheduled');
    const result = selectBackupsToKeep([newest, old, sameDay, ...todaysScheduled(1)], NOW);
    expect(result.keep).toContain(newest.name);
    expect(result.remove).toEqual([old.name]);
  });

  it('takes none of today’s places from scheduled backups', () => {
    const copy = entry('2026-11-26T14:30:00Z', reason);
    const scheduled = todaysScheduled(5);
    expect(selectBackupsToKeep([copy, ...scheduled], NOW).keep).toEqual([...scheduled.slice(0, 3).map((b) => b.name), copy.name]);
  });

  it('can be kept for longer by the policy', () => {
    const copy = entry(daysAgo(80, 6), reason);
    const newer = entry(daysAgo(1), reason);
    const result = selectBackupsToKeep([copy, newer, entry(daysAgo(80, 9), 'scheduled')], NOW, { keepToday: 3, keepDaily: 0, maxTotal: 20, keepSafetyDays: 90 });
    expect(result.keep).toContain(copy.name);
  });
});

describe('a manual backup in the backup folder', () => {
  it('is never removed while it is the newest manual one, at any age', () => {
    const manual = entry(daysAgo(200), 'manual');
    const scheduled = Array.from({ length: 30 }, (_, d) => entry(daysAgo(d, 20), 'scheduled'));
    expect(selectBackupsToKeep([manual, ...scheduled], NOW).keep).toContain(manual.name);
  });

  it('is kept or removed by the ordinary rule once a newer manual one exists', () => {
    const older = entry('2026-11-26T08:00:00Z', 'manual');
    const newer = entry('2026-11-26T09:00:00Z', 'manual');
    const result = selectBackupsToKeep([older, newer, ...todaysScheduled(3)], NOW);
    expect(result.keep).toContain(newer.name);
    expect(result.remove).toEqual([older.name]);
  });
});

describe('scheduled backups', () => {
  it('follow the ordinary rule: three of today, one for each earlier day', () => {
    const today = todaysScheduled(5);
    const yesterday = [entry(daysAgo(1, 9), 'scheduled'), entry(daysAgo(1, 8), 'scheduled')];
    const result = selectBackupsToKeep([...today, ...yesterday], NOW);
    expect(result.keep).toEqual([...today.slice(0, 3), yesterday[0]!].map((b) => b.name));
  });

  it('take their kind from the name when the entry does not say it', () => {
    const copy = { name: backupFileName('2026-11-26T09:00:00Z', 'pre-restore'), createdAt: '2026-11-26T09:00:00.000Z' };
    expect(selectBackupsToKeep([copy, ...todaysScheduled(3)], NOW).keep).toContain(copy.name);
  });
});

describe('junk saves', () => {
  const kindArb = fc.constantFrom<BackupReason>(...BACKUP_REASONS);
  const realArb = fc
    .uniqueArray(fc.record({ t: fc.integer({ min: nowMs - 60 * DAY, max: nowMs }), reason: kindArb }), { maxLength: 30, selector: (r) => r.t })
    .map((list) => list.map(({ t, reason }) => entry(new Date(t).toISOString(), reason)));
  // Junk of any kind and any date up to the year 9999, under names that never collide with the real ones.
  const junkArb = fc
    .array(fc.record({ t: fc.integer({ min: nowMs - 400 * DAY, max: Date.parse('9999-12-31T00:00:00Z') }), reason: kindArb }), { maxLength: 60 })
    .map((list) => list.map(({ t, reason }, i) => ({ name: `junk-${i}-${t}`, createdAt: new Date(t).toISOString(), reason })));

  const protectedNames = (backups: BackupEntry[]): string[] => {
    const names = new Set<string>();
    for (const reason of ['manual', 'pre-restore', 'pre-migration'] as const) {
      const newest = backups.filter((b) => b.reason === reason || backupFileName(b.createdAt, reason) === b.name).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
      if (newest) names.add(newest.name);
    }
    for (const b of backups) if (/pre-(restore|migration)\.json$/.test(b.name) && Date.parse(b.createdAt) >= nowMs - 30 * DAY) names.add(b.name);
    return [...names];
  };

  it('never remove a safety copy of the last 30 days, whatever kind and date they claim', () => {
    fc.assert(fc.property(realArb, junkArb, (real, junk) => {
      const copies = real.filter((b) => /pre-(restore|migration)\.json$/.test(b.name) && Date.parse(b.createdAt) >= nowMs - 30 * DAY);
      const { remove } = selectBackupsToKeep([...real, ...junk], NOW);
      return copies.every((c) => !remove.includes(c.name));
    }));
  });

  it('dated in the future change nothing about the other backups', () => {
    fc.assert(fc.property(realArb, junkArb, (real, junk) => {
      const future = junk.filter((j) => Date.parse(j.createdAt) > nowMs + 10 * 60_000);
      const alone = selectBackupsToKeep(real, NOW);
      const withFuture = selectBackupsToKeep([...real, ...future], NOW);
      expect(withFuture.keep).toEqual(alone.keep);
      expect(withFuture.remove).toEqual(alone.remove);
      expect(withFuture.ignored).toEqual(future.map((f) => f.name).sort());
    }));
  });

  it('without junk, the newest of each protected kind and every recent safety copy are kept', () => {
    fc.assert(fc.property(realArb, (real) => {
      const { keep } = selectBackupsToKeep(real, NOW);
      return protectedNames(real).every((n) => keep.includes(n));
    }));
  });

  it('never keep more than maxTotal besides the protected backups', () => {
    fc.assert(fc.property(realArb, fc.integer({ min: 1, max: 10 }), (real, maxTotal) => {
      const { keep } = selectBackupsToKeep(real, NOW, { keepToday: 3, keepDaily: 14, maxTotal });
      const guarded = new Set(protectedNames(real));
      return keep.filter((n) => !guarded.has(n)).length <= maxTotal;
    }));
  });

  it('leave every backup in exactly one of keep, remove and ignored', () => {
    fc.assert(fc.property(realArb, junkArb, (real, junk) => {
      const { keep, remove, ignored } = selectBackupsToKeep([...real, ...junk], NOW);
      return [...keep, ...remove, ...ignored].sort().join() === [...real, ...junk].map((b) => b.name).sort().join();
    }));
  });
});
