import { followBuiltIn, type StoredCopy } from '../../../shared/templates/built-in-copies';
import type { Migration } from './types';

/**
 * Schema v4, data only: stored copies of built-in templates that the member never edited
 * take the current built-in body (issue 13). Workspaces kept the vote-log and decision-log
 * bodies of commit 1ecdd74 (no "*No vote recorded.*", no "Not voted" line, no links to the
 * asks' posts) after the built-ins improved. A copy whose body is one its built-in shipped
 * with is unedited (shared/templates/built-in-copies.ts, append-only lists of shipped
 * bodies); any other body is the member's edit and is left exactly as it is — the
 * Templates tab then offers the newer built-in. No table or index changes.
 */
export const m0004: Migration = {
  version: 4,
  description: 'Unedited copies of built-in templates follow the built-ins',
  stores: {},
  async upgrade(tx) {
    await tx
      .table('templates')
      .toCollection()
      .modify((row: StoredCopy) => {
        const followed = followBuiltIn(row);
        if (followed !== row) row.body = followed.body;
      });
  },
};
