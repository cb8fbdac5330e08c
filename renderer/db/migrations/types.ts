import type { Transaction } from 'dexie';

/**
 * One schema step. `stores` lists only the tables that change in this version (Dexie
 * carries the rest forward). Never edit a shipped migration; never drop or rename a table
 * or index — stop using it instead (STYLE.md). Guarded by test/renderer/db/frozen-migrations.test.ts:
 * released steps are frozen in test/fixtures/db/released-migrations.json, and a name that
 * leaves the schema needs an entry with a reason in test/fixtures/db/retired-schema-names.json.
 */
export type Migration = {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  /** Data changes; only Dexie calls inside (no fetch, no timers: they commit the transaction early). */
  upgrade?: (tx: Transaction) => Promise<void>;
};
