import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SafeHtml } from '../../../renderer/components/SafeHtml';
import { sanitizeHtml } from '../../../renderer/lib/sanitize/sanitize-html';

const LINK = sanitizeHtml('<p>See <a href="HTTPS://Example.com/Docs?q=1">the docs</a> and <span>text</span>.</p>');

function mount(html = LINK) {
  const onOpenLink = vi.fn();
  const view = render(<SafeHtml html={html} className="post" onOpenLink={onOpenLink} />);
  return { onOpenLink, view };
}

describe('SafeHtml', () => {
  it('renders the sanitized HTML inside a div with the given class', () => {
    const { view } = mount();
    expect(view.container.firstElementChild?.className).toBe('post');
    expect(screen.getByRole('link', { name: 'the docs' })).toBeTruthy();
  });

  it('sanitizes again what it is given', () => {
    const { view } = mount('<p onclick="alert(1)">hi<script>alert(1)</script><img src="https://tracker.example/p.gif"></p>');
    expect(view.container.querySelector('[onclick], script, img')).toBeNull();
    expect(view.container.textContent).toContain('hi');
  });

  it('opens a clicked link once, externally, with the normalised URL, and cancels navigation', () => {
    const { onOpenLink } = mount();
    const link = screen.getByRole('link', { name: 'the docs' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(onOpenLink).toHaveBeenCalledTimes(1);
    expect(onOpenLink).toHaveBeenCalledWith('https://example.com/Docs?q=1');
    expect(click.defaultPrevented).toBe(true);
  });

  it('opens the link when the click lands on an element inside it', () => {
    const { onOpenLink } = mount(sanitizeHtml('<a href="https://example.com/"><strong>bold link</strong></a>'));
    fireEvent.click(screen.getByText('bold link'));
    expect(onOpenLink).toHaveBeenCalledWith('https://example.com/');
  });

  it('opens a middle-clicked link once and cancels the new window', () => {
    const { onOpenLink } = mount();
    const aux = new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 });
    screen.getByRole('link', { name: 'the docs' }).dispatchEvent(aux);
    expect(onOpenLink).toHaveBeenCalledTimes(1);
    expect(aux.defaultPrevented).toBe(true);
  });

  it('cancels but does not open on a right-button auxclick', () => {
    const { onOpenLink } = mount();
    const aux = new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 2 });
    screen.getByRole('link', { name: 'the docs' }).dispatchEvent(aux);
    expect(onOpenLink).not.toHaveBeenCalled();
    expect(aux.defaultPrevented).toBe(true);
  });

  it('opens a focused link once on Enter', async () => {
    const { onOpenLink } = mount();
    const user = userEvent.setup();
    screen.getByRole('link', { name: 'the docs' }).focus();
    await user.keyboard('{Enter}');
    expect(onOpenLink).toHaveBeenCalledTimes(1);
    expect(onOpenLink).toHaveBeenCalledWith('https://example.com/Docs?q=1');
  });

  it('cancels clicks on anchors without a safe target and opens nothing', () => {
    const { onOpenLink } = mount('<a href="javascript:alert(1)">bad</a>');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByText('bad').dispatchEvent(click);
    expect(onOpenLink).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(true);
  });

  it('leaves clicks outside links alone', () => {
    const { onOpenLink } = mount();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByText('text').dispatchEvent(click);
    expect(onOpenLink).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(false);
  });

  it('cancels dragging a link out (a drop would navigate the window)', () => {
    mount();
    const drag = new Event('dragstart', { bubbles: true, cancelable: true });
    screen.getByRole('link', { name: 'the docs' }).dispatchEvent(drag);
    expect(drag.defaultPrevented).toBe(true);
  });
});
