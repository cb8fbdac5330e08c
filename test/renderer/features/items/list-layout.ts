/**
 * jsdom has no layout, so a virtualized list measures 0 px and renders no rows. Give the
 * item list a viewport of 640 × 600 px for the duration of a test file.
 */
import { afterAll, beforeAll } from 'vitest';

export function useListViewport(): void {
  const descriptors = {
    clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  };
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.classList.contains('item-list') ? 600 : 0; } });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get(this: HTMLElement) { return this.classList.contains('item-list') ? 640 : 0; } });
  });
  afterAll(() => {
    for (const [key, d] of Object.entries(descriptors)) if (d) Object.defineProperty(HTMLElement.prototype, key, d);
  });
}
