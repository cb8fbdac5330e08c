import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { storedTeamsOf, teamRegistry, writeImport } from '../../../../renderer/db/repos/import-repo';
import { defaultChoice, rowIds, type ImportPlan } from '../../../../shared/import/plan';
import { parseFiles } from '../../../../shared/parse';
import type { InputFile } from '../../../../shared/parse/types';
import type { TagId } from '../../../../shared/model';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures/import', name), 'utf8');

async function planFor(files: InputFile[]): Promise<ImportPlan> {
  const teams = await teamRegistry();
  const result = parseFiles(files, { teams });
  const known = (await db.teams.toArray()).map((t) => ({ id: t.id as string, name: t.name, aliases: t.aliases }));
  const stored = await storedTeamsOf(result.updates.map((u) => u.key));
  const choices = Object.fromEntries(result.updates.map((u) => [u.key, defaultChoice(u, known, stored[u.key])]));
  return { result, choices, sources: files.map((f, i) => ({ name: f.name, kind: 'plain-text' as const, sha: `sha-${f.name}-${i}` })) };
}

const sample = () => [{ name: 'community-team-updates-thread.txt', text: fixture('community-team-updates-thread.txt') }];
const topicJson = () => [{ name: 'topic-56458.json', text: fixture('sample/topic-56458.json') }, { name: 'posts-56458-page2.json', text: fixture('sample/posts-56458-page2.json') }];

async function snapshot() {
  return Object.fromEntries(await Promise.all(['sources', 'threads', 'teams', 'updates', 'items'].map(async (t) => [t, await db.table(t).toArray()])));
}

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('writeImport', () => {
  it('brings in the sample thread as eight teams with their asks', async () => {
    const outcome = await writeImport(await planFor(sample()));
    const teams = (await db.teams.toArray()).map((t) => t.name).sort();
    expect(teams).toHaveLength(8);
    expect(outcome.teamsCreated).toHaveLength(8);
    expect(await db.updates.where('teamId').equals('xen').count()).toBe(1);
    const xenAsks = await db.items.where('teamId').equals('xen').filter((i) => i.isAsk).toArray();
    expect(xenAsks.map((i) => i.text).join('\n')).toMatch(/@nixos\.org/);
    const marketing = await db.items.where('teamId').equals('marketing').filter((i) => i.isAsk).toArray();
    expect(marketing.some((i) => /matrix room/i.test(i.text))).toBe(true);
  });

  it('is idempotent: a second import of the same thread adds nothing and keeps tags', async () => {
    await writeImport(await planFor(sample()));
    const item = (await db.items.where('teamId').equals('xen').filter((i) => i.isAsk).first())!;
    await db.items.update(item.id, { tagIds: ['needs-decision' as TagId], status: 'triaged' });
    const before = { items: await db.items.count(), updates: await db.updates.count(), teams: await db.teams.count() };
    const outcome = await writeImport(await planFor(sample()));
    expect(outcome).toMatchObject({ updatesAdded: 0, updatesEdited: 0, itemsAdded: 0, teamsCreated: [] });
    expect({ items: await db.items.count(), updates: await db.updates.count(), teams: await db.teams.count() }).toEqual(before);
    expect(await db.items.get(item.id)).toMatchObject({ tagIds: ['needs-decision'], status: 'triaged' });
  });

  it('keeps the old revision of an edited post and the tags of its items', async () => {
    await writeImport(await planFor(topicJson()));
    const update = (await db.updates.where('teamId').equals('marketing').first())!;
    const matrix = (await db.items.where('updateId').equals(update.id).filter((i) => /matrix/i.test(i.text)).first())!;
    await db.items.update(matrix.id, { tagIds: ['t-infra' as TagId] });

    const edited = topicJson().map((f) => {
      const json = JSON.parse(f.text);
      for (const p of json.post_stream.posts) {
        if (p.id === update.postId) {
          p.raw = `${p.raw}\n\n## Requests\n\n- We also need a budget line for the NixCon booth.`;
          p.updated_at = '2024-12-01T10:00:00.000Z';
        }
      }
      return { name: f.name, text: JSON.stringify(json) };
    });
    const outcome = await writeImport(await planFor(edited));
    expect(outcome.updatesEdited).toBe(1);
    const after = (await db.updates.get(update.id))!;
    expect(after.revisions).toHaveLength(1);
    expect(after.revisions[0]!.raw).toBe(update.raw);
    expect(after.raw).toContain('NixCon booth');
    expect((await db.items.get(matrix.id))?.tagIds).toEqual(['t-infra']);
    expect(await db.items.where('updateId').equals(update.id).filter((i) => /NixCon booth/.test(i.text)).count()).toBe(1);
  });

  it('moves an unchanged post the member put under another team, with its items, keeping their tags, flags and notes', async () => {
    await writeImport(await planFor(topicJson()));
    const update = (await db.updates.where('teamId').equals('marketing').first())!;
    const items = await db.items.where('updateId').equals(update.id).toArray();
    const note = { id: 'n1', text: 'Ask them about the room', by: 'm-tom', at: '2024-12-01T10:00:00.000Z', shareable: false };
    await db.items.update(items[0]!.id, { tagIds: ['t-infra' as TagId], confidential: true, notes: [note], status: 'triaged' });

    const plan = await planFor(topicJson());
    const key = plan.result.updates.find((u) => rowIds.update(u.key) === update.id)!.key;
    plan.choices[key] = { include: true, team: { kind: 'existing', teamId: 'documentation' } };
    const outcome = await writeImport(plan);
    expect(outcome).toMatchObject({ updatesAdded: 0, updatesEdited: 0, updatesMoved: 1, itemsAdded: 0 });
    const after = (await db.updates.get(update.id))!;
    expect(after).toMatchObject({ teamId: 'documentation', raw: update.raw, revisions: update.revisions });
    const moved = await db.items.where('updateId').equals(update.id).toArray();
    expect(moved.map((i) => i.teamId)).toEqual(items.map(() => 'documentation'));
    expect(moved.find((i) => i.id === items[0]!.id)).toMatchObject({ tagIds: ['t-infra'], confidential: true, notes: [note], status: 'triaged' });
    expect(await db.items.where('teamId').equals('marketing').count()).toBe(0);
  });

  it('writes nothing when a row turns out invalid midway', async () => {
    await writeImport(await planFor(sample()));
    const before = await snapshot();
    const plan = await planFor(topicJson());
    const spy = vi.spyOn(db.items, 'bulkPut').mockImplementationOnce((() => Promise.reject(new Error('disk error'))) as never);
    await expect(writeImport(plan)).rejects.toThrow('disk error');
    spy.mockRestore();
    expect(await snapshot()).toEqual(before);
  });

  it('proposes unknown teams as new teams instead of dropping them', async () => {
    const plan = await planFor([{ name: 'weird-team.md', text: '# Bicycle repair team\n\n## Blockers or Challenges\n\n- We need an SC decision on our charter.\n' }]);
    const outcome = await writeImport(plan);
    expect(outcome.teamsCreated).toEqual(['Bicycle repair team']);
    expect((await db.teams.toArray())[0]).toMatchObject({ name: 'Bicycle repair team', isProposed: true });
  });
});
