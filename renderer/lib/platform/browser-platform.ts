/**
 * Browser equivalents of the desktop capabilities, so the same renderer is fully usable
 * in a plain browser (`npm run web`): a file input to open, a download to save, a new
 * tab (with no opener) for external links.
 */
import type { SteeringApi } from '../../../shared/ipc/api';
import { MAX_OPEN_FILE_BYTES, type StorageStatus } from '../../../shared/ipc/contract';
import { normaliseExternalUrl } from '../../../shared/security/external-url';
import { browserBackupPlatform } from './browser-backup';
import { browserDiscoursePlatform } from './browser-discourse';

export const WEB_APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

/** Reads browser File objects (picked or dropped) into the shape the desktop dialog returns. */
export async function readBrowserFiles(list: Iterable<File>) {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const refused: { name: string; reason: string }[] = [];
  for (const file of list) {
    if (file.size > MAX_OPEN_FILE_BYTES) {
      refused.push({ name: file.name, reason: `is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_OPEN_FILE_BYTES / 1048576} MB` });
      continue;
    }
    files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { status: 'opened' as const, files, refused };
}

function pickFiles(multiple: boolean, accept: string): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    if (accept) input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files ? Array.from(input.files) : null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/**
 * The browser keeps the workspace in this site's IndexedDB; a page that is given none (some
 * private windows, a policy) cannot save at all. It has no data folder to name. Whether
 * IndexedDB then opens is found out by opening it (renderer/app/start.ts).
 */
export function browserStorageStatus(): StorageStatus {
  const available = typeof indexedDB !== 'undefined' && indexedDB !== null;
  return {
    problem: available ? null : 'unusable',
    dataFolder: '',
    backupFolder: '',
    detail: available ? '' : 'This browser gives the page no IndexedDB storage.',
  };
}

export const browserPlatform: SteeringApi = {
  async openTextFiles(opts) {
    const accept = (opts.filters ?? []).flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
    const picked = await pickFiles(opts.multiple, accept);
    if (!picked || picked.length === 0) return { status: 'cancelled' };
    return readBrowserFiles(picked);
  },
  async saveTextFile(opts) {
    const blob = new Blob([opts.body], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = opts.suggestedName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { status: 'saved', fileName: opts.suggestedName };
  },
  async openExternal(url) {
    const safe = normaliseExternalUrl(url);
    if (!safe) return { opened: false };
    window.open(safe, '_blank', 'noopener,noreferrer');
    return { opened: true };
  },
  async getAppInfo() {
    return { name: 'Steering Desk', version: WEB_APP_VERSION, electron: '', platform: 'web', userDataDir: '', storage: browserStorageStatus() };
  },
  async recheckStorage() {
    // Nothing to restart in a browser: the page reloads once storage is there.
    return { storage: browserStorageStatus(), relaunching: false };
  },
  onMenuCommand() {
    return () => undefined;
  },
  ...browserBackupPlatform,
  ...browserDiscoursePlatform,
};
