/**
 * The backup taken before a schema migration (issue 7, SECURITY.md check 42). Dexie
 * upgrades the database as soon as the new code opens it, so this runs BEFORE
 * `openDatabase`: it opens the database with raw IndexedDB at whatever version it has
 * (no version argument, so nothing is upgraded), and when that version is older than
 * this build's `SCHEMA_VERSION` it dumps every object store into a 'pre-migration'
 * backup. A fresh install (no database yet) and a current database get no backup.
 * The same raw dump serves the recovery screen, where the Dexie connection cannot open.
 */
import { buildBackup, serializeBackup, type BackupTables } from '../../shared/backup/format';
import { backupFileName } from '../../shared/backup/file-name';
import { TABLE_NAMES } from '../../shared/model';
import { DB_NAME } from './db';
import { SCHEMA_VERSION } from './migrations';

/** Saves a backup file by name (the platform's `saveAutoBackup`). */
export type SaveBackup = (fileName: string, text: string) => Promise<unknown>;

/** What a raw read of the database found. */
export type RawDump = { schemaVersion: number; tables: BackupTables };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function exists(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === name);
}

/** Opens `name` at its current version without creating or upgrading it; null when it does not exist. */
function openAsIs(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    let isNew = false;
    req.onupgradeneeded = (event) => {
      // Only a database that does not exist yet asks to upgrade when no version is given: leave it uncreated.
      isNew = event.oldVersion === 0;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => (isNew ? resolve(null) : reject(req.error));
  });
}

/**
 * Every table of the database as stored, and its schema version (Dexie keeps
 * `version × 10` in IndexedDB). Null when the database does not exist. Tables the
 * stored schema does not have yet come back empty.
 */
export async function readRawDatabase(name = DB_NAME): Promise<RawDump | null> {
  if (!(await exists(name))) return null;
  const idb = await openAsIs(name);
  if (!idb) return null;
  try {
    const present = TABLE_NAMES.filter((t) => idb.objectStoreNames.contains(t));
    const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as unknown[]])) as Record<string, unknown[]>;
    if (present.length > 0) {
      const tx = idb.transaction(present, 'readonly');
      await Promise.all(present.map(async (t) => (tables[t] = await request(tx.objectStore(t).getAll()))));
    }
    return { schemaVersion: Math.floor(idb.version / 10), tables: tables as BackupTables };
  } finally {
    idb.close();
  }
}

/** The stored schema version (IndexedDB version ÷ 10), without reading any row; null when the database does not exist. */
async function storedSchemaVersion(name: string): Promise<number | null> {
  if (!(await exists(name))) return null;
  const idb = await openAsIs(name);
  if (!idb) return null;
  const version = Math.floor(idb.version / 10);
  idb.close();
  return version;
}

/** A backup file of a raw dump. */
export function rawBackupFile(dump: RawDump, reason: 'pre-migration' | 'pre-restore', appVersion: string, now = new Date()): { fileName: string; text: string } {
  const createdAt = now.toISOString();
  const backup = buildBackup(dump.tables, { appVersion, schemaVersion: dump.schemaVersion, createdAt, reason });
  return { fileName: backupFileName(createdAt, reason), text: serializeBackup(backup) };
}

/**
 * Saves a 'pre-migration' backup when the stored database is older than this build.
 * Returns the backup's file name, or null when no migration is due. A failure to save
 * throws, and the caller must not open (and so migrate) the database.
 */
export async function backupBeforeMigration(opts: { appVersion: string; save: SaveBackup; dbName?: string; schemaVersion?: number; now?: Date }): Promise<string | null> {
  const name = opts.dbName ?? DB_NAME;
  const target = opts.schemaVersion ?? SCHEMA_VERSION;
  // The version first: reading every table on every start, only to find no migration due,
  // kept a ~200 MB workspace off the screen for seconds (SECURITY.md check 49).
  const stored = await storedSchemaVersion(name);
  if (stored === null || stored >= target) return null;
  const dump = await readRawDatabase(name);
  if (!dump || dump.schemaVersion >= target) return null;
  const file = rawBackupFile(dump, 'pre-migration', opts.appVersion, opts.now);
  await opts.save(file.fileName, file.text);
  return file.fileName;
}
