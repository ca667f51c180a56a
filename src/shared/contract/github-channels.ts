import { z } from 'zod';
import type { EventSpec, InvokeSpec } from './contract-types';
import {
  AnalysisExportSchema,
  DeviceCodeSchema,
  ExportFileSchema,
  ExportProgressSchema,
  GitHubAuthStatusSchema,
  GitHubSettingsPatchSchema,
  GitHubSettingsSchema,
  OutboxItemViewSchema,
  PublishResultSchema,
} from './github-schemas';

/* The analysis export's channels; spread into the contract in ipc-contract.ts. The token goes in, never out. */
const NoArgs = z.undefined();

export const SetTokenResultSchema = z.object({ ok: z.boolean(), needsConsent: z.boolean(), message: z.string() });
export const SaveToFolderResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), folder: z.string(), written: z.array(z.string()) }),
  z.object({ ok: z.literal(false), cancelled: z.boolean(), message: z.string() }),
]);

export const githubInvokeContract = {
  getGitHubSettings: { channel: 'github:get-settings', request: NoArgs, response: GitHubSettingsSchema },
  setGitHubSettings: { channel: 'github:set-settings', request: GitHubSettingsPatchSchema, response: GitHubSettingsSchema },
  getGitHubAuthStatus: { channel: 'github:get-auth-status', request: NoArgs, response: GitHubAuthStatusSchema },
  /** Stores a pasted token in main (encrypted); allowWeakStorage is the user's consent on a Linux without a keyring. */
  setGitHubToken: {
    channel: 'github:set-token',
    request: z.object({ token: z.string().min(1).max(1_000), allowWeakStorage: z.boolean().optional() }),
    response: SetTokenResultSchema,
  },
  clearGitHubToken: { channel: 'github:clear-token', request: NoArgs, response: z.void() },
  /** Starts the OAuth device flow; the code to type arrives as onDeviceCode, the outcome as the reply. */
  startDeviceFlow: { channel: 'github:start-device-flow', request: NoArgs, response: z.object({ ok: z.boolean(), message: z.string() }) },
  publishAnalysis: { channel: 'github:publish-analysis', request: AnalysisExportSchema, response: PublishResultSchema },
  listOutbox: { channel: 'github:list-outbox', request: NoArgs, response: z.array(OutboxItemViewSchema) },
  retryOutboxItem: { channel: 'github:retry-outbox-item', request: z.object({ id: z.string().max(64) }), response: z.boolean() },
  /** Asks main to let the user pick a folder and writes the document and its images there. */
  saveAnalysisToFolder: {
    channel: 'analysis:save-to-folder',
    request: z.object({ files: z.array(ExportFileSchema).min(1).max(200) }),
    response: SaveToFolderResultSchema,
  },
} satisfies Record<string, InvokeSpec>;

export const githubEventContract = {
  onExportProgress: { channel: 'github:export-progress', payload: ExportProgressSchema },
  onOutboxChanged: { channel: 'github:outbox-changed', payload: z.array(OutboxItemViewSchema) },
  onDeviceCode: { channel: 'github:device-code', payload: DeviceCodeSchema },
} satisfies Record<string, EventSpec>;
