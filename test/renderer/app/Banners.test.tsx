import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Banners, NOTICE_MS } from '../../../renderer/app/Banners';
import { resetUiStore, useUi } from '../../../renderer/store';

afterEach(() => {
  vi.useRealTimers();
  resetUiStore();
});

describe('Banners', () => {
  it('lets confirmations fade after a while but keeps errors until dismissed', () => {
    vi.useFakeTimers();
    render(<Banners />);
    act(() => {
      useUi.getState().notify('success', 'Saved.');
      useUi.getState().notify('error', 'Not saved.');
    });
    expect(screen.getByText('Saved.')).toBeTruthy();
    act(() => vi.advanceTimersByTime(NOTICE_MS + 10));
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(screen.getByText('Not saved.')).toBeTruthy();
  });

  it('shows at most three notices at once', () => {
    render(<Banners />);
    act(() => {
      for (let i = 1; i <= 5; i++) useUi.getState().notify('error', `Problem ${i}`);
    });
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Problem 3×', 'Problem 4×', 'Problem 5×']);
  });

  it('keeps the storage-full warning until the member dismisses it', () => {
    vi.useFakeTimers();
    render(<Banners />);
    act(() => useUi.getState().setStorageFull(true));
    act(() => vi.advanceTimersByTime(NOTICE_MS * 3));
    expect(screen.getByRole('alert').textContent).toContain('storage is full');
  });
});
