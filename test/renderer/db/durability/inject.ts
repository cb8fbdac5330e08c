/**
 * Fault injection at Dexie's DBCore level: every write to `table` fails (after `skip`
 * successful ones), whatever API the repo used. Middleware applies on open, so the
 * connection is reopened around it.
 */
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { db } from '../../../../renderer/db/instance';

const NAME = 'test-fault-injection';

export async function failWritesTo(table: string, error: () => Error, skip = 0): Promise<{ attempts: () => number }> {
  let attempts = 0;
  db.close();
  db.use({
    stack: 'dbcore',
    name: NAME,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (name !== table) return t.mutate(req);
            attempts++;
            return attempts > skip ? Promise.reject(error()) : t.mutate(req);
          },
        };
      },
    }),
  });
  await db.open();
  return { attempts: () => attempts };
}

export async function stopFailing(): Promise<void> {
  db.close();
  db.unuse({ stack: 'dbcore', name: NAME });
  await db.open();
}
