import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MarkdownPreview } from '../../../renderer/components/MarkdownPreview';
import { platform } from '../../../renderer/lib/platform';

afterEach(() => vi.restoreAllMocks());

const MINUTES = [
  '# Minutes W19 - Wed 2026-05-06',
  '',
  'See [the thread](https://discourse.nixos.org/t/56458).',
  '',
  '| Member | Vote |',
  '| --- | --- |',
  '| **Tom** | `+1` |',
  '',
  '## Action items',
  '',
  '- [ ] @tomberek: Send the application (due 2026-05-13)',
  '- [x] Book the room',
  '- an ordinary item',
].join('\n');

function mount(markdown = MINUTES) {
  render(<MarkdownPreview label="Preview of minutes.md" markdown={markdown} />);
  return screen.getByRole('region', { name: 'Rendered Markdown' });
}

describe('MarkdownPreview', () => {
  it('shows the Markdown itself in a read-only, focusable text field', () => {
    mount();
    const source = screen.getByRole('textbox', { name: 'Preview of minutes.md (Markdown)' }) as HTMLTextAreaElement;
    expect(source.value).toBe(MINUTES);
    expect(source.readOnly).toBe(true);
    source.focus();
    expect(document.activeElement).toBe(source);
  });

  it('renders the headings as headings', () => {
    const doc = mount();
    expect(within(doc).getByRole('heading', { level: 1 }).textContent).toBe('Minutes W19 - Wed 2026-05-06');
    expect(within(doc).getByRole('heading', { level: 2 }).textContent).toBe('Action items');
  });

  it('renders a table with its header and cells', () => {
    const doc = mount();
    const table = within(doc).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Member', 'Vote']);
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Tom', '+1']);
  });

  it('renders task items with a box instead of brackets, and leaves other items alone', () => {
    const doc = mount();
    const items = within(doc).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['☐ @tomberek: Send the application (due 2026-05-13)', '☑ Book the room', 'an ordinary item']);
    expect(items.map((li) => li.className)).toEqual(['task-list-item', 'task-list-item', '']);
  });

  it('opens a link in the browser through the checked opener and does not navigate the window', () => {
    const open = vi.spyOn(platform, 'openExternal').mockResolvedValue({ opened: true });
    const doc = mount();
    const link = within(doc).getByRole('link', { name: 'the thread' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://discourse.nixos.org/t/56458');
  });

  it('shows raw HTML in the Markdown as text, never as elements', () => {
    const doc = mount('# Hi\n\n<script>alert(1)</script>\n\nx <img src=x onerror=alert(1)> <a href="javascript:alert(1)">y</a>');
    expect(doc.querySelector('script, img, [onerror], [href^="javascript"]')).toBeNull();
    expect(doc.textContent).toContain('<script>alert(1)</script>');
    expect(doc.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps a Markdown image inert: text and a link, no element that loads it', () => {
    const doc = mount('![logo](https://tracker.example/p.gif)');
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.textContent).toContain('[image: logo]');
  });

  it('follows the Markdown as it changes', () => {
    const { rerender } = render(<MarkdownPreview label="Preview" markdown="# One" />);
    rerender(<MarkdownPreview label="Preview" markdown="# Two" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Two');
    expect((screen.getByRole('textbox', { name: 'Preview (Markdown)' }) as HTMLTextAreaElement).value).toBe('# Two');
  });
});
