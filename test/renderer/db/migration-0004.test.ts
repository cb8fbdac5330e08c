/**
 * Migration 0004 (issue 13): stored copies of built-in templates that the member never
 * edited take the current built-in body; an edited copy, a member's own template and a
 * template the app does not know are left exactly as they were. Seeded with the export
 * templates as the first release stored them (test/fixtures/db/export-templates-1ecdd74.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SteeringDb } from '../../../renderer/db/db';
import { m0001 } from '../../../renderer/db/migrations/0001-initial';
import { m0002 } from '../../../renderer/db/migrations/0002-history-templates';
import { m0003 } from '../../../renderer/db/migrations/0003-lean-item-indexes';
import type { Migration } from '../../../renderer/db/migrations/types';
import { BUILT_IN_TEMPLATES } from '../../../shared/export/templates/builtin';
import { BUILT_IN_TEMPLATE_IDS, NIXOS_SC_TEMPLATE } from '../../../shared/meetings/templates';
import { newerBuiltInBody } from '../../../shared/templates/built-in-copies';

type Row = { id: string; kind: string; name: string; body: string; isBuiltIn: boolean; updatedAt: string; target?: string };
const OLD = (JSON.parse(readFileSync(join(__dirname, '../../fixtures/db/export-templates-1ecdd74.json'), 'utf8')) as { rows: Row[] }).rows;
const old = (id: string) => OLD.find((r) => r.id === id)!;

const names: string[] = [];
const fresh = () => {
  const name = `mig4-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

async function seed(name: string, migrations: Migration[], rows: Row[]) {
  const before = new SteeringDb(name, migrations);
  await before.open();
  await before.table('templates').bulkAdd(rows);
  before.close();
}

const editedClassic: Row = { ...old('vote-log-classic'), body: `${old('vote-log-classic').body}\n_Recorded by the SC secretary._\n`, updatedAt: '2026-11-30T10:00:00.000Z' };
const ownCopy: Row = { ...old('decision-log'), id: 'tpl-own', name: 'Decision log (our layout)', isBuiltIn: false };
const unknownBuiltIn: Row = { id: 'tpl-1', kind: 'meeting', name: 'Team sync', body: '## Asks\n', isBuiltIn: true, updatedAt: '2026-11-01T00:00:00.000Z' };
const meetingCopy: Row = { id: BUILT_IN_TEMPLATE_IDS.nixosSc, kind: 'meeting', name: 'NixOS SC meeting', body: NIXOS_SC_TEMPLATE, isBuiltIn: true, updatedAt: '2026-11-26T00:00:00.000Z' };

describe('migration 0004 (built-in template copies follow the built-ins)', () => {
  it('gives unedited copies of a workspace from the first release the current built-in bodies', async () => {
    const name = fresh();
    // Schema v2 as released (2344806): the first with a templates table.
    await seed(name, [m0001, m0002], [old('vote-log-modern'), old('decision-log'), meetingCopy]);
    const db = new SteeringDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.templates.get('vote-log-modern')).toEqual({ ...old('vote-log-modern'), body: BUILT_IN_TEMPLATES['vote-log-modern'].body });
    expect(await db.templates.get('decision-log')).toEqual({ ...old('decision-log'), body: BUILT_IN_TEMPLATES['decision-log'].body });
    expect((await db.templates.get('decision-log'))?.body).toContain('{{#linkMd}}');
    expect(await db.templates.get(meetingCopy.id)).toEqual(meetingCopy);
    db.close();
  });

  it('keeps an edited copy, a member’s own template and an unknown template exactly as they were', async () => {
    const name = fresh();
    await seed(name, [m0001, m0002, m0003], [editedClassic, ownCopy, unknownBuiltIn]);
    const db = new SteeringDb(name);
    await db.open();
    expect(await db.templates.get('vote-log-classic')).toEqual(editedClassic);
    expect(await db.templates.get('tpl-own')).toEqual(ownCopy);
    expect(await db.templates.get('tpl-1')).toEqual(unknownBuiltIn);
    // The edited copy is based on the first built-in, so the newer one is offered.
    expect(newerBuiltInBody((await db.templates.get('vote-log-classic'))!)).toBe(BUILT_IN_TEMPLATES['vote-log-classic'].body);
    db.close();
  });

  it('opens a v1 workspace (no templates table yet) through every step', async () => {
    const name = fresh();
    const v1 = new SteeringDb(name, [m0001]);
    await v1.open();
    await v1.table('teams').add({ id: 'xen', name: 'Xen', aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2024-11-25T10:00:00.000Z' });
    v1.close();
    const db = new SteeringDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.templates.count()).toBe(0);
    expect(await db.teams.count()).toBe(1);
    db.close();
  });

  it('is a no-op when opened again', async () => {
    const name = fresh();
    await seed(name, [m0001, m0002, m0003], [old('vote-log-classic')]);
    const first = new SteeringDb(name);
    await first.open();
    const after = await first.templates.get('vote-log-classic');
    first.close();
    const second = new SteeringDb(name);
    await second.open();
    expect(await second.templates.get('vote-log-classic')).toEqual(after);
    second.close();
  });
});
