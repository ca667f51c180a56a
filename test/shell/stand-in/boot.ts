// Runs the built main bundle on the Electron stand-in:
//   node --import tsx test/shell/stand-in/boot.ts out/main/index.js [app arguments…]
// `require('electron')` from the bundle gets ./electron; 'ready' comes after the bundle's first run and once
// Chromium is up. A parent that forked this process (the launcher) may evaluate functions in main, as Playwright's
// ElectronApplication.evaluate does, and is told the DevTools endpoint to attach to the windows' pages.
import Module from 'node:module';
import { resolve } from 'node:path';
import { SHELL_CONTROLS } from '../shell-controls';
import { launchChromium, type ChromiumHost } from './chromium-host';
import { standInControls } from './controls';
import { invokeFromPage, ipcMain } from './ipc-main';
import { schemeHandler } from './protocol-session';
import { markReady } from './ready-state';
import { senderFrameOf, StandInWebContents } from './web-contents';

const electronModulePath = require.resolve('./electron');
const moduleInternals = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? electronModulePath : resolveFilename.call(this, request, ...rest);
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const electron = require('electron') as typeof import('./electron');
const { app } = electron;
(globalThis as Record<string, unknown>)[SHELL_CONTROLS] = standInControls;
// Functions a spec evaluates here may be compiled with esbuild's keepNames.
(globalThis as Record<string, unknown>).__name = (fn: unknown) => fn;

const [mainPath, ...appArguments] = process.argv.slice(2);
if (!mainPath) throw new Error('usage: boot.ts <main bundle> [arguments]');
// As `electron <app>` sees it: argv[0] the executable, argv[1] the app, then the user's arguments.
process.argv = [process.execPath, process.cwd(), ...appArguments];

let host: ChromiumHost | null = null;
app.shutdown = async (code) => {
  await host?.close();
  process.exitCode = code;
  process.disconnect?.();
  process.exit(code);
};

type ControlMessage = { type: 'evaluate'; id: number; source: string; arg: unknown };
process.on('message', (message: ControlMessage) => {
  if (message.type !== 'evaluate') return;
  void (async () => {
    try {
      const fn = (0, eval)(`(${message.source})`) as (e: unknown, arg: unknown) => unknown;
      const value = await fn(electron, message.arg);
      process.send?.({ type: 'result', id: message.id, value });
    } catch (error) {
      process.send?.({ type: 'result', id: message.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  })();
});
// The spec that started us is gone: end as a closed session would.
process.on('disconnect', () => app.exit(0));

// Electron loads the app's main with require, in this process; so does the stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(resolve(mainPath));

setImmediate(async () => {
  if (app.quitRequested) return;
  host = await launchChromium(app.getPath('userData'), {
    schemeHandler,
    allowNavigation: (page, frame, url) => StandInWebContents.fromPage(page)?.navigationRequested(frame, url) ?? false,
    async onIpc(page, frame, message) {
      const sender = StandInWebContents.fromPage(page);
      if (!sender) return { error: 'Error: the sending page belongs to no window' };
      const event = { sender, senderFrame: senderFrameOf(frame), frameId: 1, processId: 1, type: 'frame' };
      if (message.kind === 'invoke') return invokeFromPage(message.channel, event, message.args);
      ipcMain.emit(message.channel, event, ...message.args);
      return undefined;
    },
  });
  markReady();
  app.becomeReady();
  process.send?.({ type: 'ready', cdpEndpoint: host.cdpEndpoint });
});
