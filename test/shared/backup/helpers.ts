import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BackupMeta, BackupTables } from '../../../shared/backup/format';

/** A fresh copy of one valid row (or two) per table. */
export function sampleTables(): BackupTables {
  const path = fileURLToPath(new URL('../../fixtures/backup/sample-tables.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as BackupTables;
}

export const META: BackupMeta = { appVersion: '0.1.0', schemaVersion: 3, createdAt: '2026-11-26T10:15:00.000Z', reason: 'manual' };
