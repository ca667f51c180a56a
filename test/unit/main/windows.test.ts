import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createChecklistWindow } from '../../../src/main/checklist-window';
import { markSubscribed } from '../../../src/main/event-sender';
import { createMainWindow } from '../../../src/main/main-window';
import { createQuickNote, fitQuickNoteBounds, QUICK_NOTE_MAX_HEIGHT, QUICK_NOTE_SIZE } from '../../../src/main/quick-note-window';
import { createWindowFactory, type WindowConstructor } from '../../../src/main/window-factory';
import { createWindowStateStore } from '../../../src/main/window-state';
import { as, FakeWindow } from './fakes';

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

function factory() {
  return createWindowFactory({
    BrowserWindow: as<WindowConstructor>(FakeWindow),
    preloadPath: '/app/out/preload/index.js',
    baseUrl: 'app://sitrep',
    devTools: false,
  });
}

beforeEach(() => {
  FakeWindow.created = [];
});

const listenOn = (contents: FakeWindow['webContents'], channel: string) =>
  markSubscribed(as<Parameters<typeof markSubscribed>[0]>(contents), channel);

/** What the preload does once the page's components have subscribed. */
function listenToAll(win: FakeWindow): void {
  for (const channel of ['quick-note:shown', 'quick-note:external-note', 'app:command']) listenOn(win.webContents, channel);
}

describe('window factory', () => {
  it('gives every window an isolated, sandboxed page without Node, and loads it from app://', () => {
    const win = factory().open('main', { width: 100, height: 100 }) as unknown as FakeWindow;
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(win.loadedUrl).toBe('app://sitrep/index.html');
  });

  it('paints the window in the system theme before the page arrives', () => {
    const make = (dark: boolean) =>
      createWindowFactory({
        BrowserWindow: as<WindowConstructor>(FakeWindow),
        preloadPath: '/p.js',
        baseUrl: 'app://sitrep',
        devTools: false,
        prefersDark: () => dark,
      }).open('main', {}) as unknown as FakeWindow;
    expect(make(true).options.backgroundColor).toBe('#111418');
    expect(make(false).options.backgroundColor).toBe('#f6f7f9');
  });

  it('cannot be talked out of the secure preferences by a caller', () => {
    const win = factory().open('checklist', { webPreferences: { nodeIntegration: true } } as never) as unknown as FakeWindow;
    expect(win.options.webPreferences).toMatchObject({ nodeIntegration: false, sandbox: true });
    expect(win.loadedUrl).toBe('app://sitrep/checklist.html');
  });
});

