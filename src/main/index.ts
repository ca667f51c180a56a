// The Electron shell's wiring: the only main file that imports 'electron' at runtime. Every decision lives in
// a small module that takes the Electron APIs it needs as parameters and is unit-tested with fakes.
import { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, protocol, safeStorage, screen, session, shell, Tray } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_SCHEME, rendererLocation } from './app-origin';
import { createShellHandlers } from './app-handlers';
import { listenForSubscriptions, sendEvent } from './event-sender';
import { createCommsHandlers } from './comms';
import { createGitHubHandlers } from './github';
import { createSafetyCopyHandlers } from './safety-copy/safety-copy-handlers';
import { createSafetyCopyStore } from './safety-copy/safety-copy-store';
import { createSyncConfig } from './sync/sync-config';
import { createSyncHandlers } from './sync/sync-handlers';
import { createSyncService } from './sync/sync-service';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { createChecklistWindow } from './checklist-window';
import type { ConfirmQuestion } from './confirm-question';
import { createExternalLinks } from './external-links';
import { debuggingSwitch, parseCommandLine, secondInstanceRequest, type CommandLineRequest, type SecondInstanceData } from './command-line';
import { registerIpcHandlers, type InvokeHandlers } from './ipc-router';
import { createMainWindow } from './main-window';
import { watchNetwork } from './network-watch';
import { createNotifier } from './notifications';
import { createPreferencesStore } from './preferences';
import { createQuickNote } from './quick-note-window';
import { denyPermissions, hardenWebContents } from './security-policy';
import { createShortcutRegistry } from './shortcut-registry';
import { createTrayController, type TrayController, type TrayIconKey } from './tray';
import { trayIconFiles } from './tray-icons';
import { createWindowFactory } from './window-factory';
import { windowKindOf } from './window-kinds';
import { createWindowStateStore } from './window-state';

const launchedAt = Date.now();
const APP_USER_MODEL_ID = 'dev.sitrep.app';

// A separate profile for tests and portable setups; also scopes the single-instance lock.
if (process.env.SITREP_USER_DATA_DIR) app.setPath('userData', process.env.SITREP_USER_DATA_DIR);
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

