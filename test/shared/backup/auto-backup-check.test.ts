import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAutoBackup, MAX_AUTO_BACKUP_AGE_MS, MAX_CLOCK_SKEW_MS } from '../../../shared/backup/auto-backup-check';
import { backupFileName } from '../../../shared/backup/file-name';
import { BACKUP_REASONS, buildBackup, serializeBackup, type BackupReason } from '../../../shared/backup/format';
import { sampleTables } from './helpers';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const opts = { maxBytes: 10_000_000, now: NOW };

function made(createdAt: string, reason: BackupReason = 'scheduled', schemaVersion = 3): { name: string; text: string } {
  const text = serializeBackup(buildBackup(sampleTables(), { appVersion: '0.1.0', schemaVersion, createdAt, reason }));
  return { name: backupFileName(createdAt, reason), text };
}
const check = (name: string, text: string, o = opts) => checkAutoBackup(name, text, o);

describe('checkAutoBackup accepts', () => {
  it.each(BACKUP_REASONS)('a %s backup as the app writes it, made just now', (reason) => {
    const { name, text } = made('2026-11-26T11:59:58.123Z', reason);
    expect(check(name, text)).toBeNull();
  });

  it('a pre-migration copy of an older database schema', () => {
    const { name, text } = made('2026-11-26T11:59:00.000Z', 'pre-migration', 1);
    expect(check(name, text)).toBeNull();
  });

  it('a backup a few minutes ahead of the clock and one made almost a day ago', () => {
    const ahead = made(new Date(NOW.getTime() + MAX_CLOCK_SKEW_MS).toISOString());
    const old = made(new Date(NOW.getTime() - MAX_AUTO_BACKUP_AGE_MS).toISOString());
    expect(check(ahead.name, ahead.text)).toBeNull();
    expect(check(old.name, old.text)).toBeNull();
  });

  it('every backup serializeBackup writes within the time window', () => {
    const window = fc.integer({ min: NOW.getTime() - MAX_AUTO_BACKUP_AGE_MS, max: NOW.getTime() + MAX_CLOCK_SKEW_MS });
    const appVersion = fc.string({ maxLength: 100 });
    fc.assert(fc.property(window, fc.constantFrom(...BACKUP_REASONS), appVersion, fc.integer({ min: 1, max: 99 }), (t, reason, version, schemaVersion) => {
      const createdAt = new Date(t).toISOString();
      const text = serializeBackup(buildBackup(sampleTables(), { appVersion: version, schemaVersion, createdAt, reason }));
      return check(backupFileName(createdAt, reason), text) === null;
    }), { numRuns: 200 });
  });
});

describe('checkAutoBackup refuses, in words, saying nothing was written', () => {
  const good = made('2026-11-26T11:00:00.000Z');
  const expectRefused = (name: string, text: string, code: string, words: RegExp, o = opts) => {
    const refusal = check(name, text, o);
    expect(refusal?.code).toBe(code);
    expect(refusal?.message).toMatch(words);
    expect(refusal?.message).toContain(name.slice(0, 100));
    expect(refusal?.message).toMatch(/Nothing was written and no backup was removed\.$/);
  };

  it.each([
    ['any text', 'rm -rf ~'],
    ['an empty body', ''],
    ['JSON that is not a backup', '{\n  "hello": "world",\n  "tables": {\n  }\n}\n'],
    ['a header with a broken line', good.text.replace('"appVersion": "0.1.0"', '"appVersion": 0.1.0')],
    ['a backup of another program', good.text.replace('"steering-desk-backup"', '"other-backup"')],
    ['a backup in a layout the app never writes', JSON.stringify(JSON.parse(good.text))],
  ])('%s', (_what, text) => {
    expectRefused(good.name, text, 'not-backup', /not a Steering Desk backup/);
  });

  it('a backup cut short', () => {
    expectRefused(good.name, good.text.slice(0, -200), 'not-backup', /cut short/);
  });

  it('a backup in a newer format major', () => {
    expectRefused(good.name, good.text.replace('"formatVersion": "1.0"', '"formatVersion": "2.0"'), 'not-backup', /format version is not 1\.x/);
  });

  it('a header with unreadable counts', () => {
    expectRefused(good.name, good.text.replace(/"counts": \{[^\n]*\},/, '"counts": [1],'), 'not-backup', /row counts/);
  });

  it('a name that is not a backup name', () => {
    expectRefused('notes.json', good.text, 'not-backup', /not the name of a Steering Desk backup/);
  });

  it('a body over the limit counted in UTF-8 bytes, not characters', () => {
    const wide = made('2026-11-26T11:00:00.000Z');
    const text = wide.text.replace('"appVersion": "0.1.0"', `"appVersion": "${'é'.repeat(50)}"`);
    const limit = text.length + 20;
    expect(check(wide.name, text, { ...opts, maxBytes: limit + 100 })).toBeNull();
    expectRefused(wide.name, text.replace('"tables": {', `"tables": {"pad": "${'€'.repeat(40)}",`), 'too-large', /larger than/, { ...opts, maxBytes: limit });
  });

  it('a backup whose name gives another creation time', () => {
    expectRefused(backupFileName('2026-11-26T11:30:00.000Z', 'scheduled'), good.text, 'bad-date', /name says it was made at 2026-11-26T11:30:00\.000Z but the backup says 2026-11-26T11:00:00\.000Z/);
  });

  it('a backup whose name gives another reason', () => {
    expectRefused(backupFileName('2026-11-26T11:00:00.000Z', 'pre-restore'), good.text, 'not-backup', /name says "pre-restore" but the backup says "scheduled"/);
  });

  it('a backup dated after the clock beyond the skew', () => {
    const ahead = made(new Date(NOW.getTime() + MAX_CLOCK_SKEW_MS + 1).toISOString());
    expectRefused(ahead.name, ahead.text, 'bad-date', /later than this computer's clock/);
    const far = made('9999-12-31T23:59:59.999Z');
    expectRefused(far.name, far.text, 'bad-date', /later than this computer's clock/);
  });

  it('a backup dated more than a day before the clock', () => {
    const old = made(new Date(NOW.getTime() - MAX_AUTO_BACKUP_AGE_MS - 1).toISOString());
    expectRefused(old.name, old.text, 'bad-date', /more than a day before/);
  });
});
