import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommsHandlers } from '../../../src/main/comms/comms-handlers';
import type { SafeStorageLike } from '../../../src/main/secret-store';
import type { CommsUpdateRequest } from '../../../src/shared/contract/comms-schemas';

/** A stand-in for Electron's safeStorage that really transforms the bytes, so plain text on disk would show. */
export const xorSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

export const tempDirectory = (): string => mkdtempSync(join(tmpdir(), 'sitrep-comms-'));
export const removeDirectory = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Main's comms side as the app builds it, in test mode (loopback http to the doubles). */
export function commsApp(dir: string, statuspageUrl: string, options: { timeoutMs?: number; safeStorage?: SafeStorageLike } = {}) {
  const events: unknown[] = [];
  const app = createCommsHandlers({
    safeStorage: options.safeStorage ?? xorSafeStorage,
    dataDirectory: dir,
    platform: 'linux',
    broadcast: (_name, payload) => events.push(payload),
    allowLoopbackHttp: true,
    statuspageApiBaseUrl: statuspageUrl,
    timeoutMs: options.timeoutMs ?? 2_000,
    baseBackoffMs: 10,
  });
  return { ...app, events };
}

export function update(overrides: Partial<CommsUpdateRequest> = {}): CommsUpdateRequest {
  return {
    incidentId: 'inc-1',
    title: 'Checkout errors',
    status: 'investigating',
    statusPageText: 'We are investigating failed payments at checkout.',
    announcementText: 'Checkout is failing for some customers; we are on it.',
    bannerText: 'Some payments fail right now. We are working on it.',
    ...overrides,
  };
}