describe('quick-note window', () => {
  function setup(platform: NodeJS.Platform, quitting = false) {
    const appHidden: string[] = [];
    const quickNote = createQuickNote({
      factory: factory(),
      app: { hide: () => appHidden.push('app.hide') },
      platform,
      activeWorkArea: () => ({ x: 1920, y: 0, width: 2560, height: 1400 }),
      isQuitting: () => quitting,
    });
    const win = quickNote.window as unknown as FakeWindow;
    return { quickNote, win, appHidden, listen: () => listenToAll(win) };
  }

  it('on macOS, comes up over full-screen apps and on every Space', () => {
    const { win } = setup('darwin');
    expect(win.alwaysOnTop).toEqual({ flag: true, level: 'screen-saver' });
    expect(win.allWorkspaces).toEqual({ visible: true, options: { visibleOnFullScreen: true } });
  });

  it('is created hidden, frameless, on top and out of the taskbar', () => {
    const { win } = setup('linux');
    expect(win.visible).toBe(false);
    expect(win.options).toMatchObject({ show: false, frame: false, alwaysOnTop: true, skipTaskbar: true });
    expect(win.loadedUrl).toBe('app://sitrep/quick-note.html');
  });

  it('on the hotkey, tells the page the press time, then shows and focuses on the active display', () => {
    const { quickNote, win, listen } = setup('linux');
    listen();
    quickNote.show(1_700_000_000_123);
    expect(win.webContents.sent).toEqual([{ channel: 'quick-note:shown', payload: { pressedAt: 1_700_000_000_123 } }]);
    expect(win.visible && win.focused).toBe(true);
    expect(win.bounds).toEqual({ x: 1920 + 1000, y: 350, width: 560, height: 132 });
  });

  it('holds the press time until the page listens, when the hotkey beats the first render', () => {
    const { quickNote, win } = setup('linux');
    quickNote.show(42);
    expect(win.webContents.sent).toEqual([]);
    listenOn(win.webContents, 'quick-note:shown');
    expect(win.webContents.sent).toEqual([{ channel: 'quick-note:shown', payload: { pressedAt: 42 } }]);
  });

  it('holds a cold-start --note until the page listens, and sends the next ones at once', () => {
    const { quickNote, win } = setup('linux');
    quickNote.deliverExternalNote('first', 1);
    quickNote.deliverExternalNote('second', 2);
    expect(win.webContents.sent).toEqual([]);
    listenOn(win.webContents, 'quick-note:external-note');
    quickNote.deliverExternalNote('third', 3);
    expect(win.webContents.sent.map((m) => m.payload)).toEqual([
      { text: 'first', pressedAt: 1 },
      { text: 'second', pressedAt: 2 },
      { text: 'third', pressedAt: 3 },
    ]);
  });

  it('after a reload, holds events again until the new page listens', () => {
    const { quickNote, win, listen } = setup('linux');
    listen();
    win.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    quickNote.show(7);
    expect(win.webContents.sent).toEqual([]);
    listen();
    expect(win.webContents.sent).toEqual([{ channel: 'quick-note:shown', payload: { pressedAt: 7 } }]);
  });

  it('toggles closed when the hotkey is pressed again while it has focus', () => {
    const { quickNote, win, listen } = setup('linux');
    listen();
    quickNote.toggle(1);
    expect(win.visible).toBe(true);
    quickNote.toggle(2);
    expect(win.visible).toBe(false);
    quickNote.toggle(3);
    expect(win.visible).toBe(true);
    expect(win.webContents.sent.map((m) => m.payload)).toEqual([{ pressedAt: 1 }, { pressedAt: 3 }]);
  });

  it.each([
    ['darwin', ['hide'], ['app.hide']],
    ['win32', ['minimize', 'hide'], []],
    ['linux', ['hide'], []],
  ] as const)('on %s, hiding returns focus to the previous app', (platform, windowCalls, appCalls) => {
    const { quickNote, win, appHidden } = setup(platform);
    quickNote.show(1);
    win.calls = [];
    quickNote.hide();
    expect(win.calls).toEqual(windowCalls);
    expect(appHidden).toEqual(appCalls);
    expect(win.visible).toBe(false);
  });

  it('after a Windows minimise, the next hotkey restores the box', () => {
    const { quickNote, win } = setup('win32');
    quickNote.show(1);
    quickNote.hide();
    quickNote.show(2);
    expect(win.minimized).toBe(false);
    expect(win.visible && win.focused).toBe(true);
  });

  it('survives Alt+F4 (it only hides), but lets the app quit', () => {
    const open = setup('linux');
    open.quickNote.show(1);
    expect(open.win.userClose()).toBe(false);
    expect(open.win.visible).toBe(false);
    expect(setup('linux', true).win.userClose()).toBe(true);
  });

  it('grows to the height its page needs, within the work area, and comes up at that height next time', () => {
    const area = { x: 0, y: 0, width: 1920, height: 1040 };
    const quickNote = createQuickNote({
      factory: factory(),
      app: { hide: () => undefined },
      platform: 'linux',
      activeWorkArea: () => area,
      workAreaOf: () => area,
      isQuitting: () => false,
    });
    const win = quickNote.window as unknown as FakeWindow;
    quickNote.show(1);
    expect(win.bounds).toEqual({ x: 680, y: 260, ...QUICK_NOTE_SIZE });
    quickNote.fit(318.4);
    expect(win.bounds).toEqual({ x: 680, y: 260, width: QUICK_NOTE_SIZE.width, height: 319 });
    quickNote.hide();
    quickNote.show(2);
    expect(win.bounds.height).toBe(319);
    // Shorter content never makes the box smaller than its defined size; shrinking is done while resizable
    // (Linux refuses to shrink a fixed-size window), and the box is fixed again afterwards.
    win.resizable = false;
    win.resizableWhileResized.length = 0;
    quickNote.fit(40);
    expect(win.bounds.height).toBe(QUICK_NOTE_SIZE.height);
    expect(win.resizableWhileResized).toEqual([true]);
    expect(win.resizable).toBe(false);
  });

  it('fits inside the work area: capped in height, and moved up rather than hanging below the edge', () => {
    const area = { x: 0, y: 0, width: 1366, height: 728 };
    const low = { x: 400, y: 600, ...QUICK_NOTE_SIZE };
    expect(fitQuickNoteBounds(low, 300, area)).toEqual({ ...low, y: 428, height: 300 });
    expect(fitQuickNoteBounds(low, 5_000, area).height).toBe(QUICK_NOTE_MAX_HEIGHT);
    const tiny = { x: 0, y: 0, width: 800, height: 100 };
    expect(fitQuickNoteBounds(low, 5_000, tiny)).toEqual({ ...low, y: 0, height: 100 });
    expect(fitQuickNoteBounds(low, 300, null)).toEqual({ ...low, height: 300 });
  });

  it('passes a command-line note to the page without showing the box', () => {
    const { quickNote, win, listen } = setup('linux');
    listen();
    quickNote.deliverExternalNote('rolled back', 99);
    expect(win.webContents.sent).toEqual([{ channel: 'quick-note:external-note', payload: { text: 'rolled back', pressedAt: 99 } }]);
    expect(win.visible).toBe(false);
  });
});

