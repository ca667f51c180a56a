import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import type { WebContents as ElectronWebContents } from 'electron';
import { chromiumHost } from './chromium-host';
import { permissionHandlers } from './protocol-session';
import { preventableEvent } from './emitter';
import { preloadScript } from './preload-host';
import { toAppUrl, toChromiumUrl } from './url-mapping';
import { toWire } from './wire-format';

type WindowOpenHandler = Parameters<ElectronWebContents['setWindowOpenHandler']>[0];

let nextId = 1;
const all = new Set<StandInWebContents>();

/**
 * A BrowserWindow's webContents over one Chromium page. The page is created asynchronously (Chromium answers
 * over a pipe) while Electron's API is synchronous, so calls wait on `ready` in order.
 */
export class StandInWebContents extends EventEmitter {
  readonly id = nextId++;
  page: Page | null = null;
  readonly ready: Promise<Page>;
  private url = '';
  private destroyed = false;
  private expectedLoad: string | null = null;
  windowOpenHandler: WindowOpenHandler | null = null;

  constructor(options: { preload?: string; additionalArguments?: string[]; width: number; height: number }) {
    super();
    all.add(this);
    const preloadSource = options.preload ? readFileSync(options.preload, 'utf8') : null;
    this.ready = (async () => {
      const host = chromiumHost();
      const page = await host.context.newPage();
      await page.setViewportSize({ width: options.width, height: options.height });
      if (preloadSource !== null) {
        await page.addInitScript(
          preloadScript(
            {
              binding: host.binding,
              deliver: host.deliver,
              platform: process.platform,
              versions: { node: process.versions.node, chrome: '', electron: 'stand-in' },
              // Electron appends webPreferences.additionalArguments to the renderer's process.argv.
              argv: options.additionalArguments ?? [],
            },
            preloadSource,
          ),
        );
      }
      // window.open: Chromium tells the opener's page (Page.windowOpen); Electron asks the window-open handler.
      const devtools = await host.context.newCDPSession(page);
      await devtools.send('Page.enable');
      devtools.on('Page.windowOpen', ({ url, windowName, windowFeatures }) => {
        this.windowOpenHandler?.({
          url: toAppUrl(url),
          frameName: windowName,
          features: windowFeatures.join(','),
          disposition: 'new-window',
          referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' },
        });
      });
      this.page = page;
      page.on('domcontentloaded', () => this.emit('dom-ready', preventableEvent()));
      return page;
    })();
  }

  static fromPage(page: Page): StandInWebContents | undefined {
    return [...all].find((contents) => contents.page === page);
  }

  static getAllWebContents(): StandInWebContents[] {
    return [...all].filter((contents) => !contents.destroyed);
  }

  /** Browser-initiated: loadURL does not raise will-navigate (Electron's rule), only did-start-navigation. */
  async loadURL(url: string): Promise<void> {
    const page = await this.ready;
    await grantAskedPermissions(this, url);
    this.expectedLoad = url;
    await page.goto(toChromiumUrl(url), { waitUntil: 'load' });
    this.url = url;
    this.emit('did-finish-load', preventableEvent());
  }

  /** Called by the host for every navigation of this page's frames; false refuses it. */
  navigationRequested(frame: Frame, url: string): boolean {
    const isMainFrame = frame.parentFrame() === null;
    if (isMainFrame && this.expectedLoad === url) {
      this.expectedLoad = null;
    } else {
      const event = preventableEvent({ url, isMainFrame, frame: null });
      this.emit(isMainFrame ? 'will-navigate' : 'will-frame-navigate', event, url);
      if (event.defaultPrevented) return false;
    }
    this.emit('did-start-navigation', { url, isMainFrame, isSameDocument: false, frame: null }, url, false, isMainFrame);
    return true;
  }

  getURL(): string {
    if (this.page && !this.page.isClosed() && this.page.url() !== 'about:blank') return toAppUrl(this.page.url());
    return this.url;
  }

  getTitle(): string {
    return this.title;
  }

  /** Cached by the window when asked; Electron's getTitle is synchronous. */
  title = '';

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron serialises with the structured clone algorithm at the call, so a bad payload throws here.
    const wire = toWire(args);
    void this.ready.then((page) =>
      page.evaluate(([deliver, ch, payload]) => {
        const fn = (window as unknown as Record<string, ((c: unknown, p: unknown) => void) | undefined>)[deliver as string];
        fn?.(ch, payload);
      }, [chromiumHost().deliver, channel, wire] as const).catch(() => undefined),
    );
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isLoading(): boolean {
    return false;
  }

  reload(): void {
    void this.ready.then((page) => page.reload()).catch(() => undefined);
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    all.delete(this);
    const page = await this.ready.catch(() => null);
    await page?.close().catch(() => undefined);
    this.emit('destroyed');
  }
}

/** What main reads as event.senderFrame: the frame's URL as an app URL, its parent, a routing id. */
export function senderFrameOf(frame: Frame): { url: string; parent: unknown; name: string; routingId: number; processId: number } {
  const parent = frame.parentFrame();
  return {
    url: toAppUrl(frame.url()),
    parent: parent ? senderFrameOf(parent) : null,
    name: frame.name(),
    routingId: 1,
    processId: 1,
  };
}

/**
 * Chromium asks Electron's permission handlers at the moment a page needs a permission; Playwright can only grant
 * ahead of time. So before a window loads an origin, the app's check handler is asked for the permissions the
 * stand-in can grant, and Chromium is given what it allows.
 */
const grantable: Record<string, string> = { 'clipboard-sanitized-write': 'clipboard-write', 'clipboard-read': 'clipboard-read', notifications: 'notifications' };
async function grantAskedPermissions(contents: StandInWebContents, url: string): Promise<void> {
  const check = permissionHandlers.check;
  const origin = new URL(toChromiumUrl(url)).origin;
  const parsed = new URL(url);
  const requestingOrigin = `${parsed.protocol}//${parsed.host}`; // Node's URL says "null" for a custom scheme
  const allowed = check ? Object.keys(grantable).filter((p) => check(contents, p, requestingOrigin, {})) : [];
  await chromiumHost().context.grantPermissions(allowed.map((p) => grantable[p] as string), { origin });
}
