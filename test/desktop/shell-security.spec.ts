import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { BRIDGE_SUBSCRIBED_CHANNEL, invokeContract } from '../../src/shared/contract/ipc-contract';
import { windowSlices } from '../../src/shared/contract/window-slices';
import { RENDERER_CSP } from '../../src/main/content-security-policy';
import { startSitrep, type Sitrep } from './support/desktop';

// The security checklist, checked on the built app in the desktop shell (the stand-in where Electron is absent).
test.describe.configure({ mode: 'serial' });

let sitrep: Sitrep;
let main: Page;
test.beforeAll(async () => {
  sitrep = await startSitrep();
  main = await sitrep.window('index.html');
});
test.afterAll(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
});

test('the app starts on its main window, served from app://', async () => {
  await expect(main).toHaveTitle(/Sitrep/);
  expect(sitrep.appUrl(main)).toBe('app://sitrep/index.html');
});

test('pages run isolated and sandboxed: no require, no process, only the contract on window.sitrep', async () => {
  const globals = await main.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
    bridge: Object.entries((window as unknown as { sitrep: Record<string, unknown> }).sitrep).map(([k, v]) => [k, typeof v]),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.module).toBe('undefined');
  // The main window's slice of the contract (the quick note's and the checklist's: window-slices.spec.ts).
  const contract = [...windowSlices.main.invoke, ...windowSlices.main.events].sort();
  expect(globals.bridge.map(([name]) => name).sort()).toEqual(contract);
  expect(new Set(globals.bridge.map(([, type]) => type))).toEqual(new Set(['function']));
});

test('navigating the window to another site is refused', async () => {
  // Listen in main after Sitrep's own will-navigate handler, which runs first and prevents the navigation.
  await sitrep.evaluate(({ webContents }) => {
    const contents = webContents.getAllWebContents().find((wc) => wc.getURL() === 'app://sitrep/index.html');
    (globalThis as Record<string, unknown>).__sitrepNavigation = new Promise((resolve) => {
      contents?.once('will-navigate', (event) => resolve({ url: event.url, prevented: event.defaultPrevented }));
    });
  });
  await main.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  const verdict = await sitrep.evaluate(() => (globalThis as Record<string, unknown>).__sitrepNavigation);
  expect(verdict).toEqual({ url: 'https://example.com/', prevented: true });
  expect(sitrep.appUrl(main)).toBe('app://sitrep/index.html');
  await expect(main).toHaveTitle(/Sitrep/);
});

test('window.open opens no window: a web link goes to the system browser after main asks, anything else nowhere', async () => {
  const before = (await sitrep.controls.windows()).length;
  // The link was not issued by main: main's dialog names the host, and the user chooses Open.
  await sitrep.controls.answerNextMessageBox(1);
  await main.evaluate(() => {
    window.open('https://example.com/runbook', '_blank');
    window.open('file:///etc/passwd', '_blank');
  });
  await expect.poll(() => sitrep.controls.openedExternally()).toEqual(['https://example.com/runbook']);
  expect((await sitrep.controls.messageBoxes()).map((box) => box.message)).toEqual([expect.stringContaining('example.com')]);
  expect((await sitrep.controls.windows()).length).toBe(before);
});

test('app:// answers with the content security policy and refuses traversal', async () => {
  const answers = await main.evaluate(async () => {
    const page = await fetch('/index.html');
    const traversal = await fetch('/..%2f..%2fpackage.json');
    return { csp: page.headers.get('content-security-policy'), type: page.headers.get('content-type'), traversal: traversal.status };
  });
  expect(answers).toEqual({ csp: RENDERER_CSP, type: 'text/html; charset=utf-8', traversal: 403 });
});

test('main refuses a malformed IPC request with a clear error', async () => {
  const outcome = await main.evaluate(() =>
    (window as unknown as { sitrep: { showNudge(r: unknown): Promise<unknown> } }).sitrep
      .showNudge({ title: '', body: 'x', incidentId: 'i' })
      .then(() => 'accepted', (error: unknown) => String(error)),
  );
  expect(outcome.startsWith(`Error: Error invoking remote method '${invokeContract.showNudge.channel}': Error: Sitrep refused showNudge: the request is malformed`)).toBe(true);
});

test('main handles every invoke channel of the contract and listens on nothing else', async () => {
  const registered = await sitrep.evaluate(({ ipcMain }) => ({
    // Electron keeps invoke handlers in ipcMain._invokeHandlers (the stand-in uses the same name).
    invoke: [...((ipcMain as unknown as { _invokeHandlers: Map<string, unknown> })._invokeHandlers.keys())].sort(),
    on: ipcMain.eventNames().map(String).sort(),
  }));
  expect(registered.invoke).toEqual(Object.values(invokeContract).map((spec) => spec.channel).sort());
  expect(registered.on).toEqual([BRIDGE_SUBSCRIBED_CHANNEL]);
});
