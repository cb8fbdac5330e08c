/**
 * The additive-only guard (SECURITY.md check 30): the schema a fresh install opens must keep
 * every table and index of the committed snapshot. Adding is fine — update the snapshot with
 * `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/renderer/db/schema.test.ts` in the same commit.
 * The update refuses to drop a table or index that is not in retired-schema-names.json, so the
 * flag cannot hide a removal (issue 12); frozen-migrations.test.ts guards the released steps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SteeringDb } from '../../../renderer/db/db';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { TABLE_NAMES } from '../../../shared/model';
import { RETIRED_FIXTURE, unretiredRemovals, type RetiredFixture } from './frozen-migrations';
import { liveSchema } from './schema-helpers';

const SNAPSHOT = join(__dirname, '../../fixtures/db/schema-snapshot.json');
type Snapshot = { version: number; tables: Record<string, { primKey: string; indexes: string[] }> };
const retiredNames = () => (JSON.parse(readFileSync(join(__dirname, '../../..', RETIRED_FIXTURE), 'utf8')) as RetiredFixture).retired.map((r) => r.name);

let db: SteeringDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

describe('database schema', () => {
  it('keeps every table and index of the committed snapshot', async () => {
    db = new SteeringDb(`schema-${crypto.randomUUID()}`);
    await db.open();
    const live = liveSchema(db);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) {
      const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
      const gone = unretiredRemovals(committed.tables, live, retiredNames());
      expect(gone, 'refusing to update the snapshot: the schema lost these without an entry in retired-schema-names.json').toEqual([]);
      writeFileSync(SNAPSHOT, `${JSON.stringify({ version: SCHEMA_VERSION, tables: live }, null, 2)}\n`);
    }
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
    for (const [table, spec] of Object.entries(snapshot.tables)) {
      expect(live[table], `table ${table} was removed`).toBeDefined();
      expect(live[table]!.primKey, `primary key of ${table} changed`).toBe(spec.primKey);
      for (const index of spec.indexes) expect(live[table]!.indexes, `index ${table}.${index} was removed or changed`).toContain(index);
    }
    expect(live, 'the schema grew: update the snapshot in the same commit').toEqual(snapshot.tables);
    expect(db.verno).toBe(snapshot.version);
  });

  it('has a table for every domain table the backups know', async () => {
    db = new SteeringDb(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});
