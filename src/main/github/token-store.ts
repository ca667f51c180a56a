import type { GitHubAuthStatus } from '../../shared/contract/github-schemas';
import { createSecretStore, type SafeStorageLike, type SetSecretResult } from '../secret-store';
import { apiAddressKey } from './api-address';

export type { SafeStorageLike } from '../secret-store';
export type SetTokenResult = SetSecretResult;

/**
 * The GitHub token: a secret bound to the API address it was entered for (see ../secret-store.ts). The token
 * only ever leaves main towards Octokit, and only for that address.
 */
export function createTokenStore(deps: {
  safeStorage: SafeStorageLike;
  filePath: string;
  platform: NodeJS.Platform;
  /** The API address a token stored before tokens were bound (file version 1) was entered for. */
  legacyApiBaseUrl: () => string;
}) {
  const store = createSecretStore({
    safeStorage: deps.safeStorage,
    filePath: deps.filePath,
    platform: deps.platform,
    noun: 'token',
    legacyBinding: () => apiAddressKey(deps.legacyApiBaseUrl()),
  });

  return {
    status(): GitHubAuthStatus {
      const { hasSecret, ...rest } = store.status();
      return { hasToken: hasSecret, ...rest };
    },
    setToken(token: string, options: { apiBaseUrl: string; allowWeakStorage?: boolean }): SetTokenResult {
      const binding = apiAddressKey(options.apiBaseUrl);
      return store.set(token, { binding, allowWeakStorage: options.allowWeakStorage, extra: { apiAddress: binding } });
    },
    /** For main only (the publisher): the token, only when it was entered for this API address. */
    getToken(apiBaseUrl: string): string | null {
      return store.get(apiAddressKey(apiBaseUrl));
    },
    secretForMasking: () => store.secretForMasking(),
    clear: () => store.clear(),
  };
}
export type TokenStore = ReturnType<typeof createTokenStore>;
