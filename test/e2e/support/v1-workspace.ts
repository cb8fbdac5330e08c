/**
 * A workspace as schema v1 (renderer/db/migrations/0001-initial.ts) stored it, for the
 * migration checks (SECURITY.md check 42): the rows of test/fixtures/backup/sample-tables.json
 * without the tables and item fields that migration 0002 added. Seeded with raw IndexedDB
 * at version 10 (Dexie stores `version × 10`) before the app loads.
 */
import { readFileSync } from 'node:fs';
import { m0001 } from '../../../renderer/db/migrations/0001-initial';
import type { DexieStores, RawRows } from './raw-idb';
import { fixturePath } from './import';

/** The IndexedDB version of a database written by schema v1. */
export const V1_NATIVE_VERSION = m0001.version * 10;

/** Fields migration 0002 backfills on items (absent in v1). */
export const V2_ITEM_FIELDS = ['seenBy', 'notes', 'decisionIds', 'priority'] as const;

export function v1Stores(): DexieStores {
  return Object.fromEntries(Object.entries(m0001.stores).filter((e): e is [string, string] => e[1] !== null));
}

/** The v1 rows, table by table (only tables v1 had). */
export function v1Rows(): RawRows {
  const sample = JSON.parse(readFileSync(fixturePath('backup/sample-tables.json'), 'utf8')) as RawRows;
  const tables = Object.keys(v1Stores());
  return Object.fromEntries(
    tables.map((t) => {
      const rows = (sample[t] ?? []) as Record<string, unknown>[];
      if (t !== 'items') return [t, rows];
      return [t, rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !(V2_ITEM_FIELDS as readonly string[]).includes(k))))];
    }),
  );
}
