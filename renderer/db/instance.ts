/** The app's database connection. Tests reset it with `resetDatabaseForTests`. */
import { SteeringDb } from './db';

export const db = new SteeringDb();

/**
 * Empties every table (tests only). The connection stays open, so a live query still
 * settling from the previous test does not fail with "database closed".
 */
export async function resetDatabaseForTests(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}
