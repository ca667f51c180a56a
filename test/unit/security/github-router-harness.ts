import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubHandlers, type ConfirmQuestion, type GitHubHandlerDeps } from '../../../src/main/github/github-handlers';
import type { SafeStorageLike } from '../../../src/main/github/token-store';
import { registerIpcHandlers, type InvokeHandlers } from '../../../src/main/ipc-router';
import { invokeContract, type InvokeName } from '../../../src/shared/contract/ipc-contract';
import { as } from '../main/fakes';

/*
 * Main's real analysis-export handlers behind the real IPC router, as a compromised page would reach them:
 * every call goes through the router's sender check and the contract's request and response schemas.
 */
type Listener = (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>;

/** safeStorage that really transforms bytes, so clear text on disk would show. */
export const xorSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0xa5)),
  decryptString: (b) => Buffer.from(b.map((x) => x ^ 0xa5)).toString('utf8'),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

export const APP_PAGE = 'app://sitrep/index.html';

export function githubThroughRouter(deps: Partial<GitHubHandlerDeps> = {}) {
  const dir = deps.dataDirectory ?? mkdtempSync(join(tmpdir(), 'sitrep-router-'));
  const registered = new Map<string, Listener>();
  const ipcMain = as<IpcMain>({
    handle: (channel: string, listener: Listener) => registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  });
  // The dialogs main shows: what they asked, and the answers the test queued (none queued: the user cancels).
  const questions: ConfirmQuestion[] = [];
  const answers: boolean[] = [];
  const github = createGitHubHandlers({
    confirm: async (question) => {
      questions.push(question);
      return answers.shift() ?? false;
    },
    allowLoopbackHttp: true,
    safeStorage: xorSafeStorage,
    dataDirectory: dir,
    platform: 'linux',
    broadcast: () => undefined,
    chooseFolder: async () => join(dir, 'saved'),
    fastTiming: true,
    ...deps,
  });
  // The shell's channels are not under test here: they answer nothing.
  const handlers = new Proxy(github.handlers as unknown as InvokeHandlers, {
    get: (target, name: string) => (target as Record<string, unknown>)[name] ?? (() => undefined),
  });
  registerIpcHandlers(ipcMain, handlers, { trustedOrigins: ['app://sitrep'] });
  const call = (name: InvokeName, request?: unknown, page = APP_PAGE): Promise<unknown> =>
    registered.get(invokeContract[name].channel)!(as<IpcMainInvokeEvent>({ senderFrame: { url: page, parent: null } }), request);
  const dispose = () => {
    github.dispose();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, github, call, dispose, questions, answers };
}
