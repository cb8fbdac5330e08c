// SECURITY.md check 34: no repo awaits non-Dexie work inside a transaction. `fetch` and
// `setTimeout` are replaced by spies that fail (and record) when called while
// `Dexie.currentTransaction` is set; each repo then runs a representative write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { addItemNote, editItemTags, setItemStatus } from '../../../../renderer/db/repos/items-repo';
import { changeDecisionStatus, createDecision, setVote } from '../../../../renderer/db/repos/decisions-repo';
import { createAction } from '../../../../renderer/db/repos/actions-repo';
import { addEntries, recordEntryDecision } from '../../../../renderer/db/repos/agenda-repo';
import { createMeetings, ensureBuiltInTemplates } from '../../../../renderer/db/repos/meetings-repo';
import { addMember } from '../../../../renderer/db/repos/members-repo';
import { setMe } from '../../../../renderer/db/repos/settings-repo';
import { undoLastChange } from '../../../../renderer/db/repos/history-repo';
import { makeBackup, restoreBackup } from '../../../../renderer/db/repos/backup-repo';
import type { ItemId, MemberId, TagId } from '../../../../shared/model';
import { seedSampleWorkspace } from '../../support/seed';

const violations: string[] = [];
const originals = { fetch: globalThis.fetch, setTimeout: globalThis.setTimeout };

function guard<T extends (...args: never[]) => unknown>(name: string, fn: T): T {
  return ((...args: never[]) => {
    if (Dexie.currentTransaction) {
      violations.push(`${name} inside a ${Dexie.currentTransaction.mode} transaction on ${Dexie.currentTransaction.storeNames.join(', ')}`);
      throw new Error(`${name} called inside a Dexie transaction`);
    }
    return fn(...args);
  }) as T;
}

beforeEach(async () => {
  await resetDatabaseForTests();
  await seedSampleWorkspace();
  violations.length = 0;
  globalThis.fetch = guard('fetch', originals.fetch ?? (async () => new Response())) as typeof fetch;
  globalThis.setTimeout = guard('setTimeout', originals.setTimeout) as typeof setTimeout;
});
afterEach(() => {
  globalThis.fetch = originals.fetch;
  globalThis.setTimeout = originals.setTimeout;
});

describe('repo writes stay inside Dexie while a transaction is open', () => {
  it('the guard catches a fetch inside a transaction', async () => {
    await expect(db.transaction('rw', db.tags, async () => {
      await fetch('http://127.0.0.1/');
    })).rejects.toThrow('inside a Dexie transaction');
    expect(violations).toHaveLength(1);
  });

  it('triage, decisions, meetings, settings, history and backup writes never leave the transaction', async () => {
    await setMe('Ada');
    await addMember({ name: 'Grace', handle: 'grace' });
    await setItemStatus(['xen-alias' as ItemId], 'triaged');
    await editItemTags(['xen-alias' as ItemId], { add: ['t-budget' as TagId] });
    await addItemNote('xen-alias' as ItemId, { text: 'Ask infra', shareable: false });
    const decision = await createDecision({
      title: 'Approve the alias', motion: 'Yes', options: ['+1', '-1'], venue: { kind: 'meeting' }, rationale: '', confidentiality: 'public',
      itemIds: ['xen-alias' as ItemId], teamIds: [], tagIds: [],
    });
    await setVote(decision.id, 'm-tom' as MemberId, '+1');
    await changeDecisionStatus(decision.id, 'approved');
    await createAction({ text: 'Tell Xen', owner: { kind: 'member', memberId: 'm-tom' as MemberId }, origin: { kind: 'decision', decisionId: decision.id }, teamId: null });
    await ensureBuiltInTemplates();
    const [meeting] = await createMeetings([{ title: 'Xen sync', teamIds: [], timeZone: 'UTC', durationMin: 30 }]);
    const [entry] = await addEntries(meeting!.id, [{ section: 'Asks', title: 'Matrix room', itemId: 'mkt-matrix' as ItemId }]);
    await recordEntryDecision(entry!.id, { title: 'Grant the room', motion: '', status: 'approved', votes: [] });
    await undoLastChange();
    const { backup } = await makeBackup('manual', '0.1.0');
    await restoreBackup(backup, { appVersion: '0.1.0', save: async () => undefined });
    expect(violations).toEqual([]);
    expect(await db.decisions.count()).toBe(2);
  });
});
