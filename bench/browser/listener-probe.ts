/**
 * Counts what a page keeps subscribed for as long as it lives (SECURITY.md check 48): event
 * listeners on the long-lived targets (window, document, <html>, <body>) and Web Workers
 * not yet terminated. Installed as an init script, before the app's own code runs; the app
 * is not changed. Listeners on elements are left out: they go away with their elements.
 *
 * Shared by the load benchmark and the load tests (web and desktop).
 */
import type { Page } from '@playwright/test';

export type ListenerCounts = {
  /** Listeners on window, document, <html> and <body>, by `target:type`. */
  listeners: Record<string, number>;
  total: number;
  /** Web Workers created and not terminated. */
  workers: number;
};

/** The init script (pass to `addInitScript`). Idempotent; runs in the page. */
export function installListenerProbe(): void {
  const w = window as unknown as { __listenerProbe?: () => { listeners: Record<string, number>; total: number; workers: number } };
  if (w.__listenerProbe) return;
  const nameOf = (t: EventTarget): string | null =>
    t === window ? 'window' : t === document ? 'document' : t === document.documentElement ? 'html' : document.body && t === document.body ? 'body' : null;
  const active = new Map<string, Set<unknown>>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const forget = (slot: string, listener: unknown) => active.get(slot)?.delete(listener);
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    add.call(this, type, listener, options);
    const target = nameOf(this);
    if (target === null || listener === null) return;
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    const slot = `${target}:${type}${capture ? ':capture' : ''}`;
    if (!active.has(slot)) active.set(slot, new Set());
    active.get(slot)!.add(listener);
    if (typeof options === 'object' && options.once) add.call(this, type, () => forget(slot, listener), { once: true, capture });
    if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => forget(slot, listener), { once: true });
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    remove.call(this, type, listener, options);
    const target = nameOf(this);
    if (target === null) return;
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    forget(`${target}:${type}${capture ? ':capture' : ''}`, listener);
  };
  let workers = 0;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    private isEnded = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workers++;
    }
    override terminate(): void {
      if (!this.isEnded) workers--;
      this.isEnded = true;
      super.terminate();
    }
  };
  w.__listenerProbe = () => {
    const listeners: Record<string, number> = {};
    let total = 0;
    for (const [slot, set] of active) {
      if (set.size === 0) continue;
      listeners[slot] = set.size;
      total += set.size;
    }
    return { listeners, total, workers };
  };
}

/** What the probe counts now (the page must have been loaded after `installListenerProbe` was added). */
export function readListenerProbe(page: Page): Promise<ListenerCounts> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __listenerProbe?: () => ListenerCounts }).__listenerProbe;
    if (!probe) throw new Error('the listener probe is not installed: add it as an init script, then load the page');
    return probe();
  });
}
