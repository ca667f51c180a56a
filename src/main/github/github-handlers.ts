import { join, resolve } from 'node:path';
import { z } from 'zod';
import { normaliseFolder } from '../../shared/analysis/document-file-name';
import type { githubEventContract } from '../../shared/contract/github-channels';
import {
  GitHubSettingsSchema,
  type AnalysisExport,
  type ExportFile,
  type GitHubSettings,
  type GitHubSettingsPatch,
  type PublishResult,
} from '../../shared/contract/github-schemas';
import type { Confirm } from '../confirm-question';
import { apiAddressKey, refusedApiAddress } from './api-address';
import { refusedBranch, refusedFiles } from './export-rules';
import { existingFiles, refusedFolder, writeAnalysisFiles } from './folder-writer';
import { readJsonFile, writeJsonFile } from '../json-file';
import { runDeviceFlow } from './device-flow';
import { ExportOutbox, type OutboxTarget, type SendResult } from './export-outbox';
import { createGitHubClient } from './github-client';
import { ExportError, toExportError, withoutSecret } from './github-errors';
import { AnalysisPublisher } from './github-publisher';
import { createTokenStore, type SafeStorageLike } from './token-store';

type GitHubEvents = typeof githubEventContract;
export type GitHubEventName = keyof GitHubEvents;

export interface GitHubHandlerDeps {
  safeStorage: SafeStorageLike;
  /** Where settings, the encrypted token and the outbox live (app.getPath('userData')). */
  dataDirectory: string;
  platform: NodeJS.Platform;
  /** Sends an event to every app window. */
  broadcast: <K extends GitHubEventName>(name: K, payload: z.input<GitHubEvents[K]['payload']>) => void;
  /** Shows a folder picker (dialog.showOpenDialog with openDirectory); null when cancelled. */
  chooseFolder: () => Promise<string | null>;
  /**
   * Asks the user in a dialog main shows itself (never a page): true only when they chose the confirming
   * button. Used before the repository or API address changes while a token is stored.
   */
  confirm?: Confirm;
  /** Told of each URL main produced (pull requests, the device-flow page): the browser may open those unasked. */
  issueUrl?: (url: string) => void;
  /** Test mode only: plain http to a server on this computer (the GitHub double). */
  allowLoopbackHttp?: boolean;
  /** Tests only: honour GitHub's waits in ms instead of s. */
  fastTiming?: boolean;
}

export type { ConfirmQuestion } from '../confirm-question';

const ExportedPathsSchema = z.record(z.string(), z.array(z.string().max(500)).max(400).catch([])).catch({});

const QUEUE_CODES = new Set(['offline', 'rate-limited', 'server-error']);

/**
 * The handlers of the analysis-export channels, keyed by contract method name, for the IPC router. Also
 * returns the outbox (start it once the app is ready; nudge it when the network comes back) and dispose.
 */
