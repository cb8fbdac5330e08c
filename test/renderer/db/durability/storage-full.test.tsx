// SECURITY.md check 35: storage full is recognised (plain, and wrapped in an AbortError),
// the member sees the persistent banner, and what they typed stays on screen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Banners } from '../../../../renderer/app/Banners';
import { MeForm } from '../../../../renderer/features/settings/MeForm';
import { db, resetDatabaseForTests } from '../../../../renderer/db/instance';
import { resetUiStore, useUi } from '../../../../renderer/store';
import { failWritesTo, stopFailing } from './inject';

const plainQuota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const wrappedQuota = () => Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: plainQuota() });

beforeEach(async () => {
  await resetDatabaseForTests();
});
afterEach(async () => {
  await stopFailing();
  resetUiStore();
});

describe('a save that hits a full disk', () => {
  it.each([
    ['a plain QuotaExceededError', plainQuota],
    ['a QuotaExceededError inside an AbortError', wrappedQuota],
  ])('shows the storage-full banner and keeps the typed text for %s', async (_label, error) => {
    await failWritesTo('settings', error);
    render(
      <>
        <Banners />
        <MeForm />
      </>,
    );
    const input = screen.getByLabelText('Your name');
    await userEvent.type(input, 'Ada Lovelace');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(useUi.getState().storageFull).toBe(true));
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/storage is full/i);
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Ada Lovelace');
    expect(await db.settings.get('me')).toBeUndefined();
  });
});
