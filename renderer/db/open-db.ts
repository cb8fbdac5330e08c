/**
 * Opening the database with the guards a local-first app needs:
 * - another connection asks to upgrade (a newer app version in a second window): close
 *   ours so we never write with an old schema, and tell the member to reload;
 * - our upgrade is blocked by an old connection: say so;
 * - an upgrade fails: IndexedDB rolls the version change back, so the data stays at the
 *   old version; the caller shows the recovery screen instead of an empty workspace.
 */
import type { SteeringDb } from './db';

export type DbEvents = {
  onVersionChange: () => void;
  onBlocked: () => void;
};

export async function openDatabase(db: SteeringDb, events: DbEvents): Promise<void> {
  db.on('versionchange', () => {
    db.close();
    events.onVersionChange();
    // Returning false tells Dexie we handled it (it would close anyway).
    return false;
  });
  db.on('blocked', () => {
    events.onBlocked();
  });
  await db.open();
}

/** Asks the browser not to evict our storage, once; the answer is kept in settings. */
export async function requestPersistentStorage(db: SteeringDb, storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined): Promise<boolean | null> {
  const existing = await db.settings.get('storage.persisted');
  if (existing && typeof existing.value === 'object' && existing.value !== null) {
    return (existing.value as { granted: boolean }).granted;
  }
  if (!storage?.persist) return null;
  let granted = false;
  try {
    granted = (await storage.persisted()) || (await storage.persist());
  } catch {
    granted = false;
  }
  await db.settings.put({ key: 'storage.persisted', value: { granted, askedAt: new Date().toISOString() } });
  return granted;
}
