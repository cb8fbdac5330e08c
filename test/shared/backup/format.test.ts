import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf } from '../../../shared/backup/canonical-json';
import { buildBackup, serializeBackup } from '../../../shared/backup/format';
import { validateBackup } from '../../../shared/backup/validate';
import { TABLE_NAMES } from '../../../shared/model/tables';
import { META, sampleTables } from './helpers';

const OPTS = { maxBytes: 10_000_000, currentSchemaVersion: 3 };

describe('buildBackup', () => {
  it('counts the rows of every table', () => {
    const backup = buildBackup(sampleTables(), META);
    expect(backup.counts).toMatchObject({ teams: 2, settings: 2, items: 1 });
    expect(Object.keys(backup.counts)).toEqual(TABLE_NAMES);
  });

  it('stamps the format, versions, time and reason', () => {
    expect(buildBackup(sampleTables(), META)).toMatchObject({ format: 'steering-desk-backup', formatVersion: '1.0', appVersion: '0.1.0', schemaVersion: 3, reason: 'manual' });
  });

  it('gives the same checksum for the same rows written with keys in another order', () => {
    const tables = sampleTables();
    const reordered = sampleTables();
    reordered.tags = [{ color: '#aa3300', name: 'budget', id: tables.tags[0]!.id }];
    expect(buildBackup(reordered, META).checksum).toBe(buildBackup(tables, META).checksum);
  });

  it('gives another checksum when one character of one row changes', () => {
    const tables = sampleTables();
    tables.tags[0]!.name = 'budgeT';
    expect(buildBackup(tables, META).checksum).not.toBe(buildBackup(sampleTables(), META).checksum);
  });
});

describe('serializeBackup', () => {
  it('round-trips through validateBackup to the same rows', () => {
    const backup = buildBackup(sampleTables(), META);
    const result = validateBackup(serializeBackup(backup), OPTS);
    expect(result.ok && result.backup).toEqual(backup);
  });

  it('writes the same text for the same backup', () => {
    expect(serializeBackup(buildBackup(sampleTables(), META))).toBe(serializeBackup(buildBackup(sampleTables(), META)));
  });

  it('writes one row per line so backups diff well', () => {
    const lines = serializeBackup(buildBackup(sampleTables(), META)).split('\n');
    expect(lines.filter((l) => l.startsWith('      {"'))).toHaveLength(16);
  });

  it('is valid JSON whose header comes before the tables', () => {
    const text = serializeBackup(buildBackup(sampleTables(), META));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'formatVersion', 'appVersion', 'schemaVersion', 'createdAt', 'reason', 'counts', 'checksum', 'tables']);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined like JSON.stringify', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: undefined }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"z":0}]},"b":1}');
  });

  it('hashes a large table in chunks to the same value as the whole text', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, text: 'é'.repeat(50) }));
    const whole = canonicalJson({ rows });
    expect(whole.length).toBeGreaterThan(65_536 * 2);
    expect(checksumOf({ rows })).toBe(`sha256:${createHash('sha256').update(whole, 'utf8').digest('hex')}`);
  });
});
