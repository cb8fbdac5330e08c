/**
 * Stored copies of built-in templates follow the built-ins (issue 13), in the real app: a
 * workspace written by the first release (schema v2, the first with templates) holding the
 * export templates as that release stored them opens with the current built-in bodies,
 * while a copy the member edited keeps their text. Migration 0004; unit tests in
 * test/renderer/db/migration-0004.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DB_NAME } from '../../renderer/db/db';
import { m0002 } from '../../renderer/db/migrations/0002-history-templates';
import { SCHEMA_VERSION } from '../../renderer/db/migrations';
import { BUILT_IN_TEMPLATES } from '../../shared/export/templates/builtin';
import { fixturePath } from './support/import';
import { blankPageOf, createRawDatabase, readRawDatabase } from './support/raw-idb';
import { v1Rows, v1Stores } from './support/v1-workspace';

type TemplateRow = { id: string; body: string; name: string };
const OLD = (JSON.parse(readFileSync(fixturePath('db/export-templates-1ecdd74.json'), 'utf8')) as { rows: TemplateRow[] }).rows;
const old = (id: string) => OLD.find((r) => r.id === id)!;

test('a first-release workspace opens with the current built-in templates and keeps an edited one', async ({ page, context, baseURL }) => {
  const other = await blankPageOf(context, baseURL!);
  const stores = { ...v1Stores(), ...Object.fromEntries(Object.entries(m0002.stores).filter((e): e is [string, string] => e[1] !== null)) };
  const edited = { ...old('vote-log-classic'), body: `${old('vote-log-classic').body}\n_Recorded by the SC secretary._\n` };
  await createRawDatabase(other, DB_NAME, m0002.version * 10, stores, { ...v1Rows(), templates: [old('vote-log-modern'), old('decision-log'), edited] });

  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  const upgraded = (await readRawDatabase(other, DB_NAME))!;
  expect(upgraded.version).toBe(SCHEMA_VERSION * 10);
  const byId = new Map((upgraded.tables.templates as TemplateRow[]).map((t) => [t.id, t]));
  expect(byId.get('vote-log-modern')).toEqual({ ...old('vote-log-modern'), body: BUILT_IN_TEMPLATES['vote-log-modern'].body });
  expect(byId.get('decision-log')).toEqual({ ...old('decision-log'), body: BUILT_IN_TEMPLATES['decision-log'].body });
  expect(byId.get('vote-log-classic')).toEqual(edited);
});
