import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { GitHubAuthStatus } from '../../shared/contract/github-schemas';
import { writeJsonFile } from '../json-file';
import { apiAddressKey } from './api-address';

/** The part of Electron's safeStorage the token store uses (injected, so it is tested without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export type SetTokenResult = { ok: true; persisted: boolean } | { ok: false; needsConsent: boolean; message: string };

interface BoundToken {
  token: string;
  /** apiAddressKey of the API the token was entered for; it is sent nowhere else. */
  apiAddress: string;
}

/**
 * Keeps the GitHub token encrypted with the OS secret store via safeStorage. The token only ever leaves this
 * module towards Octokit, and only for the API address it was entered for (stored beside the ciphertext): a
 * page that changes the address cannot make main send the token elsewhere. It is never returned over IPC,
 * logged, backed up or written in clear. On Linux without a keyring safeStorage falls back to 'basic_text' (a
 * hard-coded key); that is weak, so it needs the user's explicit consent. Where no encryption is available at
 * all the token is kept in memory for this session only.
 */
export function createTokenStore(deps: {
  safeStorage: SafeStorageLike;
  filePath: string;
  platform: NodeJS.Platform;
  /** The API address a token stored before tokens were bound (file version 1) was entered for. */
  legacyApiBaseUrl: () => string;
}) {
  const { safeStorage, filePath, platform } = deps;
  let session: BoundToken | null = null;

  const backend = (): string => (platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : 'os');
  const weak = (): boolean => platform === 'linux' && backend() === 'basic_text';

  function readStored(): BoundToken | null {
    try {
      if (!existsSync(filePath)) return null;
      const { data, apiAddress } = JSON.parse(readFileSync(filePath, 'utf8')) as { data?: string; apiAddress?: string };
      if (!data) return null;
      const token = safeStorage.decryptString(Buffer.from(data, 'base64'));
      return { token, apiAddress: typeof apiAddress === 'string' ? apiAddress : apiAddressKey(deps.legacyApiBaseUrl()) };
    } catch {
      return null;
    }
  }

  return {
    status(): GitHubAuthStatus {
      return {
        hasToken: session !== null || existsSync(filePath),
        storageBackend: backend(),
        encryptionAvailable: safeStorage.isEncryptionAvailable(),
        needsWeakStorageConsent: weak(),
      };
    },

    setToken(token: string, options: { apiBaseUrl: string; allowWeakStorage?: boolean }): SetTokenResult {
      const trimmed = token.trim();
      if (!trimmed) return { ok: false, needsConsent: false, message: 'The token is empty. Paste the whole token.' };
      const apiAddress = apiAddressKey(options.apiBaseUrl);
      if (!safeStorage.isEncryptionAvailable()) {
        session = { token: trimmed, apiAddress };
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
      writeJsonFile(filePath, { version: 2, backend: backend(), apiAddress, data: safeStorage.encryptString(trimmed).toString('base64') });
      session = { token: trimmed, apiAddress };
      return { ok: true, persisted: true };
    },

    /** For main only (the publisher): the token, only when it was entered for this API address. */
    getToken(apiBaseUrl: string): string | null {
      session ??= readStored();
      return session && session.apiAddress === apiAddressKey(apiBaseUrl) ? session.token : null;
    },

    /** The token whatever its address: only to hide it from error texts. */
    secretForMasking(): string | null {
      session ??= readStored();
      return session?.token ?? null;
    },

    clear(): void {
      session = null;
      rmSync(filePath, { force: true });
    },
  };
}
export type TokenStore = ReturnType<typeof createTokenStore>;
