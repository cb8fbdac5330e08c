// SECURITY.md checks 18–20 over the whole corpus in test/fixtures/xss/payloads.json:
// every payload through BOTH the cooked-HTML path and the Markdown path.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import payloads from '../../fixtures/xss/payloads.json';
import { renderPostHtml } from '../../../renderer/lib/sanitize/render-post';
import { sanitizeHtml } from '../../../renderer/lib/sanitize/sanitize-html';
import { SafeHtml } from '../../../renderer/components/SafeHtml';
import { parseInert, provokeHandlers, spyOnSinks, unsafeFindings } from './dom-safety';

const BASE = 'https://discourse.nixos.org';
// Mounting the corpus and firing every event on every element takes seconds under jsdom.
const MOUNT_TIMEOUT_MS = 180_000;
const corpus = [...payloads.cookedHtml, ...payloads.markdown];

// jsdom parsing is slow, so each payload is rendered once per path and the result shared.
const cache = new Map<string, string>();
const memo = (key: string, make: () => string) => {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
};
const paths = {
  cooked: (payload: string) => memo(`cooked:${payload}`, () => renderPostHtml({ cooked: payload, baseUrl: BASE })),
  markdown: (payload: string) => memo(`markdown:${payload}`, () => renderPostHtml({ raw: payload, baseUrl: BASE })),
} as const;

describe.each(Object.entries(paths))('the %s path', (_name, renderPath) => {
  it.each(corpus)('renders %j with no script, handler, frame, form, style, image or unsafe URL', (payload) => {
    expect(unsafeFindings(parseInert(renderPath(payload)))).toEqual([]);
  });

  it.each(corpus)('gives output that sanitizing again leaves unchanged for %j', (payload) => {
    const html = renderPath(payload);
    expect(sanitizeHtml(html)).toBe(html);
  });
});

describe('the benign last entries', () => {
  it('keep their text and safe link on the cooked path', () => {
    const body = parseInert(paths.cooked(payloads.cookedHtml.at(-1)!));
    expect(body.textContent).toBe('safe bold and link');
    expect(body.querySelector('b')?.textContent).toBe('bold');
    expect(Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual(['https://discourse.nixos.org/t/1']);
  });

  it('keep their text and safe link on the Markdown path', () => {
    const body = parseInert(paths.markdown(payloads.markdown.at(-1)!));
    expect(body.textContent?.trim()).toBe('Normal bold text with a safe link and @mention.');
    expect(body.querySelector('strong')?.textContent).toBe('bold');
    expect(Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual(['https://nixos.org/']);
  });
});

describe('mounted with SafeHtml into the document', () => {
  let sinks: ReturnType<typeof spyOnSinks>;
  beforeEach(() => {
    sinks = spyOnSinks();
  });
  afterEach(() => {
    sinks.restore();
  });

  it('detects an executed payload (the harness can fail)', () => {
    // Canary: unsanitized markup with inline handlers, in the same jsdom (runScripts: dangerously).
    const raw = document.createElement('div');
    raw.innerHTML = '<p onclick="alert(1)">x</p><p onmouseover="fetch(\'https://evil.example/\')">y</p>';
    document.body.append(raw);
    provokeHandlers(raw);
    raw.remove();
    expect(sinks.alert).toHaveBeenCalledTimes(1);
    expect(sinks.fetch).toHaveBeenCalledTimes(1);
  });

  it.each(Object.entries(paths))('never calls alert or fetch for any payload on the %s path', (_name, renderPath) => {
    // Sanitized outputs are well-formed, so one SafeHtml can hold the whole corpus.
    const { container } = render(<SafeHtml html={corpus.map(renderPath).join('\n')} onOpenLink={() => undefined} />);
    provokeHandlers(container);
    expect(unsafeFindings(container)).toEqual([]);
    expect(sinks.alert).not.toHaveBeenCalled();
    expect(sinks.fetch).not.toHaveBeenCalled();
  }, MOUNT_TIMEOUT_MS);

  it('never calls alert or fetch when a payload is passed to SafeHtml unsanitized', () => {
    // One SafeHtml per payload: raw payloads leave tags open that would swallow their neighbours.
    const { container } = render(
      <div>
        {corpus.map((payload, i) => (
          <SafeHtml key={i} html={payload} onOpenLink={() => undefined} />
        ))}
      </div>,
    );
    provokeHandlers(container);
    expect(unsafeFindings(container)).toEqual([]);
    expect(sinks.alert).not.toHaveBeenCalled();
    expect(sinks.fetch).not.toHaveBeenCalled();
  }, MOUNT_TIMEOUT_MS);
});
