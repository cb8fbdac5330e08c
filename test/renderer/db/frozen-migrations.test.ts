/**
 * Shipped migrations are frozen (issue 12): the app's migrations against the committed
 * record of what was released (test/fixtures/db/released-migrations.json) and the list of
 * names retired on purpose (test/fixtures/db/retired-schema-names.json). No environment
 * flag rewrites either file; see frozen-migrations.ts for the rule and README "Database changes".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../renderer/db/migrations';
import {
  checkFrozenMigrations, FROZEN_ADVICE, recordReleased, RELEASED_FIXTURE, RETIRED_FIXTURE, unreleasedNote, unretiredRemovals,
  type CheckedMigration, type ReleasedFixture, type RetiredFixture, type RetiredName,
} from './frozen-migrations';
import { codeFingerprint, withCode } from './migration-code';

const ROOT = join(__dirname, '../../..');
const released = JSON.parse(readFileSync(join(ROOT, RELEASED_FIXTURE), 'utf8')) as ReleasedFixture;
const retired = (JSON.parse(readFileSync(join(ROOT, RETIRED_FIXTURE), 'utf8')) as RetiredFixture).retired;
const app = withCode(MIGRATIONS, ROOT);

/** A copy of the app's migrations with version `v` changed. */
const edit = (v: number, change: (m: CheckedMigration) => CheckedMigration) => app.map((m) => (m.version === v ? change(m) : m));
const next = app.length + 1;
const addNext = (stores: CheckedMigration['stores']) => [...app, { version: next, stores, code: 'sha256:next', file: `renderer/db/migrations/000${next}-next.ts` }];
const problemsOf = (migrations: readonly CheckedMigration[], retiredNames: readonly RetiredName[] = retired) =>
  checkFrozenMigrations(migrations, released, retiredNames).problems;

describe('shipped migrations are frozen', () => {
  it('keeps every released migration exactly as it shipped and retires every removed name', () => {
    const report = checkFrozenMigrations(app, released, retired);
    expect(report.problems, FROZEN_ADVICE).toEqual([]);
    if (report.unreleased.length) console.info(unreleasedNote(report.unreleased));
  });

  it('records version 1 as it shipped, with the item indexes 5ade8bc took out', () => {
    expect(released.versions['1']!.stores.items).toBe('id, updateId, teamId, threadId, status, *tagIds');
  });
});

describe('the frozen check fails on', () => {
  it('an edited index string in a released version', () => {
    const problems = problemsOf(edit(1, (m) => ({ ...m, stores: { ...m.stores, items: 'id, updateId, teamId, *tagIds' } })));
    expect(problems).toContainEqual(expect.stringMatching(/^Migration 1 .*items changed from 'id, updateId, teamId, threadId, status, \*tagIds' to 'id, updateId, teamId, \*tagIds'/));
  });

  it('a table taken out of a released version', () => {
    const problems = problemsOf(edit(2, (m) => ({ ...m, stores: { history: m.stores.history! } })));
    expect(problems).toContainEqual(expect.stringMatching(/^Migration 2 .*table templates was taken out/));
  });

  it('a table added to a released version', () => {
    expect(problemsOf(edit(2, (m) => ({ ...m, stores: { ...m.stores, notes: 'id' } })))).toEqual([expect.stringMatching(/^Migration 2 .*table notes was added/)]);
  });

  it('an edited upgrade in a released version', () => {
    expect(problemsOf(edit(2, (m) => ({ ...m, code: 'sha256:edited' })))).toEqual([expect.stringMatching(/^Migration 2 .*its code changed/)]);
  });

  it('a released migration that is gone', () => {
    expect(problemsOf(app.filter((m) => m.version !== 2))).toContainEqual(expect.stringMatching(/^Migration 2 .*is gone/));
  });

  it('a new migration numbered before the last released one', () => {
    const gapped: ReleasedFixture = { versions: { '1': released.versions['1']!, '3': { ...released.versions['2']!, stores: { templates: 'id, kind' } } } };
    const migrations = [app[0]!, { version: 2, stores: { history: 'id' }, code: 'sha256:x' }, { version: 3, stores: { templates: 'id, kind' }, code: released.versions['2']!.code }];
    expect(checkFrozenMigrations(migrations, gapped, []).problems).toContainEqual(expect.stringMatching(/^Migration 2 is not in .* but version 3 is/));
  });

  it('a dropped table without a retired entry', () => {
    expect(problemsOf(addNext({ templates: null }))).toEqual([expect.stringContaining(`Migration ${next} removes table templates, which is not in`)]);
  });

  it('a dropped index without a retired entry', () => {
    expect(problemsOf(addNext({ teams: 'id' }))).toEqual([expect.stringContaining(`Migration ${next} removes index teams.name,`)]);
  });

  it('an index whose kind changed (its old spelling is gone)', () => {
    expect(problemsOf(addNext({ teams: 'id, &name' }))).toEqual([expect.stringMatching(/removes index teams\.name,/)]);
  });

  it('a changed primary key', () => {
    expect(problemsOf(addNext({ settings: 'id' }))).toEqual([expect.stringMatching(/changes the primary key of settings from 'key' to 'id'/)]);
  });

  it('the retired indexes coming back without leaving the list', () => {
    expect(problemsOf(addNext({ items: 'id, updateId, teamId, threadId, *tagIds' }))).toEqual([expect.stringMatching(/items\.threadId is listed as retired, but the latest schema still has it/)]);
  });

  it('retired entries with no reason, a wrong version or a name never declared', () => {
    const bad: RetiredName[] = [
      { ...retired[0]!, reason: '' },
      { ...retired[1]!, retiredIn: 2 },
      { name: 'items.stauts', retiredIn: 3, reason: 'a typo for a real index name' },
    ];
    expect(problemsOf(app, bad)).toEqual([
      expect.stringMatching(/items\.status needs a reason/),
      expect.stringMatching(/items\.threadId says retiredIn 2, but migration 3 removed it/),
      expect.stringMatching(/items\.stauts was never declared/),
    ]);
  });
});

