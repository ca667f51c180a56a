import { expect, test } from '@playwright/test';
import { eventContract, invokeContract } from '../../src/shared/contract/ipc-contract';
import { RENDERER_CSP } from '../../src/main/content-security-policy';
import { electronBinary, launchSitrep, skipReason, windowStates, type RunningSitrep } from './support/electron-app';

// The security checklist, checked in the real shell. Runs only where an Electron binary exists.
test.skip(!electronBinary.found, skipReason);
test.describe.configure({ mode: 'serial' });

let sitrep: RunningSitrep;
test.beforeAll(async () => {
  sitrep = await launchSitrep();
});
test.afterAll(async () => {
  await sitrep?.close();
});

test('the app starts on its main window, served from app://', async () => {
  await expect(sitrep.main).toHaveTitle(/Sitrep/);
  expect(sitrep.main.url()).toBe('app://sitrep/index.html');
});

test('pages run isolated and sandboxed: no require, no process, only the contract on window.sitrep', async () => {
  const globals = await sitrep.main.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
    bridge: Object.entries((window as unknown as { sitrep: Record<string, unknown> }).sitrep).map(([k, v]) => [k, typeof v]),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.module).toBe('undefined');
  const contract = [...Object.keys(invokeContract), ...Object.keys(eventContract)].sort();
  expect(globals.bridge.map(([name]) => name).sort()).toEqual(contract);
  expect(new Set(globals.bridge.map(([, type]) => type))).toEqual(new Set(['function']));
});

test('navigating the window to another site is refused', async () => {
  // Listen in main after Sitrep's own will-navigate handler, which runs first and prevents the navigation.
  await sitrep.app.evaluate(({ webContents }) => {
    const contents = webContents.getAllWebContents().find((wc) => wc.getURL() === 'app://sitrep/index.html');
    (globalThis as Record<string, unknown>).__sitrepNavigation = new Promise((resolve) => {
      contents?.once('will-navigate', (event) => resolve({ url: event.url, prevented: event.defaultPrevented }));
    });
  });
  await sitrep.main.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  const verdict = await sitrep.app.evaluate(() => (globalThis as Record<string, unknown>).__sitrepNavigation);
  expect(verdict).toEqual({ url: 'https://example.com/', prevented: true });
  expect(sitrep.main.url()).toBe('app://sitrep/index.html');
  await expect(sitrep.main).toHaveTitle(/Sitrep/);
});

test('window.open is denied and opens no window', async () => {
  const before = (await windowStates(sitrep.app)).length;
  // An app:// URL: denied outright, and not an http(s) link, so no browser opens during the test either.
  const opened = await sitrep.main.evaluate(() => window.open('app://sitrep/index.html', '_blank') === null);
  expect(opened).toBe(true);
  expect((await windowStates(sitrep.app)).length).toBe(before);
});

test('app:// answers with the content security policy and refuses traversal', async () => {
  const answers = await sitrep.main.evaluate(async () => {
    const page = await fetch('/index.html');
    const traversal = await fetch('/..%2f..%2fpackage.json');
    return { csp: page.headers.get('content-security-policy'), type: page.headers.get('content-type'), traversal: traversal.status };
  });
  expect(answers).toEqual({ csp: RENDERER_CSP, type: 'text/html; charset=utf-8', traversal: 403 });
});

test('main refuses a malformed IPC request with a clear error', async () => {
  const outcome = await sitrep.main.evaluate(() =>
    (window as unknown as { sitrep: { showNudge(r: unknown): Promise<unknown> } }).sitrep
      .showNudge({ title: '', body: 'x', incidentId: 'i' })
      .then(() => 'accepted', (error: unknown) => String(error)),
  );
  expect(outcome).toMatch(/Sitrep refused showNudge: the request is malformed/);
});
