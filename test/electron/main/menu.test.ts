import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({}));
const { buildMenuTemplate } = await import('../../../electron/main/menu');

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role);

describe('the native menu', () => {
  it('has File, Edit, View, Window and Help with the File commands', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({ isMac: false, appName: 'Steering Desk', send: (c) => sent.push(c) });
    expect(labels(template)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    const file = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(labels(file).filter(Boolean)).toEqual(expect.arrayContaining(['Import…', 'Export…', 'Back up…', 'Quit']));
    for (const item of file) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['import', 'import-url', 'export', 'backup', 'restore']);
  });

  it('adds the app menu on macOS and offers About in Help', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({ isMac: true, appName: 'Steering Desk', send: (c) => sent.push(c) });
    expect(template[0]!.role).toBe('appMenu');
    const help = template.find((t) => t.role === 'help')!.submenu as MenuItemConstructorOptions[];
    (help[0]!.click as () => void)();
    expect(sent).toEqual(['about']);
  });
});
