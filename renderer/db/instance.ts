/** The app's database connection. Tests reset it with `resetDatabaseForTests`. */
import { SteeringDb } from './db';

export const db = new SteeringDb();

/** Deletes and reopens the database (tests only). */
export async function resetDatabaseForTests(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
