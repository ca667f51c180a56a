// safeStorage with two backends, as on Linux: an OS secret store (a key kept in a "keyring" file outside the
// profile, standing in for the desktop's secret service) and Chromium's 'basic_text' fallback, which encrypts
// with a fixed, publicly known key. SITREP_SHELL_SAFE_STORAGE picks one; SITREP_SHELL_KEYRING is where the
// keyring keeps its key, so a restarted app decrypts what the previous one stored.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { requireReady } from './ready-state';

type Backend = 'gnome_libsecret' | 'basic_text';
const backend: Backend = process.env.SITREP_SHELL_SAFE_STORAGE === 'basic_text' ? 'basic_text' : 'gnome_libsecret';

function key(): Buffer {
  if (backend === 'basic_text') return createHash('sha256').update('peanuts').digest();
  const file = process.env.SITREP_SHELL_KEYRING;
  if (!file) throw new Error('the Electron stand-in needs SITREP_SHELL_KEYRING for its secret store');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'));
  }
  return Buffer.from(readFileSync(file, 'utf8'), 'hex');
}

export const safeStorage = {
  isEncryptionAvailable(): boolean {
    requireReady('safeStorage');
    return true;
  },
  getSelectedStorageBackend(): string {
    return backend;
  },
  encryptString(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v10'), iv, cipher.getAuthTag(), body]);
  },
  decryptString(encrypted: Buffer): string {
    if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    const iv = encrypted.subarray(3, 15);
    const decipher = createDecipheriv('aes-256-gcm', key(), iv);
    decipher.setAuthTag(encrypted.subarray(15, 31));
    return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
  },
};
