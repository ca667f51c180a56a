import { describe, expect, it, vi } from 'vitest';
import { createShellHandlers, type ShellServices } from '../../../src/main/app-handlers';
import type { ShortcutStatus } from '../../../src/shared/contract/ipc-contract';

function setup(changeResult: ShortcutStatus) {
  const services = {
    appInfo: () => ({ version: '1', platform: 'linux', userDataPath: '/tmp/x' }),
    openExternal: vi.fn(async () => undefined),
    quickNote: { hide: vi.fn(), fit: vi.fn() },
    checklist: { show: vi.fn() },
    mainWindow: { show: vi.fn() },
    shortcuts: { status: vi.fn(), change: vi.fn(() => changeResult), dispose: vi.fn() },
    preferences: { read: vi.fn(), update: vi.fn() },
    onShortcutChanged: vi.fn(),
    tray: { update: vi.fn() },
    notifier: { nudge: vi.fn(() => true) },
  } satisfies ShellServices;
  return { services, handlers: createShellHandlers(services) };
}

describe('shell handlers', () => {
  it('saves a hotkey that took, so it is bound again at the next start, and refreshes the tray hint', () => {
    const { services, handlers } = setup({ accelerator: 'Alt+N', registered: true, message: null });
    expect(handlers.setQuickNoteShortcut({ accelerator: 'Alt+N' })).toMatchObject({ registered: true });
    expect(services.preferences.update).toHaveBeenCalledWith({ quickNoteShortcut: 'Alt+N' });
    expect(services.onShortcutChanged).toHaveBeenCalled();
  });

  it('does not save a hotkey that failed, and returns why', () => {
    const failed = { accelerator: 'Alt+N', registered: false, message: 'Another app holds Alt+N; …' };
    const { services, handlers } = setup(failed);
    expect(handlers.setQuickNoteShortcut({ accelerator: 'Alt+N' })).toEqual(failed);
    expect(services.preferences.update).not.toHaveBeenCalled();
  });

  it('opens only web links in the browser', async () => {
    const { services, handlers } = setup({ accelerator: 'x', registered: true, message: null });
    await handlers.openExternal({ url: 'https://grafana.example.com/d/1' });
    expect(services.openExternal).toHaveBeenCalledWith('https://grafana.example.com/d/1');
    await expect(handlers.openExternal({ url: 'file:///etc/passwd' })).rejects.toThrowMessage(/only http\(s\) links/);
    expect(services.openExternal).toHaveBeenCalledTimes(1);
  });

  it('routes window, tray and nudge requests to their modules', () => {
    const { services, handlers } = setup({ accelerator: 'x', registered: true, message: null });
    handlers.showMainWindow({ incidentId: 'inc-1' });
    handlers.showMainWindow(undefined);
    expect(services.mainWindow.show.mock.calls).toEqual([['inc-1'], [undefined]]);
    handlers.setTrayState({ activeIncident: null });
    expect(services.tray.update).toHaveBeenCalledWith({ activeIncident: null });
    handlers.showNudge({ title: 'Update overdue', body: 'b', incidentId: 'inc-1' });
    expect(services.notifier.nudge).toHaveBeenCalledWith({ title: 'Update overdue', body: 'b', incidentId: 'inc-1' });
  });
});
