/**
 * The only place that calls `shell.openExternal`: every URL passes the http/https policy
 * of shared/security/external-url first (SECURITY.md checks 7, 10, 23).
 */
import type { Shell } from 'electron';
import { openExternalSafe } from './security';

export type ExternalOpener = (url: unknown) => Promise<boolean>;

export function createExternalOpener(shell: Pick<Shell, 'openExternal'>): ExternalOpener {
  return (url) => openExternalSafe(url, (checked) => shell.openExternal(checked));
}
