import { describe, expect, it, vi } from 'vitest';
import { createShortcutRegistry, DEFAULT_QUICK_NOTE_SHORTCUT } from '../../../src/main/shortcut-registry';

/** A globalShortcut where some accelerators belong to other apps. */
function fakeGlobalShortcut(heldByOthers: string[] = []) {
  const mine = new Map<string, () => void>();
  return {
    mine,
    press: (accelerator: string) => mine.get(accelerator)?.(),
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (heldByOthers.includes(accelerator) || mine.has(accelerator)) return false;
      mine.set(accelerator, callback);
      return true;
    }),
    unregister: vi.fn((accelerator: string) => void mine.delete(accelerator)),
    unregisterAll: vi.fn(() => mine.clear()),
  };
}

function setup(heldByOthers: string[] = [], platform: NodeJS.Platform = 'linux') {
  const globalShortcut = fakeGlobalShortcut(heldByOthers);
  const presses: number[] = [];
  let clock = 1_000;
  const registry = createShortcutRegistry({
    globalShortcut,
    platform,
    initial: DEFAULT_QUICK_NOTE_SHORTCUT,
    onPressed: (at) => presses.push(at),
    now: () => clock,
  });
  return { registry, globalShortcut, presses, tick: (ms: number) => (clock += ms) };
}

describe('shortcut registry', () => {
  it('registers Ctrl+Shift+Space by default and stamps each press with the time it was pressed', () => {
    const { registry, globalShortcut, presses, tick } = setup();
    expect(registry.status()).toEqual({ accelerator: 'CommandOrControl+Shift+Space', registered: true, message: null });
    globalShortcut.press('CommandOrControl+Shift+Space');
    tick(250);
    globalShortcut.press('CommandOrControl+Shift+Space');
    expect(presses).toEqual([1_000, 1_250]);
  });

  it('says which app-independent way out there is when another app holds the shortcut', () => {
    const { registry } = setup([DEFAULT_QUICK_NOTE_SHORTCUT]);
    expect(registry.status()).toEqual({
      accelerator: DEFAULT_QUICK_NOTE_SHORTCUT,
      registered: false,
      message:
        'Another app holds Ctrl+Shift+Space; pick another in Settings or bind a system shortcut to `sitrep --toggle-quick-note`.',
    });
    expect(setup([DEFAULT_QUICK_NOTE_SHORTCUT], 'darwin').registry.status().message).toMatch(/^Another app holds Cmd\+Shift\+Space/);
  });

  it('moves the hotkey to a new accelerator and frees the old one', () => {
    const { registry, globalShortcut, presses } = setup();
    expect(registry.change('Alt+N')).toEqual({ accelerator: 'Alt+N', registered: true, message: null });
    expect([...globalShortcut.mine.keys()]).toEqual(['Alt+N']);
    globalShortcut.press('Alt+N');
    expect(presses).toHaveLength(1);
    expect(registry.status().accelerator).toBe('Alt+N');
  });

  it('keeps the old hotkey when the new one is taken or malformed', () => {
    const { registry, globalShortcut } = setup(['Alt+N']);
    expect(registry.change('Alt+N')).toMatchObject({ accelerator: 'Alt+N', registered: false, message: expect.stringMatching(/Another app holds Alt\+N/) });
    expect(registry.status()).toMatchObject({ accelerator: DEFAULT_QUICK_NOTE_SHORTCUT, registered: true });
    expect([...globalShortcut.mine.keys()]).toEqual([DEFAULT_QUICK_NOTE_SHORTCUT]);
    expect(registry.change('N')).toMatchObject({ registered: false, message: expect.stringMatching(/needs a modifier.*Pick another shortcut in Settings/) });
    expect([...globalShortcut.mine.keys()]).toEqual([DEFAULT_QUICK_NOTE_SHORTCUT]);
  });

  it('recovers when the user picks a free shortcut after the default was taken', () => {
    const { registry } = setup([DEFAULT_QUICK_NOTE_SHORTCUT]);
    expect(registry.change('Ctrl+Alt+Space').registered).toBe(true);
    expect(registry.status()).toEqual({ accelerator: 'Ctrl+Alt+Space', registered: true, message: null });
  });

  it('reports a shortcut the system throws on instead of crashing', () => {
    const { registry, globalShortcut } = setup();
    globalShortcut.register.mockImplementationOnce(() => {
      throw new TypeError('conversion failure');
    });
    expect(registry.change('Ctrl+Alt+K')).toMatchObject({ registered: false, message: expect.stringMatching(/conversion failure/) });
    expect(registry.status().registered).toBe(true);
  });

  it('unregisters everything on quit', () => {
    const { registry, globalShortcut } = setup();
    registry.dispose();
    expect(globalShortcut.unregisterAll).toHaveBeenCalled();
    expect(globalShortcut.mine.size).toBe(0);
  });
});
