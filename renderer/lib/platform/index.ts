/**
 * The platform the renderer runs on: the preload's `window.steering` in the desktop app,
 * browser equivalents elsewhere. Features call `platform.*`, never `window.steering`.
 */
import type { SteeringApi } from '../../../shared/ipc/api';
import { browserPlatform } from './browser-platform';

declare global {
  interface Window {
    steering?: SteeringApi;
  }
}

export const isDesktop = typeof window !== 'undefined' && window.steering !== undefined;
export const platform: SteeringApi = (typeof window !== 'undefined' && window.steering) || browserPlatform;
export { readBrowserFiles } from './browser-platform';
