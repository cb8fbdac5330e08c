import { describe, expect, it } from 'vitest';
import { renderPostHtml } from '../../../renderer/lib/sanitize/render-post';
import { parseInert, unsafeFindings } from './dom-safety';

const BASE = 'https://discourse.nixos.org';

describe('renderPostHtml', () => {
  it('prefers the Markdown raw over the cooked HTML', () => {
    expect(renderPostHtml({ raw: 'from **raw**', cooked: '<p>from cooked</p>' })).toBe('<p>from <strong>raw</strong></p>\n');
  });

  it('falls back to the cooked HTML when there is no raw', () => {
    expect(renderPostHtml({ cooked: '<p>from <em>cooked</em></p>' })).toBe('<p>from <em>cooked</em></p>');
  });

  it('falls back to the cooked HTML when raw is empty', () => {
    expect(renderPostHtml({ raw: '', cooked: '<p>cooked</p>' })).toBe('<p>cooked</p>');
  });

  it('returns an empty string for a post with neither', () => {
    expect(renderPostHtml({})).toBe('');
  });

  it('sanitizes the Markdown path too: the image renderMarkdown emits becomes inert text', () => {
    const body = parseInert(renderPostHtml({ raw: '![chart](https://images.example/c.png)' }));
    expect(body.querySelector('img')).toBeNull();
    expect(body.textContent).toBe('[image: chart] https://images.example/c.png\n');
  });

  it('sanitizes the cooked path', () => {
    const html = renderPostHtml({ cooked: '<p onclick="alert(1)">x<script>alert(1)</script></p>' });
    expect(html).toBe('<p>x</p>');
  });

  it('resolves root-relative links on the Markdown path', () => {
    const a = parseInert(renderPostHtml({ raw: '[budget](/t/budget/7)', baseUrl: BASE })).querySelector('a')!;
    expect(a.getAttribute('data-external-href')).toBe('https://discourse.nixos.org/t/budget/7');
  });

  it('resolves root-relative links on the cooked path', () => {
    const a = parseInert(renderPostHtml({ cooked: '<a class="mention" href="/u/alice">@alice</a>', baseUrl: BASE })).querySelector('a')!;
    expect(a.getAttribute('data-external-href')).toBe('https://discourse.nixos.org/u/alice');
  });

  it('marks the highlighted span of the raw', () => {
    const raw = 'We need CI runners soon.';
    const html = renderPostHtml({ raw, highlight: [raw.indexOf('CI'), raw.indexOf(' soon')] });
    expect(html).toBe('<p>We need <mark>CI runners</mark> soon.</p>\n');
  });

  it('ignores the highlight for cooked HTML, whose offsets it cannot know', () => {
    expect(renderPostHtml({ cooked: '<p>We need CI</p>', highlight: [3, 7] })).toBe('<p>We need CI</p>');
  });

  it('cannot be tricked into trusted markup by a hostile highlight span', () => {
    const raw = '<img src=x onerror=alert(1)> and [x](javascript:alert(1))';
    const html = renderPostHtml({ raw, highlight: [1, raw.length - 2] });
    expect(unsafeFindings(parseInert(html))).toEqual([]);
  });
});
