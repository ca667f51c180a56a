// The stand-in's Chromium: one persistent profile at userData (so IndexedDB, localStorage and BroadcastChannel
// behave as in the app), one page per BrowserWindow, every request to a registered scheme answered by the
// app's protocol handler, and the preload's IPC carried by a Playwright binding.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Route } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../browser/support/chromium';
import { fromWire, toWire } from './wire-format';
import { isMappedUrl, toAppUrl, toChromiumUrl } from './url-mapping';

export type SchemeHandler = (request: Request) => Response | Promise<Response>;

/** What the host needs from the windows and from ipcMain; set by the modules that own them. */
export interface HostHooks {
  schemeHandler(scheme: string): SchemeHandler | undefined;
  /** A renderer-initiated navigation of a window's frame; returns false to refuse it (will-navigate). */
  allowNavigation(page: Page, frame: Frame, appUrl: string): boolean;
  onIpc(page: Page, frame: Frame, message: { kind: 'invoke' | 'send'; channel: string; args: unknown[] }): Promise<{ value: unknown } | { error: string } | undefined>;

}

export interface ChromiumHost {
  context: BrowserContext;
  /** http://127.0.0.1:<port>, for a test to attach with chromium.connectOverCDP. */
  cdpEndpoint: string;
  binding: string;
  deliver: string;
  close(): Promise<void>;
}

let host: ChromiumHost | null = null;


export function chromiumHost(): ChromiumHost {
  if (!host) throw new Error('the Electron stand-in has no browser before app ready');
  return host;
}

export async function launchChromium(userData: string, hooks: HostHooks): Promise<ChromiumHost> {
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(userData, {
    headless: true,
    args: [...chromiumArgs, '--remote-debugging-port=0'],
    ...(executablePath ? { executablePath } : {}),
  });
  // A persistent context opens with a blank tab; Electron has no window until the app makes one.
  for (const page of context.pages()) await page.close();
  const port = readFileSync(join(userData, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const binding = `__standInIpc_${randomBytes(8).toString('hex')}`;
  const deliver = `__standInDeliver_${randomBytes(8).toString('hex')}`;

  await context.exposeBinding(binding, async ({ page, frame }, message: { kind: 'invoke' | 'send'; channel: string; args: unknown }) => {
    const reply = await hooks.onIpc(page, frame, { ...message, args: fromWire(message.args) as unknown[] });
    if (reply && 'value' in reply) return { value: toWire(reply.value) };
    return reply;
  });
  await context.route('**/*', (route) => answer(route, hooks));
  // A page no window owns was made by window.open: Electron would create it only if the handler allowed it, and
  // Sitrep allows none, so it is closed as soon as it shows up.
  context.on('page', (page) => void page.opener().then((opener) => opener && page.close()));

  host = {
    context,
    cdpEndpoint: `http://127.0.0.1:${port}`,
    binding,
    deliver,
    async close() {
      await context.close().catch(() => undefined);
      host = null;
    },
  };
  return host;
}

async function answer(route: Route, hooks: HostHooks): Promise<void> {
  const request = route.request();
  const url = request.url();
  const appUrl = toAppUrl(url);
  if (request.isNavigationRequest()) {
    let frame: Frame;
    try {
      frame = request.frame();
    } catch {
      // No frame yet: the first navigation of a page window.open is making. The opener's window-open handler was
      // already asked (Page.windowOpen, in web-contents.ts); the stand-in never lets such a page load.
      return route.abort('aborted');
    }
    if (!hooks.allowNavigation(frame.page(), frame, appUrl)) return route.abort('aborted');
  }
  if (!isMappedUrl(url)) return route.continue();
  const handler = hooks.schemeHandler(new URL(appUrl).protocol.slice(0, -1));
  if (!handler) return route.abort('failed');
  const response = await handler(new Request(appUrl, { method: request.method(), headers: await request.allHeaders() }));
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  });
}

export { toChromiumUrl };
