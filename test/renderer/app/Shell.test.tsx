/**
 * One boundary per view (issue 20): a view that throws while rendering leaves the
 * navigation, the banners and the other views working, instead of a white window.
 */
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Shell } from '../../../renderer/app/Shell';
import { resetDatabaseForTests } from '../../../renderer/db/instance';
import { resetUiStore, useUi } from '../../../renderer/store';

configure({ asyncUtilTimeout: 5000 });

vi.mock('../../../renderer/features/items/ItemsView', () => ({
  ItemsView: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  },
}));

beforeEach(async () => {
  await resetDatabaseForTests();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  resetUiStore();
  vi.restoreAllMocks();
});

describe('a view that throws', () => {
  it('is replaced by a message in words; navigation and the other views keep working', async () => {
    const user = userEvent.setup();
    render(<Shell />);
    useUi.getState().notify('info', 'Imported: 3 new updates.');
    await user.click(screen.getByRole('button', { name: 'Items' }));
    expect((await screen.findByText(/^The Items view could not be shown/)).textContent).toBe(
      "The Items view could not be shown: Cannot read properties of undefined (reading 'length'). The rest of the app is fine.",
    );
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByText('Imported: 3 new updates.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Decisions' }));
    expect(screen.queryByText(/could not be shown/)).toBeNull();
    expect(useUi.getState().view).toBe('decisions');
  });
});
