import { describe, expect, it } from 'vitest';
import { backupFileName, BackupNameError, parseBackupFileName } from '../../../shared/backup/file-name';

describe('backupFileName', () => {
  it('names a backup by its UTC time and reason', () => {
    expect(backupFileName('2026-11-26T10:15:00.250Z', 'manual')).toBe('steering-desk-2026-11-26T10-15-00-250Z-manual.json');
  });

  it('converts a time with an offset to UTC', () => {
    expect(backupFileName('2026-11-26T11:15:00+01:00', 'pre-restore')).toBe('steering-desk-2026-11-26T10-15-00-000Z-pre-restore.json');
  });

  it('accepts a Date', () => {
    expect(backupFileName(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), 'scheduled')).toBe('steering-desk-2026-01-02T03-04-05-000Z-scheduled.json');
  });

  it('refuses something that is not a time with a typed error', () => {
    expect(() => backupFileName('yesterday', 'manual')).toThrow(BackupNameError);
  });

  it('gives names that sort in time order', () => {
    const times = ['2026-11-26T10:15:00.001Z', '2025-01-01T00:00:00Z', '2026-11-26T09:59:59.999Z', '2026-11-26T10:15:00Z'];
    const names = times.map((t) => backupFileName(t, 'manual')).sort();
    expect(names.map((n) => parseBackupFileName(n)?.createdAt)).toEqual(['2025-01-01T00:00:00.000Z', '2026-11-26T09:59:59.999Z', '2026-11-26T10:15:00.000Z', '2026-11-26T10:15:00.001Z']);
  });

  it('gives two backups for the same reason within one second different names', () => {
    expect(backupFileName('2026-11-26T10:15:00.100Z', 'pre-restore')).not.toBe(backupFileName('2026-11-26T10:15:00.900Z', 'pre-restore'));
  });
});

describe('parseBackupFileName', () => {
  it('reads back the time and reason of a name it wrote', () => {
    expect(parseBackupFileName(backupFileName('2026-11-26T10:15:00.042Z', 'pre-migration'))).toEqual({ createdAt: '2026-11-26T10:15:00.042Z', reason: 'pre-migration' });
  });

  it('reads names written before milliseconds were added', () => {
    expect(parseBackupFileName('steering-desk-2026-11-26T10-15-00Z-manual.json')).toEqual({ createdAt: '2026-11-26T10:15:00.000Z', reason: 'manual' });
  });

  it.each([
    'notes.txt',
    '.steering-desk-2026-11-26T10-15-00Z-manual.json.a1b2c3.tmp',
    'steering-desk-2026-11-26T10-15-00Z-whenever.json',
    'steering-desk-2026-02-30T10-15-00Z-manual.json',
    'steering-desk-2026-11-26T25-15-00Z-manual.json',
    'steering-desk-2026-11-26T10:15:00Z-manual.json',
    'steering-desk-2026-11-26T10-15-00-12Z-manual.json',
  ])('leaves %s alone', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});
