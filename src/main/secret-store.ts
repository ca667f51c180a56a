import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeJsonFile } from './json-file';

/** The part of Electron's safeStorage a secret store uses (injected, so it is tested without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export type SetSecretResult = { ok: true; persisted: boolean } | { ok: false; needsConsent: boolean; message: string };

export interface SecretStoreStatus {
  hasSecret: boolean;
  storageBackend: string;
  encryptionAvailable: boolean;
  needsWeakStorageConsent: boolean;
}

interface BoundSecret {
  secret: string;
  /** Where the secret was entered for (an API address, a webhook host): it is handed out for that place only. */
  binding: string;
}

/**
 * One secret (a token, an API key, a webhook address) kept encrypted with the OS secret store via safeStorage,
 * bound to the place it was entered for (stored beside the ciphertext): a page that changes an address cannot
 * make main send the secret elsewhere, because `get` answers only for the same binding. Never returned over IPC,
 * logged, backed up or written in clear. On Linux without a keyring safeStorage falls back to 'basic_text' (a
 * hard-coded key); that is weak, so it needs the user's explicit consent. Where no encryption is available at
 * all the secret is kept in memory for this session only.
 */
export function createSecretStore(deps: {
  safeStorage: SafeStorageLike;
  filePath: string;
  platform: NodeJS.Platform;
  /** What the user calls it, for messages ("token", "API key", "webhook address"). */
  noun: string;
  /** The binding of a secret stored before secrets were bound (no binding in the file). */
  legacyBinding?: () => string;
}) {
  const { safeStorage, filePath, platform, noun } = deps;
  let session: BoundSecret | null = null;

  const backend = (): string => (platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : 'os');
  const weak = (): boolean => platform === 'linux' && backend() === 'basic_text';

  function readStored(): BoundSecret | null {
    try {
      if (!existsSync(filePath)) return null;
      const { data, binding, apiAddress } = JSON.parse(readFileSync(filePath, 'utf8')) as { data?: string; binding?: string; apiAddress?: string };
      if (!data) return null;
      const secret = safeStorage.decryptString(Buffer.from(data, 'base64'));
      // apiAddress: the name of the binding in GitHub token files written before the store was shared.
      const bound = binding ?? apiAddress ?? deps.legacyBinding?.();
      return typeof bound === 'string' ? { secret, binding: bound } : null;
    } catch {
      return null;
    }
  }

  return {
    status(): SecretStoreStatus {
      return {
        hasSecret: session !== null || existsSync(filePath),
        storageBackend: backend(),
        encryptionAvailable: safeStorage.isEncryptionAvailable(),
        needsWeakStorageConsent: weak(),
      };
    },

    set(secret: string, options: { binding: string; allowWeakStorage?: boolean; extra?: Record<string, unknown> }): SetSecretResult {
      const trimmed = secret.trim();
      if (!trimmed) return { ok: false, needsConsent: false, message: `The ${noun} is empty. Paste the whole ${noun}.` };
      if (!safeStorage.isEncryptionAvailable()) {
        session = { secret: trimmed, binding: options.binding };
        return { ok: true, persisted: false };
      }
      if (weak() && !options.allowWeakStorage) {
        return {
          ok: false,
          needsConsent: true,
          message: `No secret store (such as GNOME Keyring or KWallet) was found, so the ${noun} could only be stored with weak protection. Agree to that, or install a secret store and restart Sitrep.`,
        };
      }
      writeJsonFile(filePath, {
        version: 2,
        backend: backend(),
        ...options.extra,
        binding: options.binding,
        data: safeStorage.encryptString(trimmed).toString('base64'),
      });
      session = { secret: trimmed, binding: options.binding };
      return { ok: true, persisted: true };
    },

    /** For main only: the secret, only when it was entered for this binding. */
    get(binding: string): string | null {
      session ??= readStored();
      return session && session.binding === binding ? session.secret : null;
    },

    /** The binding the stored secret was entered for, or null. */
    binding(): string | null {
      session ??= readStored();
      return session?.binding ?? null;
    },

    /** The secret whatever its binding: only to hide it from error texts. */
    secretForMasking(): string | null {
      session ??= readStored();
      return session?.secret ?? null;
    },

    clear(): void {
      session = null;
      rmSync(filePath, { force: true });
    },
  };
}
export type SecretStore = ReturnType<typeof createSecretStore>;
