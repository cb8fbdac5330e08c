import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPostLink } from '../../../renderer/lib/open-link';
import { platform } from '../../../renderer/lib/platform';
import { resetUiStore, useUi } from '../../../renderer/store';

afterEach(() => {
  vi.restoreAllMocks();
  resetUiStore();
});

describe('openPostLink', () => {
  it('opens web links through the platform’s checked opener', async () => {
    const open = vi.spyOn(platform, 'openExternal').mockResolvedValue({ opened: true });
    await openPostLink('https://discourse.nixos.org/t/56458');
    expect(open).toHaveBeenCalledExactlyOnceWith('https://discourse.nixos.org/t/56458');
  });

  it('copies e-mail addresses instead of handing mailto: to the system', async () => {
    const open = vi.spyOn(platform, 'openExternal');
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openPostLink('mailto:steering@nixos.org?subject=x');
    expect(open).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith('steering@nixos.org');
    expect(useUi.getState().notices.at(-1)?.text).toContain('steering@nixos.org');
  });

  it('tells the member when a link was refused', async () => {
    vi.spyOn(platform, 'openExternal').mockResolvedValue({ opened: false });
    await openPostLink('https://user:pw@example.org/');
    expect(useUi.getState().notices.at(-1)).toMatchObject({ tone: 'error' });
  });
});