const handOver: SecondInstanceData = { argv: process.argv.slice(1), startedAt: launchedAt };
const debugSwitch = app.isPackaged ? debuggingSwitch(process.argv.slice(1)) : null;
if (debugSwitch) {
  // Before any window or lock exists: a debugger port would expose every page and the bridge.
  console.error(`Sitrep does not start with ${debugSwitch}: it would let other programs control it. Start Sitrep without it.`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock(handOver)) {
  // The running Sitrep gets our argv through 'second-instance' and acts on it.
  app.quit();
} else {
  start();
}

function start(): void {
  const { baseUrl, trustedOrigins } = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
  });
  let quitting = false;

  // Links main issued open directly; any other link opens after main's own dialog, naming the host.
  const links = createExternalLinks({ open: (url) => shell.openExternal(url), confirm: (question) => confirmInMain(question) });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      trustedOrigins,
      openExternal: async (url) => void (await links.open(url)),
      onRefused: (what, url) => console.warn(`Sitrep refused ${what}: ${url}`),
    });
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  // The quick-note window is never closed, so this fires only when the app is going away anyway.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')));
    denyPermissions(session.defaultSession, { trustedOrigins, allowForApp: ['clipboard-sanitized-write'] });

    const userData = app.getPath('userData');
    const windowStates = createWindowStateStore(join(userData, 'window-state.json'));
    const preferences = createPreferencesStore(join(userData, 'preferences.json'));
    const workAreas = () => {
      const primary = screen.getPrimaryDisplay();
      return [primary.workArea, ...screen.getAllDisplays().filter((d) => d.id !== primary.id).map((d) => d.workArea)];
    };
    const factory = createWindowFactory({
      BrowserWindow,
      preloadPath: join(__dirname, '../preload/index.js'),
      baseUrl,
      devTools: !app.isPackaged,
      prefersDark: () => nativeTheme.shouldUseDarkColors,
      onLoadFailed: (page, error) => console.error(`Sitrep could not load its ${page} page:`, error),
    });

    let tray: TrayController | null = null;
    const mainWindow = createMainWindow({ factory, store: windowStates, workAreas, hideOnClose: () => tray !== null && !quitting });
    const checklist = createChecklistWindow({ factory, store: windowStates, workAreas });
    const quickNote = createQuickNote({
      factory,
      app,
      platform: process.platform,
      activeWorkArea: () => screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea,
      workAreaOf: (bounds) => screen.getDisplayMatching(bounds).workArea,
      isQuitting: () => quitting,
    });
    const notifier = createNotifier({ Notification, openIncident: (incidentId) => mainWindow.show(incidentId) });
    const shortcuts = createShortcutRegistry({
      globalShortcut,
      platform: process.platform,
      initial: preferences.read().quickNoteShortcut,
      onPressed: (pressedAt) => quickNote.toggle(pressedAt),
    });
    app.on('will-quit', () => shortcuts.dispose());

    tray = createTray({
      quickNote: () => quickNote.show(Date.now()),
      checklist: () => checklist.show(),
      declare: () => mainWindow.command('declare'),
      open: () => mainWindow.show(),
      quit: () => app.quit(),
    }, () => (shortcuts.status().registered ? shortcuts.status().accelerator : null));

    // The analysis export (src/main/github): the token and the network stay in main.
    const github = createGitHubHandlers({
      safeStorage,
      dataDirectory: userData,
      platform: process.platform,
      broadcast: (name, payload) => {
        for (const win of BrowserWindow.getAllWindows()) sendEvent(win.webContents, name, payload);
      },
      chooseFolder: async () => {
        const picked = await dialog.showOpenDialog({ title: 'Save the analysis to a folder', properties: ['openDirectory', 'createDirectory'] });
        return picked.canceled ? null : (picked.filePaths[0] ?? null);
      },
      confirm: (question) => confirmInMain(question),
      issueUrl: (url) => links.issue(url),
      // The GitHub double on this computer speaks plain http; only an unpackaged build in test mode may use it.
      allowLoopbackHttp: !app.isPackaged && process.env.SITREP_TEST_LOOPBACK_HTTP === '1',
    });
    github.outbox.start();
    app.on('will-quit', () => github.dispose());

    // Comms updates to Slack and the status page (src/main/comms): the credentials and the requests stay in main.
    const testLoopback = !app.isPackaged && process.env.SITREP_TEST_LOOPBACK_HTTP === '1';
    const comms = createCommsHandlers({
      safeStorage,
      dataDirectory: userData,
      platform: process.platform,
      broadcast: (name, payload) => {
        for (const win of BrowserWindow.getAllWindows()) sendEvent(win.webContents, name, payload);
      },
      allowLoopbackHttp: testLoopback,
      // The Statuspage double on this computer; read only in test mode.
      statuspageApiBaseUrl: testLoopback ? process.env.SITREP_TEST_STATUSPAGE_URL : undefined,
    });
    comms.outbox.start();
    app.on('will-quit', () => comms.dispose());
    // What waits in either outbox goes out as soon as the network is back, not at the end of its backoff.
    const stopWatchingNetwork = watchNetwork({
      isOnline: () => net.isOnline(),
      onBack: () => {
        github.outbox.nudge();
        comms.outbox.nudge();
      },
    });
    app.on('will-quit', stopWatchingNetwork);

    // Team sync (src/main/sync): one connection per app, here, so the team token never enters a page.
    const syncConfig = createSyncConfig({ directory: userData, safeStorage, platform: process.platform });
    const sync = createSyncService({
      config: syncConfig,
      docsDirectory: join(userData, 'sync-docs'),
      emitState: (state) => {
        const win = mainWindow.current();
        if (win) sendEvent(win.webContents, 'onSyncState', state);
      },
      emitEntries: (payload) => {
        const win = mainWindow.current();
        if (win) sendEvent(win.webContents, 'onSyncEntries', payload);
      },
    });
    sync.start();
    app.on('will-quit', () => sync.stop());

    // The log's safety copy (src/main/safety-copy): a file of main's choosing, outside the IndexedDB Chromium may drop.
    const safetyCopy = createSafetyCopyStore({ path: join(userData, 'safety-copy', 'log.records') });
    app.on('will-quit', () => void safetyCopy.close());

    const handlers: InvokeHandlers = {
      ...github.handlers,
      ...createSafetyCopyHandlers(safetyCopy),
      ...comms.handlers,
      ...createSyncHandlers(syncConfig, sync),
      ...createShellHandlers({
        appInfo: () => ({ version: app.getVersion(), platform: process.platform, userDataPath: userData }),
        openExternal: (url) => links.open(url),
        quickNote,
        checklist,
        mainWindow,
        shortcuts,
        preferences,
        onShortcutChanged: () => tray?.refresh(),
        tray,
        notifier,
      }),
    };
    registerIpcHandlers(ipcMain, handlers, { trustedOrigins, windowKindOf: (event) => windowKindOf(event.sender) });
    listenForSubscriptions(ipcMain, { trustedOrigins });

    const act = (request: CommandLineRequest, pressedAt: number, fallback: () => void): void => {
      for (const error of request.errors) notifier.notify({ title: 'Sitrep did not understand the command', body: error });
      if (request.note) quickNote.deliverExternalNote(request.note, pressedAt);
      if (request.toggleQuickNote) quickNote.toggle(pressedAt);
      if (!request.note && !request.toggleQuickNote && request.errors.length === 0) fallback();
    };
    app.on('second-instance', (_event, argv, _cwd, additionalData) => {
      const { request, pressedAt } = secondInstanceRequest(argv, additionalData, Date.now());
      act(request, pressedAt, () => mainWindow.show());
    });
    app.on('activate', () => mainWindow.show());

    // `sitrep --note "…"` / `--toggle-quick-note` also work when Sitrep was not running yet.
    const startup = parseCommandLine(process.argv.slice(1));
    act(startup, launchedAt, () => undefined);
    if (!startup.note && !startup.toggleQuickNote) mainWindow.show();

    const status = shortcuts.status();
    if (!status.registered && status.message) {
      notifier.notify({
        title: 'Quick-note hotkey unavailable',
        body: status.message,
        onClick: () => mainWindow.command('open-settings'),
      });
    }
  });
}

/**
 * A question main asks itself, in a native dialog no page can draw or answer. Cancel is the first button and
 * the default, so Enter or Escape never agrees by accident.
 */
async function confirmInMain(question: ConfirmQuestion): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: question.title,
    message: question.message,
    detail: question.detail,
    buttons: ['Cancel', question.confirmLabel],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

function createTray(actions: Parameters<typeof createTrayController>[0]['actions'], shortcut: () => string | null): TrayController | null {
  const icon = (key: TrayIconKey) => {
    const image = nativeImage.createFromPath(trayIconFiles[key].x1);
    image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(trayIconFiles[key].x2) });
    return image;
  };
  const icons = { idle: icon('idle'), minor: icon('minor'), major: icon('major'), critical: icon('critical') };
  try {
    return createTrayController({
      tray: new Tray(icons.idle),
      buildMenu: (template) => Menu.buildFromTemplate(template),
      icons,
      actions,
      quickNoteShortcut: shortcut,
    });
  } catch (error) {
    // Some Linux desktops have no tray; the app still works, closing the main window then quits it.
    console.warn('Sitrep could not create a tray icon:', error);
    return null;
  }
}
