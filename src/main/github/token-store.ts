import type { GitHubAuthStatus } from '../../shared/contract/github-schemas';
import { createSecretFile, type SafeStorageLike } from '../secret-file';
import { apiAddressKey } from './api-address';

export type { SafeStorageLike };

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
  const file = createSecretFile(deps);
  let session: BoundToken | null = null;

  function readStored(): BoundToken | null {
    const stored = file.read();
    if (!stored) return null;
    const { apiAddress } = stored.fields;
    return { token: stored.secret, apiAddress: typeof apiAddress === 'string' ? apiAddress : apiAddressKey(deps.legacyApiBaseUrl()) };
  }

  return {
    status(): GitHubAuthStatus {
      return {
        hasToken: session !== null || file.exists(),
        storageBackend: file.backend(),
        encryptionAvailable: file.encryptionAvailable(),
        needsWeakStorageConsent: file.weak(),
      };
    },

    setToken(token: string, options: { apiBaseUrl: string; allowWeakStorage?: boolean }): SetTokenResult {
      const trimmed = token.trim();
      if (!trimmed) return { ok: false, needsConsent: false, message: 'The token is empty. Paste the whole token.' };
      const apiAddress = apiAddressKey(options.apiBaseUrl);
      if (!file.encryptionAvailable()) {
        session = { token: trimmed, apiAddress };
        return { ok: true, persisted: false };
      }
      if (file.weak() && !options.allowWeakStorage) {
        return {
          ok: false,
          needsConsent: true,
          message:
            'No secret store (such as GNOME Keyring or KWallet) was found, so the token could only be stored with weak protection. Agree to that, or install a secret store and restart Sitrep.',
        };
      }
      file.write(trimmed, { version: 2, apiAddress });
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
      file.clear();
    },
  };
}
export type TokenStore = ReturnType<typeof createTokenStore>;
