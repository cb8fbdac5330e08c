/**
 * Contained failures (issue 20): a record that throws while rendering shows a recoverable
 * message in its place; the records beside it, the form beside it and what is typed there
 * stay as they were.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, RecordBoundary } from '../../../renderer/components/ErrorBoundary';

let isBroken = true;
function Record({ name }: { name: string }) {
  if (isBroken && name === 'bad') throw new TypeError('Invalid URL');
  return <p>Record {name}</p>;
}

function Page({ ids }: { ids: string[] }) {
  const [draft, setDraft] = useState('');
  return (
    <div>
      <label>
        Note <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      {ids.map((id) => (
        <RecordBoundary key={id} what="This update" recordKey={id}>
          <Record name={id} />
        </RecordBoundary>
      ))}
    </div>
  );
}

beforeEach(() => {
  isBroken = true;
  // React and the boundary report the caught error on the console; that is for developers.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('a record that throws while rendering', () => {
  it('shows what could not be shown and why, in words, and keeps its siblings', () => {
    render(<Page ids={['good', 'bad', 'other']} />);
    expect(screen.getByRole('alert').textContent).toBe('This update could not be shown: Invalid URL. Other records are fine.Try again');
    expect(screen.getByText('Record good')).toBeTruthy();
    expect(screen.getByText('Record other')).toBeTruthy();
  });

  it('keeps what the member typed beside it, also while it fails again', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Page ids={['good', 'bad']} />);
    await user.type(screen.getByLabelText('Note'), 'Unsaved thoughts');
    rerender(<Page ids={['good', 'bad', 'new']} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('Unsaved thoughts');
    expect(screen.getByText('Record new')).toBeTruthy();
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('shows the record again on "Try again" once it can be shown', async () => {
    const user = userEvent.setup();
    render(<Page ids={['bad']} />);
    isBroken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Record bad')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries again by itself when another record is opened in its place', () => {
    const { rerender } = render(<RecordBoundary what="This item" recordKey="bad"><Record name="bad" /></RecordBoundary>);
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(<RecordBoundary what="This item" recordKey="good"><Record name="good" /></RecordBoundary>);
    expect(screen.getByText('Record good')).toBeTruthy();
  });

  it('says the rest of the app is fine when a whole view fails, never showing a stack or JSON', () => {
    function View(): never {
      throw Object.assign(new Error('[{"code":"too_big","path":["raw"]}]'), { issues: [{ code: 'too_big', path: ['raw'], message: 'Too big', origin: 'string', maximum: 1_000_000 }] });
    }
    render(<ErrorBoundary what="The Teams view" scope="view"><View /></ErrorBoundary>);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toBe('The Teams view could not be shown: Its text is longer than the 1,000,000 characters allowed. The rest of the app is fine.Try again');
    expect(text).not.toMatch(/[{}]|\n\s+at /);
  });
});