export function createGitHubHandlers(deps: GitHubHandlerDeps) {
  const settingsFile = join(deps.dataDirectory, 'github-settings.json');
  const readSettings = (): GitHubSettings => {
    const parsed = GitHubSettingsSchema.safeParse(readJsonFile(settingsFile) ?? {});
    return parsed.success ? parsed.data : GitHubSettingsSchema.parse({});
  };
  const tokens = createTokenStore({
    safeStorage: deps.safeStorage,
    filePath: join(deps.dataDirectory, 'github-token.json'),
    platform: deps.platform,
    legacyApiBaseUrl: () => readSettings().apiBaseUrl,
  });
  const currentTarget = (): OutboxTarget => {
    const { repository, apiBaseUrl, folder } = readSettings();
    return { repository, apiBaseUrl, folder };
  };
  // Without a dialog to ask in, nothing that needs the user's agreement happens.
  const confirm = deps.confirm ?? (async () => false);
  const addressProblem = (apiBaseUrl: string): string | null => refusedApiAddress(apiBaseUrl, { allowLoopbackHttp: deps.allowLoopbackHttp === true });

  // What each incident's last successful export wrote, so the next one can remove files it no longer has.
  const exportedFile = join(deps.dataDirectory, 'github-exported-paths.json');
  // A damaged record must not break every later export of an incident, nor name files outside the analyses.
  const exportedPaths = (): Record<string, string[]> => ExportedPathsSchema.parse(readJsonFile(exportedFile) ?? {});

  /** Publishes to `target` (an outbox item's own repository and address), with the other settings of now. */
  async function send(original: AnalysisExport, target: OutboxTarget = currentTarget()): Promise<SendResult> {
    const settings: GitHubSettings = { ...readSettings(), ...target };
    const folder = normaliseFolder(settings.folder);
    const inFolder = (path: string): boolean => folder === '' || path.startsWith(`${folder}/`);
    const exp = { ...original, replacesPaths: (exportedPaths()[original.incidentId] ?? []).filter(inFolder) };
    const refused = addressProblem(settings.apiBaseUrl);
    if (refused) return { ok: false, error: new ExportError('not-configured', refused) };
    const badPlan = refusedBranch(original.branch) ?? refusedFiles(original.files, settings.folder);
    if (badPlan) return { ok: false, error: new ExportError('invalid', badPlan) };
    // Only a token entered for this very API address is sent to it.
    const token = tokens.getToken(settings.apiBaseUrl);
    if (!token) return { ok: false, error: new ExportError('not-configured', 'Add a GitHub token or sign in with GitHub in Settings → GitHub, then export again.') };
    const progress = (step: string, message: string, retryAt: number | null = null) =>
      deps.broadcast('onExportProgress', { incidentId: exp.incidentId, step, message, retryAt });
    const client = createGitHubClient({
      token,
      baseUrl: settings.apiBaseUrl,
      fastTiming: deps.fastTiming,
      onRateLimit: (n) =>
        progress(
          'rate-limited',
          n.willRetry
            ? `GitHub's ${n.kind} rate limit: retrying at ${new Date(n.retryAt).toISOString().slice(11, 19)} UTC`
            : `GitHub's ${n.kind} rate limit: giving up for now`,
          n.retryAt,
        ),
    });
    try {
      const result = await new AnalysisPublisher(client, settings, (step, message) => progress(step, message)).publish(exp);
      writeJsonFile(exportedFile, { ...exportedPaths(), [exp.incidentId]: exp.files.map((f) => f.path) });
      deps.issueUrl?.(result.pullRequestUrl);
      return { ok: true, pullRequestUrl: result.pullRequestUrl, result };
    } catch (err) {
      const error = toExportError(err, { repository: settings.repository, host: new URL(settings.apiBaseUrl).host });
      return { ok: false, error: withoutSecret(error, token) };
    }
  }

  const outbox = new ExportOutbox({
    directory: deps.dataDirectory,
    send,
    currentTarget,
    onChange: (items) => deps.broadcast('onOutboxChanged', items),
  });
  // Links to pull requests sent in an earlier session are main's own too.
  for (const item of outbox.list()) if (item.pullRequestUrl) deps.issueUrl?.(item.pullRequestUrl);

  const handlers = {
    getGitHubSettings: () => readSettings(),
    setGitHubSettings: async (patch: GitHubSettingsPatch) => {
      const current = readSettings();
      const next = GitHubSettingsSchema.parse({ ...current, ...patch });
      const refused = addressProblem(next.apiBaseUrl);
      if (refused) throw new Error(refused);
      const hostChanged = apiAddressKey(next.apiBaseUrl) !== apiAddressKey(current.apiBaseUrl);
      const repositoryChanged = next.repository !== current.repository;
      // Where the analysis and the token go is the user's decision, asked by main: a page cannot make it.
      if ((hostChanged || repositoryChanged) && tokens.status().hasToken) {
        const agreed = await confirm({
          title: 'Change where analyses are exported?',
          message: hostChanged
            ? `Export analyses to ${new URL(next.apiBaseUrl).host} instead of ${new URL(current.apiBaseUrl).host}?`
            : `Export analyses to ${next.repository || '(no repository)'} instead of ${current.repository || '(no repository)'}?`,
          detail: hostChanged
            ? 'The stored token was entered for the old address and is removed: enter a token for the new address afterwards.'
            : 'Analyses exported from now on go to the new repository; exports already waiting keep their repository.',
          confirmLabel: 'Change',
        });
        if (!agreed) return current;
        if (hostChanged) tokens.clear();
      }
      writeJsonFile(settingsFile, next);
      return next;
    },
    getGitHubAuthStatus: () => tokens.status(),
    setGitHubToken: ({ token, allowWeakStorage }: { token: string; allowWeakStorage?: boolean }) => {
      const { apiBaseUrl } = readSettings();
      const refused = addressProblem(apiBaseUrl);
      if (refused) return { ok: false, needsConsent: false, message: refused };
      const result = tokens.setToken(token, { allowWeakStorage, apiBaseUrl });
      if (result.ok) {
        outbox.nudge();
        return {
          ok: true,
          needsConsent: false,
          message: !result.persisted
            ? 'No system encryption is available: the token is kept until Sitrep closes.'
            : tokens.status().needsWeakStorageConsent
              ? 'Token saved with weak protection (no secret store on this system), as you agreed.'
              : 'Token saved, encrypted by the system.',
        };
      }
      return { ok: false, needsConsent: result.needsConsent, message: result.message };
    },
    clearGitHubToken: () => tokens.clear(),
    startDeviceFlow: async () => {
      const settings = readSettings();
      if (!settings.oauthClientId) return { ok: false, message: 'Set the OAuth app client id in Settings → GitHub first.' };
      const refused = addressProblem(settings.apiBaseUrl);
      if (refused) return { ok: false, message: refused };
      try {
        const token = await runDeviceFlow({
          clientId: settings.oauthClientId,
          apiBaseUrl: settings.apiBaseUrl,
          onCode: (code) => {
            deps.issueUrl?.(code.verificationUri);
            deps.broadcast('onDeviceCode', code);
          },
        });
        const stored = tokens.setToken(token, { allowWeakStorage: false, apiBaseUrl: settings.apiBaseUrl });
        if (!stored.ok) return { ok: false, message: stored.message };
        outbox.nudge();
        return { ok: true, message: 'Signed in with GitHub.' };
      } catch (err) {
        const error = toExportError(err, { repository: settings.repository, host: new URL(settings.apiBaseUrl).host });
        return { ok: false, message: `Signing in with GitHub did not finish: ${error.message}` };
      }
    },
    publishAnalysis: async (exp: AnalysisExport): Promise<PublishResult> => {
      const target = currentTarget();
      const sent = await send(exp, target);
      if (sent.ok && sent.result) return { ok: true, ...sent.result };
      if (sent.ok) return { ok: true, pullRequestUrl: sent.pullRequestUrl, pullRequestNumber: 0, branch: exp.branch, changed: true, createdPullRequest: false, warnings: [] };
      const queued = QUEUE_CODES.has(sent.error.code);
      if (queued) outbox.enqueue(exp, sent.error.message, target);
      return { ok: false, code: sent.error.code, message: sent.error.message, retryAt: sent.error.retryAt, queued };
    },
    listOutbox: () => outbox.list(),
    retryOutboxItem: async ({ id }: { id: string }) => {
      const ok = outbox.retry(id);
      if (ok) void outbox.flush();
      return ok;
    },
    saveAnalysisToFolder: async ({ files }: { files: ExportFile[] }) => {
      const badPlan = refusedFiles(files, readSettings().folder);
      if (badPlan) return { ok: false as const, cancelled: false, message: badPlan };
      const folder = await deps.chooseFolder();
      if (!folder) return { ok: false as const, cancelled: true, message: 'No folder was chosen.' };
      const badFolder = refusedFolder(resolve(folder));
      if (badFolder) return { ok: false as const, cancelled: false, message: badFolder };
      try {
        const existing = existingFiles(folder, files);
        if (existing.length > 0) {
          const agreed = await confirm({
            title: 'Replace files?',
            message: `${existing.length} file${existing.length === 1 ? '' : 's'} of this analysis already exist${existing.length === 1 ? 's' : ''} in ${folder}. Replace ${existing.length === 1 ? 'it' : 'them'}?`,
            detail: existing.slice(0, 5).join('\n'),
            confirmLabel: 'Replace',
          });
          if (!agreed) return { ok: false as const, cancelled: true, message: 'Nothing was saved: the files already there were kept.' };
        }
        return { ok: true as const, folder, written: writeAnalysisFiles(folder, files, new Set(existing)) };
      } catch (err) {
        return { ok: false as const, cancelled: false, message: `The files could not be written: ${(err as Error).message}. Choose another folder.` };
      }
    },
  };
  return { handlers, outbox, dispose: () => outbox.stop() };
}