describe('the frozen check allows', () => {
  it('a new migration after the last released one, and says how to record it', () => {
    const report = checkFrozenMigrations(addNext({ notes: 'id, itemId' }), released, retired);
    expect(report.problems).toEqual([]);
    expect(report.unreleased).toContain(next);
    expect(unreleasedNote(report.unreleased)).toContain(`record-released-migrations.ts ${next} <release tag or commit>`);
  });

  it('a dropped table or index that has a retired entry', () => {
    const withEntries = [...retired, { name: 'templates', retiredIn: next, reason: 'templates moved into settings' }, { name: 'teams.name', retiredIn: next, reason: 'team lookups go by alias' }];
    expect(problemsOf(addNext({ templates: null, teams: 'id' }), withEntries)).toEqual([]);
  });
});

describe('the code fingerprint', () => {
  const source = readFileSync(join(ROOT, 'renderer/db/migrations/0002-history-templates.ts'), 'utf8');

  it('ignores comments, layout and import paths', () => {
    const reworded = `// a new note\n${source.replace("from './types'", "from './types.ts'").replace('async upgrade(tx) {', 'async upgrade(tx) {\n    // why: issue 4\n\n')}`;
    expect(codeFingerprint(reworded)).toBe(codeFingerprint(source));
  });

  it('changes with the upgrade code', () => {
    expect(codeFingerprint(source.replace("item.priority ??= 'normal'", "item.priority ??= 'low'"))).not.toBe(codeFingerprint(source));
  });
});

describe('recording a release', () => {
  const upToNext = addNext({ notes: 'id, itemId' });

  it('appends the new versions and keeps the recorded ones as they are', () => {
    const recorded = recordReleased(released, retired, upToNext, { through: next, releasedIn: 'v9.9.9' });
    for (const [v, entry] of Object.entries(released.versions)) expect(recorded.versions[v]).toEqual(entry);
    expect(recorded.versions[String(next)]).toMatchObject({ releasedIn: 'v9.9.9', stores: { notes: 'id, itemId' }, code: 'sha256:next' });
    expect(checkFrozenMigrations(upToNext, recorded, retired)).toEqual({ problems: [], unreleased: [] });
  });

  it('refuses when a recorded version was edited', () => {
    const edited = upToNext.map((m) => (m.version === 1 ? { ...m, stores: { ...m.stores, items: 'id' } } : m));
    expect(() => recordReleased(released, retired, edited, { through: next, releasedIn: 'v9.9.9' })).toThrow(/Refusing to record[\s\S]*Migration 1 /);
  });

  it('refuses when there is nothing new to record', () => {
    expect(() => recordReleased(released, retired, app, { through: 2, releasedIn: 'v9.9.9' })).toThrow(/Nothing to record/);
  });
});

describe('updating the schema snapshot', () => {
  const before = { items: { primKey: 'id', indexes: ['*tagIds', 'status', 'teamId', 'threadId'] }, tags: { primKey: 'id', indexes: ['name'] } };

  it('may drop retired names only', () => {
    const after = { items: { primKey: 'id', indexes: ['*tagIds', 'teamId'] }, tags: { primKey: 'id', indexes: ['name'] } };
    expect(unretiredRemovals(before, after, ['items.status', 'items.threadId'])).toEqual([]);
  });

  it('names every table, index and primary key it would lose otherwise', () => {
    const after = { items: { primKey: 'id', indexes: ['*tagIds', 'teamId'] } };
    expect(unretiredRemovals(before, after, ['items.status'])).toEqual(['items.threadId', 'tags']);
    expect(unretiredRemovals(before, { ...before, tags: { primKey: 'name', indexes: [] } }, [])).toEqual(['tags (primary key id)']);
  });
});
