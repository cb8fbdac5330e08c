import type Dexie from 'dexie';
import type { Migration } from '../../../renderer/db/migrations/types';

/** The schema declared by a list of migrations: table → { primKey, indexes } as Dexie spells them. */
export function declaredSchema(migrations: readonly Migration[]): Record<string, string> {
  const schema: Record<string, string> = {};
  for (const m of migrations) {
    for (const [table, spec] of Object.entries(m.stores)) {
      if (spec === null) delete schema[table];
      else schema[table] = spec;
    }
  }
  return schema;
}

/** The schema an open database really has, normalised like the snapshot. */
export function liveSchema(db: Dexie): Record<string, { primKey: string; indexes: string[] }> {
  const out: Record<string, { primKey: string; indexes: string[] }> = {};
  for (const table of db.tables) {
    out[table.name] = { primKey: table.schema.primKey.src, indexes: table.schema.indexes.map((i) => i.src).sort() };
  }
  return out;
}
