import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PostBody } from '../../../renderer/components/PostBody';

describe('PostBody', () => {
  it('renders the Markdown raw inside a post-body container', () => {
    const { container } = render(<PostBody raw="We need **CI**" cooked="<p>ignored</p>" onOpenLink={vi.fn()} />);
    expect(container.querySelector('.post-body strong')?.textContent).toBe('CI');
    expect(container.textContent).not.toContain('ignored');
  });

  it('renders the cooked HTML when there is no raw', () => {
    const { container } = render(<PostBody cooked="<p>from <em>cooked</em></p>" onOpenLink={vi.fn()} />);
    expect(container.querySelector('.post-body em')?.textContent).toBe('cooked');
  });

  it('shows no unsafe markup from either source', () => {
    const { container } = render(<PostBody cooked='<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>' onOpenLink={vi.fn()} />);
    expect(container.querySelector('img, [onerror], a[href]')).toBeNull();
  });

  it('marks the highlighted span', () => {
    const raw = 'Ask: CI runners for Q3.';
    render(<PostBody raw={raw} highlight={[raw.indexOf('CI'), raw.indexOf(' for')]} onOpenLink={vi.fn()} />);
    expect(screen.getByText('CI runners').tagName).toBe('MARK');
  });

  it('updates when the highlight moves', () => {
    const raw = 'alpha beta gamma';
    const { rerender, container } = render(<PostBody raw={raw} highlight={[0, 5]} onOpenLink={vi.fn()} />);
    rerender(<PostBody raw={raw} highlight={[11, 16]} onOpenLink={vi.fn()} />);
    expect(container.querySelector('mark')?.textContent).toBe('gamma');
  });

  it('opens a clicked relative forum link through onOpenLink, resolved against the base URL', () => {
    const onOpenLink = vi.fn();
    render(<PostBody raw="[minutes](/t/minutes/42)" baseUrl="https://discourse.nixos.org" onOpenLink={onOpenLink} />);
    fireEvent.click(screen.getByRole('link', { name: 'minutes' }));
    expect(onOpenLink).toHaveBeenCalledTimes(1);
    expect(onOpenLink).toHaveBeenCalledWith('https://discourse.nixos.org/t/minutes/42');
  });
});
