/**
 * What a click on a link inside a forum post does: web links open in the member's browser
 * (through the platform's checked opener); e-mail links are never handed to the system
 * (SECURITY.md check 7 refuses mailto:), so the address is copied instead.
 */
import { platform } from './platform';
import { useUi } from '../store';

export async function openPostLink(url: string): Promise<void> {
  if (/^mailto:/i.test(url)) {
    const address = decodeURIComponent(url.slice('mailto:'.length).split('?')[0] ?? '');
    try {
      await navigator.clipboard.writeText(address);
      useUi.getState().notify('info', `E-mail address copied: ${address}`);
    } catch {
      useUi.getState().notify('info', `E-mail address: ${address}`);
    }
    return;
  }
  const { opened } = await platform.openExternal(url);
  if (!opened) useUi.getState().notify('error', 'This link cannot be opened from Steering Desk.');
}
