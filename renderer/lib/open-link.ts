/**
 * What a click on a link inside a forum post does: web links open in the member's browser
 * (through the platform's checked opener); e-mail links are never handed to the system
 * (SECURITY.md check 7 refuses mailto:).
 *
 * An e-mail link shows its address, and the click copies it only when it is one plain
 * e-mail address (issue 20): the "address" of a mailto: link is any text the post's author
 * wrote — a shell command, say — and copying it would put that on the member's clipboard.
 * Plain means ASCII letters, digits and `. _ % + -` before the @ and a host name after it:
 * the characters RFC 5322 also allows there (`$ | & { } ' …`) are the ones a shell reads.
 * An address outside that is shown, cut to a readable length, and nothing is copied.
 */
import { platform } from './platform';
import { useUi } from '../store';

const PLAIN_ATOM = /^[A-Za-z0-9_%+-]+$/;
const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** True for one plain e-mail address (`name@example.org`): the only text a click copies. */
export function isPlainEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  return at > 0 && local.length <= 64 && local.split('.').every((atom) => PLAIN_ATOM.test(atom)) && labels.length >= 2 && labels.every((l) => HOST_LABEL.test(l)) && TOP_LEVEL.test(labels.at(-1) ?? '');
}

/** The address part of a mailto: URL, decoded; null when its escapes are broken. */
function mailtoAddress(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('mailto:'.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

/** Shown in quotes, on one line and at most 120 characters, so the member sees what the link holds. */
function shown(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return oneLine.length > 120 ? `${oneLine.slice(0, 119)}…` : oneLine;
}

async function copyEmailLink(url: string): Promise<void> {
  const { notify } = useUi.getState();
  const address = mailtoAddress(url);
  if (address === null || !isPlainEmailAddress(address)) {
    const what = address === null ? 'cannot be read' : address.trim() === '' ? 'is empty' : `is “${shown(address)}”`;
    notify('error', `This e-mail link’s address ${what}, which is not an e-mail address, so nothing was copied.`);
    return;
  }
  try {
    await navigator.clipboard.writeText(address);
    notify('info', `E-mail address copied: ${address}`);
  } catch {
    notify('info', `E-mail address (it could not be copied): ${address}`);
  }
}

export async function openPostLink(url: string): Promise<void> {
  if (/^mailto:/i.test(url)) return copyEmailLink(url);
  const { opened } = await platform.openExternal(url);
  if (!opened) useUi.getState().notify('error', 'This link cannot be opened from Steering Desk.');
}
