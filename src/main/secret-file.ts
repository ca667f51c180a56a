import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeJsonFile } from './json-file';

/** The part of Electron's safeStorage a secret file uses (injected, so it is tested without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * One secret (the GitHub token, the team-sync token) kept on disk encrypted with the OS secret store via
 * safeStorage, beside plain fields that say what it is for. What may be done with the secret is decided by
 * its owner; this only keeps it at rest. On Linux without a keyring safeStorage falls back to 'basic_text'
 * (a hard-coded key): `weak()` says so, and owners ask the user's consent before writing then.
 */
export function createSecretFile(deps: { safeStorage: SafeStorageLike; filePath: string; platform: NodeJS.Platform }) {
  const { safeStorage, filePath, platform } = deps;
  const backend = (): string => (platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : 'os');
  return {
    backend,
    weak: (): boolean => platform === 'linux' && backend() === 'basic_text',
    encryptionAvailable: (): boolean => safeStorage.isEncryptionAvailable(),
    exists: (): boolean => existsSync(filePath),

    /** The secret and the plain fields stored with it, or null when there is none or it cannot be decrypted. */
    read(): { secret: string; fields: Record<string, unknown> } | null {
      try {
        if (!existsSync(filePath)) return null;
        const { data, ...fields } = JSON.parse(readFileSync(filePath, 'utf8')) as { data?: string } & Record<string, unknown>;
        if (!data) return null;
        return { secret: safeStorage.decryptString(Buffer.from(data, 'base64')), fields };
      } catch {
        return null;
      }
    },

    write(secret: string, fields: Record<string, unknown>): void {
      writeJsonFile(filePath, { ...fields, backend: backend(), data: safeStorage.encryptString(secret).toString('base64') });
    },

    clear(): void {
      rmSync(filePath, { force: true });
    },
  };
}
export type SecretFile = ReturnType<typeof createSecretFile>;