describe('checklist window', () => {
  it('floats above other windows, is compact, and reopens where the user left it', () => {
    const store = createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'sitrep-checklist-')), 'state.json'));
    const checklist = createChecklistWindow({ factory: factory(), store, workAreas: () => screen });
    checklist.show();
    const first = checklist.current() as unknown as FakeWindow;
    expect(first.alwaysOnTop).toEqual({ flag: true, level: 'floating' });
    expect(first.options).toMatchObject({ width: 340, height: 520, autoHideMenuBar: true });
    expect(first.loadedUrl).toBe('app://sitrep/checklist.html');
    first.emit('ready-to-show');
    expect(first.visible).toBe(true);

    first.bounds = { x: 1500, y: 80, width: 360, height: 600 };
    first.userClose();
    expect(checklist.current()).toBeNull();

    checklist.show();
    const second = checklist.current() as unknown as FakeWindow;
    expect(second).not.toBe(first);
    expect(second.options).toMatchObject({ x: 1500, y: 80, width: 360, height: 600 });
  });

  it('brings an existing checklist forward instead of opening a second one', () => {
    const store = createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'sitrep-checklist-')), 'state.json'));
    const checklist = createChecklistWindow({ factory: factory(), store, workAreas: () => screen });
    checklist.show();
    const win = checklist.current() as unknown as FakeWindow;
    win.minimize();
    checklist.show();
    expect(FakeWindow.created.filter((w) => w.loadedUrl?.endsWith('checklist.html'))).toHaveLength(1);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });
});

describe('main window', () => {
  function setup(hideOnClose: boolean) {
    const store = createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'sitrep-main-')), 'state.json'));
    return createMainWindow({ factory: factory(), store, workAreas: () => screen, hideOnClose: () => hideOnClose });
  }

  it('opens an incident on request, and hides to the tray on close while the tray exists', () => {
    const main = setup(true);
    main.show();
    const win = main.current() as unknown as FakeWindow;
    listenToAll(win);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
    expect(win.userClose()).toBe(false);
    expect(win.visible).toBe(false);
    main.show('inc-7');
    expect(win.visible).toBe(true);
    expect(win.webContents.sent).toEqual([{ channel: 'app:command', payload: { command: 'open-incident', incidentId: 'inc-7' } }]);
    main.command('declare');
    expect(win.webContents.sent.at(-1)).toEqual({ channel: 'app:command', payload: { command: 'declare' } });
  });

  it('really closes when there is no tray (or the app is quitting), and comes back on demand', () => {
    const main = setup(false);
    main.show();
    const win = main.current() as unknown as FakeWindow;
    expect(win.userClose()).toBe(true);
    expect(main.current()).toBeNull();
    main.show();
    expect(main.current()).not.toBe(win);
  });
});
