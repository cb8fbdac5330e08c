import type { Migration } from './types';

/**
 * Schema v2: a per-record change history (who, when, what — issue 4) and editable
 * templates for meetings and exports (issues 5 and 6). Items written by v1 get the
 * fields v2 code relies on, so no reader has to guess.
 */
export const m0002: Migration = {
  version: 2,
  description: 'Change history and templates',
  stores: {
    history: 'id, [table+recordId], at',
    templates: 'id, kind',
  },
  async upgrade(tx) {
    await tx
      .table('items')
      .toCollection()
      .modify((item: Record<string, unknown>) => {
        item.seenBy ??= [];
        item.notes ??= [];
        item.decisionIds ??= [];
        item.priority ??= 'normal';
      });
  },
};
