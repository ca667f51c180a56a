import type { BrowserContext, Page } from '@playwright/test';
import type { z } from 'zod';
import {
  BRIDGE_GLOBAL,
  eventContract,
  invokeContract,
  type EventContract,
  type EventName,
  type InvokeContract,
  type InvokeName,
} from '../../../src/shared/contract/ipc-contract';
import { GitHubSettingsSchema } from '../../../src/shared/contract/github-schemas';
import { fitQuickNotePage } from './quick-note-window';

export type Handlers = {
  [K in InvokeName]: (
    request: z.output<InvokeContract[K]['request']>,
    page: Page,
  ) => Promise<z.input<InvokeContract[K]['response']>> | z.input<InvokeContract[K]['response']>;
};

export interface BridgeCall {
  name: InvokeName;
  request: unknown;
  page: Page;
}

export interface TestBridge {
  /** Every call a page made through the bridge, in order. */
  calls: BridgeCall[];
  /** Sends an event to one page, as main's webContents.send would. */
  emit<K extends EventName>(page: Page, name: K, payload: z.input<EventContract[K]['payload']>): Promise<void>;
}

const defaults: Handlers = {
  getAppInfo: () => ({ version: 'test', platform: 'browser-test', userDataPath: '(browser profile)' }),
  openExternal: () => undefined,
  hideQuickNote: () => undefined,
  // Main sizes the quick-note window to its page; a test page is resized the same way (support/quick-note-window).
  fitQuickNote: (request, page) => fitQuickNotePage(page, request.height),
  showChecklist: () => undefined,
  showMainWindow: () => undefined,
  getShortcutStatus: () => ({ accelerator: 'CommandOrControl+Shift+Space', registered: true, message: null }),
  setQuickNoteShortcut: ({ accelerator }) => ({ accelerator, registered: true, message: null }),
  setTrayState: () => undefined,
  showNudge: () => undefined,
  // Analysis export: nothing configured, no token; tests that export override these (test/github has the real publisher).
  getGitHubSettings: () => GitHubSettingsSchema.parse({}),
  setGitHubSettings: (patch) => GitHubSettingsSchema.parse(patch),
  getGitHubAuthStatus: () => ({ hasToken: false, storageBackend: 'test', encryptionAvailable: true, needsWeakStorageConsent: false }),
  setGitHubToken: () => ({ ok: true, needsConsent: false, message: 'Token saved.' }),
  clearGitHubToken: () => undefined,
  startDeviceFlow: () => ({ ok: false, message: 'Set the OAuth app client id in Settings → GitHub first.' }),
  publishAnalysis: () => ({ ok: false, code: 'not-configured', message: 'Choose the analysis repository first.', retryAt: null, queued: false }),
  listOutbox: () => [],
  retryOutboxItem: () => false,
  saveAnalysisToFolder: () => ({ ok: false, cancelled: true, message: 'No folder was chosen.' }),
  // Comms: nothing configured; tests that send back these with main's real comms handlers (test/comms has the doubles).
  getCommsSettings: () => ({ slackConfigured: false, statuspageConfigured: false, statuspagePageId: '', encryptionAvailable: true, needsWeakStorageConsent: false }),
  setSlackWebhook: () => ({ ok: false, needsConsent: false, message: 'Not in this test.' }),
  setStatuspageCredentials: () => ({ ok: false, needsConsent: false, message: 'Not in this test.' }),
  clearCommsCredential: () => undefined,
  sendCommsUpdate: () => ({ sends: [], message: 'Nothing was sent: add the Slack webhook or the Statuspage key in Settings → Comms in the main window, then press send again.' }),
  sendHandoverBrief: () => ({ sends: [], message: 'No Slack webhook is set, so nothing was sent. Add the Slack webhook in Settings → Comms (main window), then send the brief again.' }),
  listCommsSends: () => [],
  retryCommsSend: () => false,
  // Team sync: not set up; tests that share an incident override these (test/sync has the real main side).
  getSyncSettings: () => ({ serverUrl: '', team: '', hasToken: false, needsWeakStorageConsent: false }),
  setSyncSettings: ({ serverUrl, team }) => ({ ok: true, message: 'Saved.', settings: { serverUrl, team, hasToken: false, needsWeakStorageConsent: false } }),
  setSyncToken: () => ({ ok: true, needsConsent: false, message: 'Saved.' }),
  clearSyncToken: () => undefined,
  getSyncState: () => ({ connection: 'off', message: 'Team sync is off. Set the server, team and token in Settings → Team sync.', incidents: [] }),
  shareIncident: () => ({ ok: false, message: 'Set the sync server, team and token in Settings → Team sync first.' }),
  pushSyncEntries: () => undefined,
  setSyncPresence: () => undefined,
  // The log's safety copy: empty, and what is sent is dropped; safety-copy.spec.ts backs these with main's real store.
  getSafetyCopyStatus: () => ({ incidents: 0, entries: 0, lastWrittenAt: null, mark: null, bytes: 0, capBytes: 500_000_000, problem: null }),
  writeSafetyCopy: () => ({
    ok: true,
    message: 'Not kept in this test.',
    status: { incidents: 0, entries: 0, lastWrittenAt: null, mark: null, bytes: 0, capBytes: 500_000_000, problem: null },
  }),
  readSafetyCopy: () => ({ incidents: [], entries: [], incidentChecklists: [], checklistTemplates: [], settings: [], next: null, totalEntries: 0 }),
};

/**
 * Gives every page of the context the same `window.sitrep` the preload gives a window: one method per
 * contract entry. Requests are parsed with the contract's schemas, as main parses them, so a renderer
 * that sends a malformed payload fails here too.
 */
export async function installBridge(context: BrowserContext, overrides: Partial<Handlers> = {}): Promise<TestBridge> {
  const handlers = { ...defaults, ...overrides } as Record<string, (req: unknown, page: Page) => unknown>;
  const calls: BridgeCall[] = [];
  await context.exposeBinding('__sitrepInvoke', async ({ page }, name: InvokeName, request: unknown) => {
    const spec = invokeContract[name];
    const parsed = spec.request.parse(request);
    calls.push({ name, request: parsed, page });
    const handler = handlers[name];
    if (!handler) throw new Error(`No test handler for ${name}`);
    return spec.response.parse(await handler(parsed, page));
  });
  await context.addInitScript(
    ({ global, invokeNames, eventNames }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const api: Record<string, unknown> = {};
      const invoke = (window as unknown as { __sitrepInvoke: (n: string, r: unknown) => Promise<unknown> })
        .__sitrepInvoke;
      for (const name of invokeNames) api[name] = (request?: unknown) => invoke(name, request);
      for (const name of eventNames) {
        api[name] = (listener: (payload: unknown) => void) => {
          const set = listeners.get(name) ?? new Set();
          listeners.set(name, set);
          set.add(listener);
          return () => set.delete(listener);
        };
      }
      Object.defineProperty(window, '__sitrepEmit', {
        value: (name: string, payload: unknown) => listeners.get(name)?.forEach((listener) => listener(payload)),
      });
      Object.defineProperty(window, global, { value: Object.freeze(api) });
    },
    { global: BRIDGE_GLOBAL, invokeNames: Object.keys(invokeContract), eventNames: Object.keys(eventContract) },
  );
  return {
    calls,
    async emit(page, name, payload) {
      const parsed = eventContract[name].payload.parse(payload);
      await page.evaluate(
        ([n, p]) => (window as unknown as { __sitrepEmit: (n: string, p: unknown) => void }).__sitrepEmit(n, p),
        [name, parsed] as const,
      );
    },
  };
}
