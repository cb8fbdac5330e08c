import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../../renderer/app/App';
import { resetUiStore, useUi } from '../../../renderer/store';

afterEach(() => resetUiStore());

describe('App', () => {
  it('shows the recovery screen, not an empty workspace, when an upgrade failed', () => {
    useUi.getState().setDbStatus({ kind: 'upgrade-failed', message: 'Upgrading the workspace to version 3 failed: boom' });
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Your workspace could not be upgraded' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Restore your latest backup');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('stops and asks for a reload when another window upgraded the database', () => {
    useUi.getState().setDbStatus({ kind: 'version-changed' });
    render(<App />);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
