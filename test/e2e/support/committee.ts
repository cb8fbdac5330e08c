import { expect, type Page } from '@playwright/test';

/** The committee the end-to-end flows work with (names and handles from the SC's minutes). */
export const SC_MEMBERS = [
  ['Tom Bereknyei', 'tomberek'],
  ['Julien Malka', 'JulienMalka'],
  ['Philip Taron', 'philiptaron'],
  ['Robert Hensing', 'roberth'],
  ['John Ericson', 'Ericson2314'],
] as const;

/** Says who the member is ("Tom Bereknyei") and adds the first `count` SC members (or `committee`) through Settings. */
export async function addCommittee(page: Page, count: number = SC_MEMBERS.length, committee: readonly (readonly [string, string])[] = SC_MEMBERS): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Tom Bereknyei');
  await page.getByRole('button', { name: 'Save' }).click();
  const add = page.getByRole('form', { name: 'Add an SC member' });
  for (const [name, handle] of committee.slice(0, count)) {
    await add.getByLabel('Name', { exact: true }).fill(name);
    await add.getByLabel('Handle (optional)').fill(handle);
    await add.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('list', { name: 'SC members' })).toContainText(name);
  }
}
