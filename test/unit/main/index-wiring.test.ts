import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eventContract, invokeContract } from '../../../src/shared/contract/ipc-contract';
import * as electron from './electron-fake';
import { FakeWindow } from './fakes';

// index.ts is the one file that imports Electron at runtime; here it runs against the fake, so the wiring
// (what gets registered, created and shown at startup) is checked without an Electron binary.
vi.mock('electron', () => import('./electron-fake'));
vi.mock('../../../src/main/tray-icons', () => {
  const files = { x1: `${__dirname}/../../../build/tray/tray-idle.png`, x2: `${__dirname}/../../../build/tray/tray-idle@2x.png` };
  return { trayIconFiles: { idle: files, minor: files, major: files, critical: files } };
});

/** What the preload sends once a page's component subscribes to an event channel. */
const subscribe = (win: FakeWindow, channel: string, url = win.loadedUrl) =>
  electron.ipcMain.listeners.get('bridge:subscribed')?.({ senderFrame: { url, parent: null }, sender: win.webContents }, channel);
const windowFor = (page: string) => FakeWindow.created.find((w) => w.loadedUrl === `app://sitrep/${page}`);
/** A call from the main window: main checks the sending window's slice of the contract. */
const appFrame = {
  senderFrame: { url: 'app://sitrep/index.html', parent: null },
  get sender() {
    return windowFor('index.html')?.webContents;
  },
};

beforeAll(async () => {
  FakeWindow.created = [];
  await import('../../../src/main/index');
  electron.app.becomeReady();
  await electron.app.readyPromise;
  await vi.waitFor(() => expect(windowFor('index.html')).toBeDefined());
});

describe('main process wiring', () => {
  it('registers app:// as a privileged scheme before ready, with the sandbox on for every renderer', () => {
    expect(electron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
    expect(electron.app.sandboxEnabled).toBe(true);
    expect(electron.protocol.handlers.has('app')).toBe(true);
  });

  it('hands its argv and start time to a running instance through the single-instance lock', () => {
    expect(electron.app.lockData).toMatchObject({ argv: expect.any(Array), startedAt: expect.any(Number) });
  });

  it('denies permissions on the default session', () => {
    const ask = electron.session.defaultSession.requestHandler as (c: unknown, p: string, cb: (g: boolean) => void) => void;
    let granted: boolean | null = null;
    ask({ getURL: () => 'app://sitrep/index.html' }, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
  });

  it('hardens every web contents as it is created', () => {
    const contents = {
      handlers: [] as string[],
      on(event: string) {
        this.handlers.push(event);
        return this;
      },
      setWindowOpenHandler() {
        this.handlers.push('window-open');
      },
    };
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.handlers).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'window-open']),
    );
  });

  it('handles every contract channel, behind the sender check', async () => {
    const channels = Object.values(invokeContract).map((spec) => spec.channel).sort();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(channels);
    const foreign = { senderFrame: { url: 'https://example.com/', parent: null } };
    await expect(electron.ipcMain.handlers.get('app:get-info')?.(foreign, undefined)).rejects.toThrowMessage(/refused/);
    await expect(electron.ipcMain.handlers.get('app:get-info')?.(appFrame, undefined)).resolves.toMatchObject({
      version: '0.1.0-test',
    });
  });

  it('starts with the main window and a hidden quick-note window, and holds the hotkey', () => {
    expect(windowFor('index.html')).toBeDefined();
    const quickNote = windowFor('quick-note.html');
    expect(quickNote?.visible).toBe(false);
    expect(quickNote?.options).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true });
    expect(electron.globalShortcut.isRegistered('CommandOrControl+Shift+Space')).toBe(true);
  });

  it('shows the quick note on the hotkey with the press time', () => {
    subscribe(windowFor('quick-note.html') as FakeWindow, eventContract.onQuickNoteShown.channel);
    const before = Date.now();
    electron.globalShortcut.held.get('CommandOrControl+Shift+Space')?.();
    const quickNote = windowFor('quick-note.html') as FakeWindow;
    expect(quickNote.visible).toBe(true);
    const shown = quickNote.webContents.sent.find((m) => m.channel === eventContract.onQuickNoteShown.channel);
    expect((shown?.payload as { pressedAt: number }).pressedAt).toBeGreaterThanOrEqual(before);
  });

  it('passes `sitrep --note` from a second instance to the quick-note page, stamped when it was typed', () => {
    const quickNote = windowFor('quick-note.html') as FakeWindow;
    const startedAt = Date.now() - 50;
    electron.app.emit('second-instance', {}, ['sitrep'], '/', { argv: ['--note', 'db failover done'], startedAt });
    // Held until the page listens (a cold start), and a foreign page cannot claim it.
    const channel = eventContract.onExternalNote.channel;
    expect(quickNote.webContents.sent.some((m) => m.channel === channel)).toBe(false);
    subscribe(quickNote, channel, 'https://example.com/');
    expect(quickNote.webContents.sent.some((m) => m.channel === channel)).toBe(false);
    subscribe(quickNote, channel);
    expect(quickNote.webContents.sent.at(-1)).toEqual({
      channel: eventContract.onExternalNote.channel,
      payload: { text: 'db failover done', pressedAt: startedAt },
    });
  });

  it('opens the checklist always on top when asked over IPC', async () => {
    await electron.ipcMain.handlers.get(invokeContract.showChecklist.channel)?.(appFrame, undefined);
    const checklist = windowFor('checklist.html');
    expect(checklist?.alwaysOnTop).toEqual({ flag: true, level: 'floating' });
  });

  it('puts the live incident in the tray', async () => {
    await electron.ipcMain.handlers.get(invokeContract.setTrayState.channel)?.(appFrame, {
      activeIncident: { title: 'Checkout down', severity: 'critical' },
    });
    expect(electron.Tray.instances[0]?.tooltip).toBe('Sitrep: Critical incident: Checkout down');
  });

  it('refuses to open a non-web link in the browser', async () => {
    await expect(
      electron.ipcMain.handlers.get(invokeContract.openExternal.channel)?.(appFrame, { url: 'file:///etc/passwd' }),
    ).rejects.toThrowMessage(/only http\(s\) links/);
    // A link main did not issue opens only after main's own dialog, which names the host.
    electron.dialog.answers.push(1);
    await electron.ipcMain.handlers.get(invokeContract.openExternal.channel)?.(appFrame, { url: 'https://status.example.com' });
    expect(electron.dialog.shown.at(-1)?.message).toContain('status.example.com');
  });

  it("refuses a channel outside the sending window's slice: the quick note cannot publish, save files or set the token", async () => {
    const fromQuickNote = { senderFrame: { url: 'app://sitrep/quick-note.html', parent: null }, sender: windowFor('quick-note.html')!.webContents };
    for (const name of ['publishAnalysis', 'saveAnalysisToFolder', 'setGitHubToken', 'openExternal'] as const) {
      await expect(electron.ipcMain.handlers.get(invokeContract[name].channel)?.(fromQuickNote, undefined)).rejects.toThrow(`Sitrep refused ${name} from this window`);
    }
    await expect(electron.ipcMain.handlers.get(invokeContract.hideQuickNote.channel)?.(fromQuickNote, undefined)).resolves.toBeUndefined();
    expect(electron.shell.opened).toEqual(['https://status.example.com']);
  });

  it('releases the hotkey when the app quits', () => {
    electron.app.emit('will-quit');
    expect(electron.globalShortcut.held.size).toBe(0);
  });
});
