/**
 * The steps of SECURITY.md check 36 that the browser build (test/e2e/durability.spec.ts)
 * and the desktop app (test/e2e/electron/durability.spec.ts) share. They differ in where
 * automatic backups land (the browser's backup store, the desktop's backup folder) and in
 * how the second window is opened, so those come in as arguments.
 */
import { expect, type Page } from '@playwright/test';
import { DB_NAME } from '../../../renderer/db/db';
import { SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { databaseVersion, readRawDatabase, releaseHeld, type RawRows } from './raw-idb';
import { V1_NATIVE_VERSION } from './v1-workspace';

const HOUR = 3_600_000;
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/**
 * After another window opened a newer schema: `page` shows the reload screen, and its next
 * automatic backup finds the database closed instead of reopening it, so no backup is added
 * to the one `scheduledBackups` (the names of the scheduled backups saved so far) lists now.
 * Needs the page's fake clock installed.
 */
export async function expectClosedForNewerSchema(page: Page, scheduledBackups: () => string[] | Promise<string[]>): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Steering Desk was updated in another window' })).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);

  // The next automatic backup would read the database: this window must find it closed, not reopen it.
  const failures: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('automatic backup failed')) void m.args()[1]?.evaluate((e: { name?: string }) => e.name ?? '').then((name) => failures.push(name));
  });
  await page.clock.runFor(4 * HOUR + 60_000);
  await expect.poll(() => failures, { timeout: 10_000 }).toEqual(['DatabaseClosedError']);
  expect(await scheduledBackups()).toHaveLength(1);
}

/**
 * An upgrade held up by an old v1 connection in `other`: the database stays at v1 until that
 * connection lets go, then `page` opens the workspace, upgraded, with the teams of `rows` (the
 * seeded v1 rows) kept.
 */
export async function expectUpgradeWaitsForOldConnection(page: Page, other: Page, rows: RawRows): Promise<void> {
  expect(await databaseVersion(other, DB_NAME)).toBe(V1_NATIVE_VERSION);

  await releaseHeld(other);
  await expect(mainNav(page)).toBeVisible();
  const upgraded = (await readRawDatabase(other, DB_NAME))!;
  expect(upgraded.version).toBe(SCHEMA_VERSION * 10);
  expect(upgraded.tables.teams).toEqual(rows.teams);
}
