import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { undoLastChange } from '../../../../renderer/db/repos/history-repo';
import {
  copyExportTemplate, deleteExportTemplate, keepMyExportTemplate, listExportTemplates, resetBuiltInTemplate, saveExportTemplate,
} from '../../../../renderer/db/repos/templates-repo';
import { BUILT_IN_TEMPLATES } from '../../../../shared/export/templates/builtin';
import { SHIPPED_EXPORT_BODIES } from '../../../../shared/export/templates/builtin-history';
import { newerBuiltInBody } from '../../../../shared/templates/built-in-copies';
import type { TemplateId } from '../../../../shared/model';

const id = (s: string) => s as TemplateId;

beforeEach(async () => {
  await resetDatabaseForTests();
});

describe('export templates', () => {
  it('lists the built-ins before any is stored', async () => {
    const list = await listExportTemplates();
    expect(list.map((t) => [t.id, t.target])).toEqual([['vote-log-classic', 'vote-log'], ['vote-log-modern', 'vote-log'], ['decision-log', 'decision-log']]);
    expect(await db.templates.count()).toBe(0);
  });

  it('stores an edited built-in and resets it to the original body', async () => {
    await saveExportTemplate(id('vote-log-modern'), { body: '# {{title}}\n' }, 'Tom');
    expect((await db.templates.get('vote-log-modern'))?.body).toBe('# {{title}}\n');
    await resetBuiltInTemplate(id('vote-log-modern'), 'Tom');
    expect((await db.templates.get('vote-log-modern'))?.body).toBe(BUILT_IN_TEMPLATES['vote-log-modern'].body);
  });

  it('refuses a template that prints a field unescaped and keeps the old body', async () => {
    await expect(saveExportTemplate(id('decision-log'), { body: '{{{title}}}' }, 'Tom')).rejects.toMatchObject({ code: 'invalid-template' });
    const [, , log] = await listExportTemplates();
    expect(log?.body).toBe(BUILT_IN_TEMPLATES['decision-log'].body);
  });

  it('copies a template for the same export and deletes the copy but not a built-in', async () => {
    const [classic] = await listExportTemplates();
    const copy = await copyExportTemplate(classic!, 'Our vote log', 'Tom');
    expect((await listExportTemplates()).at(-1)).toMatchObject({ name: 'Our vote log', target: 'vote-log', isBuiltIn: false });
    await deleteExportTemplate(copy.id);
    expect(await db.templates.get(copy.id)).toBeUndefined();
    await expect(deleteExportTemplate(id('vote-log-classic'))).rejects.toMatchObject({ code: 'built-in-template' });
  });
});

describe('stored copies of the built-in export templates (issue 13)', () => {
  const OLD_MODERN = SHIPPED_EXPORT_BODIES['vote-log-modern'][0];
  const NEW_MODERN = BUILT_IN_TEMPLATES['vote-log-modern'].body;
  const store = (body: string, extra: Record<string, unknown> = {}) =>
    db.templates.put({ id: id('vote-log-modern'), kind: 'export', name: 'Vote log (modern)', body, isBuiltIn: true, target: 'vote-log', updatedAt: '2026-11-30T10:00:00.000Z', ...extra });
  const modern = async () => (await listExportTemplates()).find((t) => t.id === 'vote-log-modern')!;

  it('reads an unedited copy of an older built-in as the current built-in', async () => {
    await store(OLD_MODERN);
    expect((await modern()).body).toBe(NEW_MODERN);
  });

  it('keeps a member’s edit of the older built-in and offers the newer one', async () => {
    const mine = `${OLD_MODERN}\n_Recorded by the secretary._\n`;
    await store(mine);
    const t = await modern();
    expect(t.body).toBe(mine);
    expect(newerBuiltInBody(t)).toBe(NEW_MODERN);
  });

  it('“Keep mine” keeps the edit and stops offering the newer built-in; undo offers it again', async () => {
    const mine = `${OLD_MODERN}\nours\n`;
    await store(mine);
    await keepMyExportTemplate(id('vote-log-modern'), 'Tom');
    expect(await modern()).toMatchObject({ body: mine, builtInVersion: SHIPPED_EXPORT_BODIES['vote-log-modern'].length });
    expect(newerBuiltInBody(await modern())).toBeUndefined();
    await undoLastChange('Tom');
    expect(newerBuiltInBody(await modern())).toBe(NEW_MODERN);
  });

  it('“Use the new built-in” replaces the edit, and undo puts the member’s text back', async () => {
    const mine = `${OLD_MODERN}\nours\n`;
    await store(mine);
    await resetBuiltInTemplate(id('vote-log-modern'), 'Tom');
    expect((await db.templates.get('vote-log-modern'))?.body).toBe(NEW_MODERN);
    expect(newerBuiltInBody(await modern())).toBeUndefined();
    await undoLastChange('Tom');
    expect((await db.templates.get('vote-log-modern'))?.body).toBe(mine);
  });

  it('records that an edit of the current built-in starts from its current version', async () => {
    await saveExportTemplate(id('decision-log'), { body: '# Decisions\n' }, 'Tom');
    expect(await db.templates.get('decision-log')).toMatchObject({ body: '# Decisions\n', builtInVersion: SHIPPED_EXPORT_BODIES['decision-log'].length });
    expect(newerBuiltInBody((await db.templates.get('decision-log'))!)).toBeUndefined();
  });
});
