// Test oracle for SECURITY.md check 18: what a rendered post's DOM must never contain.
// Deliberately independent of the sanitizer's own allow-list and link policy, so a bug
// there cannot also hide here.
import { vi, type MockInstance } from 'vitest';

const FORBIDDEN_ELEMENTS = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'form', 'style', 'link',
  'svg', 'math', 'img', 'image', 'input', 'button', 'textarea', 'select', 'template', 'noscript',
  'video', 'audio', 'source', 'picture', 'portal', 'xmp', 'applet',
];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'ping', 'cite', 'longdesc', 'data-external-href'];
const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'];
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Parse HTML into an inert document (DOMParser runs no scripts and loads nothing). */
export function parseInert(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

function isAllowedUrl(value: string): boolean {
  try {
    // Absolute only: a relative URL would resolve against the app's own origin.
    const url = new URL(value);
    return ALLOWED_SCHEMES.includes(url.protocol) && (url.protocol === 'mailto:' || (url.hostname !== '' && url.username === ''));
  } catch {
    return false;
  }
}

/** Every reason the subtree is unsafe; empty when it is safe. */
export function unsafeFindings(root: ParentNode): string[] {
  const findings: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (FORBIDDEN_ELEMENTS.includes(tag)) findings.push(`<${tag}> element`);
    if (el.namespaceURI !== HTML_NS) findings.push(`<${tag}> in namespace ${el.namespaceURI}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`${name} handler on <${tag}>`);
      if (name === 'style' || name === 'id' || name === 'name' || name === 'target' || name === 'srcdoc') findings.push(`${name} attribute on <${tag}>`);
      if (URL_ATTRIBUTES.includes(name) && !isAllowedUrl(attr.value)) findings.push(`${name}="${attr.value}" on <${tag}>`);
    }
    if (tag === 'a' && el.hasAttribute('href') && el.getAttribute('href') !== el.getAttribute('data-external-href')) {
      findings.push(`link ${el.getAttribute('href')} not marked for external opening`);
    }
  }
  return findings;
}

// The events the corpus's payloads hook (plus the common ones a new payload would use).
const EVENTS = ['click', 'mouseover', 'focus', 'error', 'load', 'toggle', 'pointerenter', 'start', 'animationstart'];

/** Fire every event an XSS payload commonly hooks on every element, so inline handlers (if any survived) run. */
export function provokeHandlers(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const type of EVENTS) el.dispatchEvent(new Event(type, { bubbles: false, cancelable: true }));
  }
}

/**
 * The window inline handlers run in. Under Vitest, test code sees a copy of the jsdom
 * globals, while `onclick="alert(1)"` resolves `alert` on jsdom's own window — so that is
 * where the spies must go. A one-off handler hands it over through the shared document.
 */
function handlerWindow(): Window & Record<string, unknown> {
  const probe = document.createElement('i');
  probe.setAttribute('onclick', 'this.ownerDocument.__handlerWindow = window');
  document.body.append(probe);
  probe.dispatchEvent(new Event('click'));
  probe.remove();
  const holder = document as Document & { __handlerWindow?: Window & Record<string, unknown> };
  const win = holder.__handlerWindow;
  delete holder.__handlerWindow;
  if (!win) throw new Error('inline handlers do not run in this environment (runScripts must be "dangerously")');
  return win;
}

/** Spies on the sinks an executed payload would reach, in the test's globals and in jsdom's own window. */
export function spyOnSinks(): { alert: MockInstance; fetch: MockInstance; restore: () => void } {
  const alert = vi.fn();
  const fetch = vi.fn(() => Promise.reject(new Error('network disabled in tests')));
  const targets = [globalThis as unknown as Record<string, unknown>, handlerWindow()];
  const saved = targets.map((target) => ({ target, alert: target.alert, fetch: target.fetch }));
  for (const target of targets) {
    target.alert = alert;
    target.fetch = fetch;
  }
  return {
    alert,
    fetch,
    restore: () => {
      for (const { target, alert: a, fetch: f } of saved) {
        target.alert = a;
        target.fetch = f;
      }
    },
  };
}
