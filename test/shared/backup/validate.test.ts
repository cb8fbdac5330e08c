import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../shared/backup/canonical-json';
import { buildBackup, serializeBackup, type BackupFile } from '../../../shared/backup/format';
import { validateBackup, type BackupErrorCode, type ValidateBackupOptions } from '../../../shared/backup/validate';
import { META, sampleTables } from './helpers';

const OPTS: ValidateBackupOptions = { maxBytes: 10_000_000, currentSchemaVersion: 3 };
const good = (): BackupFile => buildBackup(sampleTables(), META);
const text = (): string => serializeBackup(good());

/** The text of a backup edited after it was built, with the checksum and counts recomputed so only the edit is wrong. */
function edited(edit: (tables: ReturnType<typeof sampleTables>) => void): string {
  const tables = sampleTables();
  edit(tables);
  return serializeBackup(buildBackup(tables, META));
}

function refusal(input: string, opts: Partial<ValidateBackupOptions> = {}): { code: BackupErrorCode; message: string } {
  const result = validateBackup(input, { ...OPTS, ...opts });
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

function withHeader(patch: Record<string, unknown>): string {
  return JSON.stringify({ ...(JSON.parse(text()) as object), ...patch });
}

describe('validateBackup accepts', () => {
  it('a backup it wrote, with a summary of what it holds', () => {
    const result = validateBackup(text(), OPTS);
    expect(result.ok && result.summary).toEqual({
      counts: good().counts, createdAt: META.createdAt, appVersion: '0.1.0', schemaVersion: 3, formatVersion: '1.0', reason: 'manual',
      missingTables: [], isFromNewerSchema: false,
    });
  });

  it('rows with fields this version does not know, and keeps them', () => {
    const input = edited((t) => Object.assign(t.items[0]!, { futureField: { nested: [1, 2] } }));
    const result = validateBackup(input, OPTS);
    expect(result.ok && result.backup.tables.items[0]).toMatchObject({ futureField: { nested: [1, 2] } });
  });

  it('a newer minor format version', () => {
    expect(validateBackup(withHeader({ formatVersion: '1.7', addedInMinor: true }), OPTS).ok).toBe(true);
  });

  it('a backup from a newer schema version, flagged in the summary', () => {
    const result = validateBackup(text(), { ...OPTS, currentSchemaVersion: 2 });
    expect(result.ok && result.summary.isFromNewerSchema).toBe(true);
  });

  it('a backup without some tables, listing them as missing and empty', () => {
    const full = JSON.parse(text()) as { tables: Record<string, unknown[]>; counts: Record<string, number> };
    delete full.tables.history;
    delete full.counts.history;
    // The checksum of a file without the table covers only the tables it has.
    const result = validateBackup(JSON.stringify({ ...full, checksum: checksumOf(full.tables) }), OPTS);
    expect(result.ok && result.summary.missingTables).toEqual(['history']);
    expect(result.ok && result.backup.tables.history).toEqual([]);
  });
});

describe('validateBackup refuses', () => {
  it.each([0.1, 0.5, 0.9, 0.999])('a file cut off at %s of its length, saying it is incomplete', (fraction) => {
    const full = text();
    const error = refusal(full.slice(0, Math.floor(full.length * fraction)));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/incomplete \(it ends too early\)/);
  });

  it('a file from a newer major version, naming the version', () => {
    const error = refusal(withHeader({ formatVersion: '2.0', appVersion: '3.1.0' }));
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(/newer Steering Desk \(3\.1\.0\) in backup format 2\.0/);
  });

  it('a file with a table this version does not know', () => {
    const full = JSON.parse(text()) as { tables: Record<string, unknown> };
    full.tables.polls = [];
    const error = refusal(JSON.stringify(full));
    expect(error.code).toBe('unknown-table');
    expect(error.message).toMatch(/polls/);
  });

  it('a row with a field of the wrong type, naming table, row and field', () => {
    const error = refusal(edited((t) => Object.assign(t.teams[1]!, { members: 'not a list' })));
    expect(error.code).toBe('bad-rows');
    expect(error.message).toMatch(/^1 row in the backup does not match what Steering Desk expects: teams row 2 \(“.+”\): its members is the text “not a list” where a list was expected\. Nothing was restored\.$/);
  });

  it('a row with a missing field', () => {
    const error = refusal(edited((t) => delete (t.decisions[0] as Partial<(typeof t.decisions)[0]>).title));
    expect(error).toMatchObject({ code: 'bad-rows', problems: [{ table: 'decisions', index: 0, path: 'title' }] });
  });

  it('a file with many bad rows, listing only the first few', () => {
    const result = validateBackup(edited((t) => { t.tags = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, name: '', color: 'red' }) as never); }), OPTS);
    expect(!result.ok && result.error.problems).toHaveLength(5);
    expect(!result.ok && result.error.message).toMatch(/^12 rows/);
  });

  it('a table that holds the same id twice', () => {
    const error = refusal(edited((t) => t.tags.push({ ...t.tags[0]! })));
    expect(error.code).toBe('duplicate-ids');
    expect(error.message).toMatch(/tags “tag-1”/);
  });

  it('settings that hold the same key twice', () => {
    expect(refusal(edited((t) => t.settings.push({ key: 'theme', value: 'light' }))).code).toBe('duplicate-ids');
  });

  it('a file changed after it was written', () => {
    const error = refusal(text().replace('Fund the docs sprint', 'Fund the docs sprinT'));
    expect(error.code).toBe('checksum-mismatch');
  });

  it('a file whose counts do not match its rows', () => {
    const full = JSON.parse(text()) as { counts: Record<string, number> };
    full.counts.teams = 3;
    expect(refusal(JSON.stringify(full)).message).toMatch(/says it holds 3 rows of "teams" but holds 2/);
  });

  it('a file over the size limit, before reading it', () => {
    expect(refusal(text(), { maxBytes: 1000 }).code).toBe('too-large');
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const input = text();
    expect(refusal(input, { maxBytes: input.length }).code).toBe('too-large');
  });

  it('a file that is not JSON', () => {
    expect(refusal('PK\u0003\u0004 this is a zip').code).toBe('not-json');
  });

  it('JSON that is not a backup', () => {
    expect(refusal('{"hello": "world"}').code).toBe('not-backup');
  });

  it('an empty file', () => {
    expect(refusal('  \n').message).toBe('The backup file is empty.');
  });

  it('a file with a __proto__ field', () => {
    expect(refusal(edited((t) => Object.defineProperty(t.tags[0]!, '__proto__', { value: { isAdmin: true }, enumerable: true }))).code).toBe('unsafe-content');
  });

  it('a header with an unknown reason', () => {
    expect(refusal(withHeader({ reason: 'because' })).code).toBe('bad-header');
  });

  it('and names the file in its message when given one', () => {
    expect(refusal('', { fileName: 'steering-desk-x.json' }).message).toBe('steering-desk-x.json: The backup file is empty.');
  });
});
