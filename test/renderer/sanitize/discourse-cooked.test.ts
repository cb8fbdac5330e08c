// Discourse's cooked shapes (DISCOURSE-FORMATS.md §7) must come out readable as well as safe.
import { describe, expect, it } from 'vitest';
import shapes from '../../fixtures/xss/discourse-cooked-shapes.json';
import real from '../../fixtures/xss/discourse-real-posts.json';
import { renderPostHtml } from '../../../renderer/lib/sanitize/render-post';
import { sanitizeHtml } from '../../../renderer/lib/sanitize/sanitize-html';
import { parseInert, unsafeFindings } from './dom-safety';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe.each(shapes.shapes)('the cooked $name', (shape) => {
  const body = () => parseInert(renderPostHtml({ cooked: shape.cooked, baseUrl: shapes.baseUrl }));

  it('renders safely', () => {
    expect(unsafeFindings(body())).toEqual([]);
  });

  it('keeps its readable text', () => {
    const text = squash(body().textContent);
    for (const expected of shape.text) expect(text).toContain(expected);
  });

  it('keeps exactly the expected links, normalised', () => {
    expect(Array.from(body().querySelectorAll('a[data-external-href]'), (a) => a.getAttribute('data-external-href'))).toEqual(shape.links);
  });

  it('keeps the classes the stylesheet needs', () => {
    for (const name of shape.classes) expect(body().getElementsByClassName(name).length).toBeGreaterThan(0);
  });
});

describe.each(real.posts)('real post $id', (post) => {
  it('renders safely from raw and from cooked', () => {
    for (const source of [{ raw: post.raw }, { cooked: post.cooked }]) {
      expect(unsafeFindings(parseInert(renderPostHtml({ ...source, baseUrl: real.baseUrl })))).toEqual([]);
    }
  });

  it('keeps the same words from raw as from cooked', () => {
    // Both renderings of one post should tell the reader the same thing; compare a sample of words.
    const words = (html: string) => new Set(squash(parseInert(html).textContent).split(' ').filter((w) => /^[a-z]{5,}$/i.test(w)));
    const fromCooked = words(renderPostHtml({ cooked: post.cooked, baseUrl: real.baseUrl }));
    const fromRaw = words(renderPostHtml({ raw: post.raw, baseUrl: real.baseUrl }));
    const shared = [...fromCooked].filter((w) => fromRaw.has(w));
    expect(shared.length / fromCooked.size).toBeGreaterThan(0.9);
  });

  it('is a fixed point of the sanitizer', () => {
    const html = renderPostHtml({ cooked: post.cooked, baseUrl: real.baseUrl });
    expect(sanitizeHtml(html)).toBe(html);
  });
});

describe('real Discourse shapes', () => {
  const cooked = (id: number) => parseInert(renderPostHtml({ cooked: real.posts.find((p) => p.id === id)!.cooked, baseUrl: real.baseUrl }));

  it('turn a lightbox into a link to the full image with inert text inside', () => {
    const lightbox = cooked(20203).querySelector('a.lightbox')!;
    expect(lightbox.getAttribute('data-external-href')).toMatch(/^https:\/\/discuss\.criticalfallibilism\.com\/uploads\/default\/original\//);
    expect(squash(lightbox.textContent)).toContain('[image: image]');
  });

  it('keep quotes with their attribution and drop the avatar', () => {
    const quote = cooked(20217).querySelector('aside.quote')!;
    expect(squash(quote.querySelector('.title')?.textContent)).toBe('anonymous105:');
    expect(quote.querySelector('blockquote')?.textContent).toContain('We the Living');
  });

  it('keep details with their summary', () => {
    expect(squash(cooked(20183).querySelector('details > summary')?.textContent)).toBe('My Work');
  });

  it('keep a onebox with its title link', () => {
    const onebox = cooked(20218).querySelector('aside.onebox')!;
    expect(onebox.querySelector('h3 a')?.getAttribute('data-external-href')).toMatch(/^https:\/\/faculty\.econ\.ucdavis\.edu\//);
  });
});
