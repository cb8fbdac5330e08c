import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { copyExportTemplate, deleteExportTemplate, listExportTemplates, resetBuiltInTemplate, saveExportTemplate } from '../../../../renderer/db/repos/templates-repo';
import { BUILT_IN_TEMPLATES } from '../../../../shared/export/templates/builtin';
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
