import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { GitHubAuthStatus } from '../../shared/contract/github-schemas';
import { writeJsonFile } from '../json-file';

/** The part of Electron's safeStorage the token store uses (injected, so it is tested without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export type SetTokenResult = { ok: true; persisted: boolean } | { ok: false; needsConsent: boolean; message: string };

/**
 * Keeps the GitHub token encrypted with the OS secret store via safeStorage. The token only ever leaves this
 * module towards Octokit: it is never returned over IPC, logged, backed up or written in clear. On Linux without
 * a keyring safeStorage falls back to 'basic_text' (a hard-coded key); that is weak, so it needs the user's
 * explicit consent. Where no encryption is available at all the token is kept in memory for this session only.
 */
export function createTokenStore(deps: { safeStorage: SafeStorageLike; filePath: string; platform: NodeJS.Platform }) {
  const { safeStorage, filePath, platform } = deps;
  let sessionToken: string | null = null;

  const backend = (): string => (platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : 'os');
  const weak = (): boolean => platform === 'linux' && backend() === 'basic_text';

  function readStored(): string | null {
    try {
      if (!existsSync(filePath)) return null;
      const { data } = JSON.parse(readFileSync(filePath, 'utf8')) as { data?: string };
      return data ? safeStorage.decryptString(Buffer.from(data, 'base64')) : null;
    } catch {
      return null;
    }
  }

  return {
    status(): GitHubAuthStatus {
      return {
        hasToken: sessionToken !== null || existsSync(filePath),
        storageBackend: backend(),
        encryptionAvailable: safeStorage.isEncryptionAvailable(),
        needsWeakStorageConsent: weak(),
      };
    },

    setToken(token: string, options: { allowWeakStorage?: boolean } = {}): SetTokenResult {
      const trimmed = token.trim();
      if (!trimmed) return { ok: false, needsConsent: false, message: 'The token is empty. Paste the whole token.' };
      if (!safeStorage.isEncryptionAvailable()) {
        sessionToken = trimmed;
        return { ok: true, persisted: false };
      }
      if (weak() && !options.allowWeakStorage) {
        return {
          ok: false,
          needsConsent: true,
          message:
            'No secret store (such as GNOME Keyring or KWallet) was found, so the token could only be stored with weak protection. Agree to that, or install a secret store and restart Sitrep.',
        };
      }
      writeJsonFile(filePath, { version: 1, backend: backend(), data: safeStorage.encryptString(trimmed).toString('base64') });
      sessionToken = trimmed;
      return { ok: true, persisted: true };
    },

    /** For main only (the publisher). Never send this anywhere else. */
    getToken(): string | null {
      sessionToken ??= readStored();
      return sessionToken;
    },

    clear(): void {
      sessionToken = null;
      rmSync(filePath, { force: true });
    },
  };
}
export type TokenStore = ReturnType<typeof createTokenStore>;
