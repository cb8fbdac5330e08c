import { expect, type Page } from '@playwright/test';

/** Meetings → Plan a round: every team of the sample thread on `day`, SC members proposed. */
export async function proposeRound(page: Page, day: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meetings' }).click();
  await page.getByRole('tab', { name: 'Plan a round' }).click();
  await page.getByRole('button', { name: 'Select all teams' }).click();
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByRole('button', { name: 'Propose SC members' }).click();
}

/** Plans and creates the eight team meetings of the sample thread on `day`. */
export async function createRound(page: Page, day: string): Promise<void> {
  await proposeRound(page, day);
  await page.getByRole('button', { name: 'Create 8 meetings' }).click();
  await expect(page.getByRole('list', { name: 'Meetings coming up' }).getByRole('listitem')).toHaveCount(8);
}
