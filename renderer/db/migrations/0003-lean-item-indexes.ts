import type { Migration } from './types';

/**
 * Schema v3: items lose the `status` and `threadId` indexes (issue 12).
 *
 * Lean on purpose: every index costs per row on import (PERFORMANCE-FLOORS.md §4, "≤ 3–4
 * indexes"). Filters on status, thread or kind run in memory over the list the Items view
 * loads anyway, and no query reads these two indexes.
 *
 * Commit 5ade8bc first did this by editing the shipped 0001 instead. That never reached the
 * databases already installed: Dexie 4 opens a database that has more indexes than declared
 * without touching it, so they kept both indexes, while new installs got the lean table
 * under the same version number. 0001 is back to what shipped; this step removes the two
 * indexes from every database. They are listed in test/fixtures/db/retired-schema-names.json.
 */
export const m0003: Migration = {
  version: 3,
  description: 'Lean item indexes',
  stores: {
    items: 'id, updateId, teamId, *tagIds',
  },
};
