/**
 * The editor fields whose text is stored and shown again (SECURITY.md check 21, the MarkText
 * CVE-2023-2318 scenario: HTML on the clipboard pasted into an editor ran as markup): an
 * item's notes and a meeting's minutes. Shared by the browser and the desktop checks, which
 * differ only in how they put HTML on the clipboard.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { addCommittee } from './committee';
import { LINK_TEAM } from './link-post';

/** What a page copied from a hostile site offers: markup that would run, and its plain text. */
export const PASTED_HTML =
  '<img src=x onerror="window.__pasteRan=1"><b>The moderation team grew a bit.</b><script>window.__pasteRan=2</script> <a href="javascript:window.__pasteRan=3">details</a>';
export const PASTED_TEXT = 'The moderation team grew a bit. details';

/** Starts counting the signs of pasted markup taking effect: CSP violations (inline handlers, scripts) and the flag they set. */
export async function watchForInjection(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pasteRan: number; __violations: string[] };
    w.__pasteRan = 0;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** The signs counted since watchForInjection, plus any pasted element in the page. */
export async function injectionSigns(page: Page): Promise<{ ran: number; violations: string[]; elements: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pasteRan: number; __violations: string[] };
    const elements = document.querySelectorAll('img[src="x"], script:not([src]), a[href^="javascript:"]').length;
    return { ran: w.__pasteRan, violations: w.__violations, elements };
  });
}

/** Opens the first item of the workspace and returns its "New note" field. */
export async function openNoteField(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Items' }).click();
  await page.getByRole('listbox', { name: /^Items/ }).getByRole('option').first().click();
  const field = page.getByRole('complementary').getByLabel('New note');
  await expect(field).toBeVisible();
  return field;
}

/** Plans a meeting with the imported team, adds one agenda entry and returns that entry's "Minutes" field. */
export async function openMinutesField(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meetings' }).click();
  const form = page.getByRole('form', { name: 'Plan a meeting' });
  await form.getByRole('combobox', { name: /^Team/ }).selectOption({ label: LINK_TEAM });
  await form.getByLabel('Title (optional)').fill('Links team meeting');
  await form.getByLabel('Date', { exact: true }).fill('2026-05-20');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Links team meeting' })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status check' });
  await status.getByPlaceholder('Add an entry to Status check').fill('Hosting costs');
  await status.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('listitem', { name: 'Hosting costs' })).toBeVisible();
  await page.getByRole('tab', { name: 'Minutes' }).click();
  const field = page.locator('.minutes-entry').filter({ hasText: 'Hosting costs' }).getByLabel('Minutes');
  await expect(field).toBeVisible();
  return field;
}

/** The note texts and minutes as stored in IndexedDB, read without the app's code. */
export async function storedTexts(page: Page): Promise<{ notes: string[]; minutes: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ notes: string[]; minutes: string[] }>((resolve, reject) => {
        const req = indexedDB.open('steering-desk');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['items', 'agendaEntries'], 'readonly');
          const items = tx.objectStore('items').getAll();
          const entries = tx.objectStore('agendaEntries').getAll();
          tx.oncomplete = () => {
            const notes = (items.result as { notes?: { text: string }[] }[]).flatMap((i) => (i.notes ?? []).map((n) => n.text));
            const minutes = (entries.result as { minutes: string }[]).map((e) => e.minutes).filter((m) => m !== '');
            req.result.close();
            resolve({ notes, minutes });
          };
        };
      }),
  );
}

/**
 * Pastes (keyboard shortcut) into the note and minutes fields and checks what was stored and
 * shown: the plain text, no element of the markup, nothing run. The clipboard must already
 * hold PASTED_HTML with PASTED_TEXT as its text.
 */
export async function pasteIntoNotesAndMinutes(page: Page): Promise<void> {
  // Notes are recorded under the member's name: say who they are (no other members needed).
  await addCommittee(page, 0);
  await watchForInjection(page);

  const note = await openNoteField(page);
  await note.click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(note).toHaveValue(PASTED_TEXT);
  await page.getByRole('complementary').getByRole('button', { name: 'Add note' }).click();
  const shown = page.getByRole('complementary').locator('.note-text');
  await expect(shown).toHaveText(PASTED_TEXT);
  expect(await shown.evaluate((p) => p.childElementCount)).toBe(0);

  const minutes = await openMinutesField(page);
  await minutes.click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(minutes).toHaveValue(PASTED_TEXT);
  // Minutes are saved when the field loses the focus.
  await minutes.press('Tab');
  await expect.poll(async () => (await storedTexts(page)).minutes).toEqual([PASTED_TEXT]);
  expect((await storedTexts(page)).notes).toEqual([PASTED_TEXT]);
  expect(await injectionSigns(page)).toEqual({ ran: 0, violations: [], elements: 0 });
}
