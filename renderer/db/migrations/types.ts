import type { Transaction } from 'dexie';

/**
 * One schema step. `stores` lists only the tables that change in this version (Dexie
 * carries the rest forward). Never edit a shipped migration; never drop or rename a table
 * or index — stop using it instead (STYLE.md, guarded by the schema snapshot test).
 */
export type Migration = {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  /** Data changes; only Dexie calls inside (no fetch, no timers: they commit the transaction early). */
  upgrade?: (tx: Transaction) => Promise<void>;
};
