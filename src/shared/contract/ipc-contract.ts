import { z } from 'zod';
import type { ApiOf, EventSpec, InvokeSpec } from './contract-types';
import { EpochMsSchema, SeveritySchema } from '../domain/incident';
import { MAX_ENTRY_TEXT } from '../domain/timeline-entry';
import { commsEventContract, commsInvokeContract } from './comms-channels';
import { githubEventContract, githubInvokeContract } from './github-channels';
import { safetyCopyInvokeContract } from './safety-copy-channels';
import { syncEventContract, syncInvokeContract } from './sync-channels';

/*
 * The whole surface between renderers and main. The preload exposes exactly one method per entry below
 * (and nothing else); main parses every request with `request` and checks the sender before handling it.
 * Add a channel here, and both sides follow from it.
 */

const NoArgs = z.undefined();
const Done = z.void();

export const AppInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  /** Where the app keeps its data on this machine, shown in settings. */
  userDataPath: z.string(),
});

/** Whether the global quick-note shortcut is held by Sitrep; message says what to do when it is not. */
export const ShortcutStatusSchema = z.object({
  accelerator: z.string().max(100),
  registered: z.boolean(),
  message: z.string().nullable(),
});
export type ShortcutStatus = z.infer<typeof ShortcutStatusSchema>;

/** What the tray shows: the live incident the lead is on, or nothing. */
export const TrayStateSchema = z.object({
  activeIncident: z.object({ title: z.string().max(300), severity: SeveritySchema }).nullable(),
});

export const AppCommandSchema = z.enum(['declare', 'command-palette', 'open-settings', 'open-incident']);

export const invokeContract = {
  getAppInfo: { channel: 'app:get-info', request: NoArgs, response: AppInfoSchema },
  /** Opens an http(s) link the user clicked in the system browser; anything else is refused. */
  openExternal: {
    channel: 'shell:open-external',
    request: z.object({ url: z.string().max(4_000) }),
    response: Done,
  },
  /** Hides the quick-note window and gives focus back to the app the user came from. */
  hideQuickNote: { channel: 'quick-note:hide', request: NoArgs, response: Done },
  /**
   * The quick note's page needs this many CSS pixels of height to show every choice, message and hint: main sizes
   * the window to it, within the work area of its display.
   */
  fitQuickNote: {
    channel: 'quick-note:fit',
    request: z.object({ height: z.number().int().min(1).max(10_000) }),
    response: Done,
  },
  /** Shows (creating when needed) the always-on-top checklist window. */
  showChecklist: { channel: 'checklist:show', request: NoArgs, response: Done },
  /** Shows the main window, optionally on one incident. */
  showMainWindow: {
    channel: 'main-window:show',
    request: z.object({ incidentId: z.string().max(64).optional() }).optional(),
    response: Done,
  },
  /** Whether the quick-note hotkey is registered, and what to do when another app holds it. */
  getShortcutStatus: { channel: 'shortcut:get-status', request: NoArgs, response: ShortcutStatusSchema },
  /** Re-binds the quick-note hotkey (Electron accelerator syntax); the old one stays when the new one fails. */
  setQuickNoteShortcut: {
    channel: 'shortcut:set-quick-note',
    request: z.object({ accelerator: z.string().trim().min(1).max(100) }),
    response: ShortcutStatusSchema,
  },
  /** The renderer tells the tray which live incident (and severity) to show. */
  setTrayState: { channel: 'tray:set-state', request: TrayStateSchema, response: Done },
  /** A native notification (e.g. "update overdue"); clicking it opens that incident. */
  showNudge: {
    channel: 'nudge:show',
    request: z.object({ title: z.string().min(1).max(200), body: z.string().max(1_000), incidentId: z.string().min(1).max(64) }),
    response: Done,
  },
  /** The analysis export: settings, token (in only), publish, outbox, save to folder. */
  ...githubInvokeContract,
  /** Sending comms updates to Slack and the status page: credentials (in only), send, the comms outbox. */
  ...commsInvokeContract,
  /** Team sync: server and token (in only), sharing an incident, its entries both ways, who is here. */
  ...syncInvokeContract,
  /** The log's safety copy in main, outside IndexedDB: what changed goes in, a restore reads it back. */
  ...safetyCopyInvokeContract,
} satisfies Record<string, InvokeSpec>;

export const eventContract = {
  /** The quick-note window was shown by the hotkey; pressedAt is the keypress moment, the note's occurredAt. */
  onQuickNoteShown: { channel: 'quick-note:shown', payload: z.object({ pressedAt: EpochMsSchema }) },
  /** A command from the tray, menu or command line for the main window. */
  onAppCommand: {
    channel: 'app:command',
    payload: z.object({ command: AppCommandSchema, incidentId: z.string().max(64).optional() }),
  },
  /** `sitrep --note "text"` from a terminal or a system shortcut: the quick-note renderer saves it as a note. */
  onExternalNote: {
    channel: 'quick-note:external-note',
    payload: z.object({ text: z.string().min(1).max(MAX_ENTRY_TEXT), pressedAt: EpochMsSchema }),
  },
  ...githubEventContract,
  ...commsEventContract,
  ...syncEventContract,
} satisfies Record<string, EventSpec>;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type SitrepApi = ApiOf<InvokeContract, EventContract>;
export type InvokeName = keyof InvokeContract;
export type EventName = keyof EventContract;

export { BRIDGE_GLOBAL } from './bridge-constants';

/**
 * The preload's note to main that the page now listens to an event channel. Main holds events for a page
 * until it listens, so an event sent while a window is still starting (a cold-start `--note`) is not lost.
 */
export const BRIDGE_SUBSCRIBED_CHANNEL = 'bridge:subscribed';
