import { z } from 'zod';
import { isTeamName } from '../../shared/sync/document-name';
import type { SyncSettings } from '../../shared/contract/sync-channels';
import { readJsonFile, writeJsonFile } from '../json-file';
import { createSecretStore, type SafeStorageLike } from '../secret-store';

/*
 * Team sync's settings (server address, team, the incidents shared from or joined on this machine) in a plain
 * file, and the team token in a secret store bound to the server and team it was entered for: a page that
 * changes the address cannot make main send the token elsewhere.
 */

const StoredSchema = z.object({
  serverUrl: z.string().max(500).catch(''),
  team: z.string().max(40).catch(''),
  /** Incidents shared from or joined on this machine, so they show as shared (and collect changes) offline too. */
  shared: z.array(z.string().max(64)).max(10_000).catch([]),
});

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Null when the address can carry the token; otherwise what to tell the user. */
export function refusedServerUrl(serverUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    return 'Write the sync server address in full, for example wss://sync.example.com.';
  }
  if (url.protocol === 'wss:') return null;
  if (url.protocol === 'ws:' && LOOPBACK.has(url.hostname)) return null;
  return 'Use a wss:// address: the team token must not cross the network unencrypted (ws:// only reaches a server on this computer).';
}

export function createSyncConfig(deps: { directory: string; safeStorage: SafeStorageLike; platform: NodeJS.Platform }) {
  const settingsPath = `${deps.directory}/sync-settings.json`;
  const secret = createSecretStore({ safeStorage: deps.safeStorage, filePath: `${deps.directory}/sync-token.json`, platform: deps.platform, noun: 'token' });
  const bindingOf = (serverUrl: string, team: string): string => JSON.stringify([serverUrl, team]);
  const stored = () => StoredSchema.catch({ serverUrl: '', team: '', shared: [] }).parse(readJsonFile(settingsPath) ?? {});
  const tokenFor = (serverUrl: string, team: string): string | null => (serverUrl && team ? secret.get(bindingOf(serverUrl, team)) : null);

  return {
    settings(): SyncSettings {
      const { serverUrl, team } = stored();
      return { serverUrl, team, hasToken: tokenFor(serverUrl, team) !== null, needsWeakStorageConsent: secret.status().needsWeakStorageConsent };
    },

    /** What the connection needs, or null until the address, team and a token for both are set. */
    connection(): { serverUrl: string; team: string; token: string } | null {
      const { serverUrl, team } = stored();
      const token = tokenFor(serverUrl, team);
      return token === null ? null : { serverUrl, team, token };
    },

    /** Null when saved; otherwise what to fix. */
    setSettings(serverUrl: string, team: string): string | null {
      if (serverUrl) {
        const refused = refusedServerUrl(serverUrl);
        if (refused) return refused;
      }
      if (team && !isTeamName(team)) return 'Write the team name in lower-case letters, digits and dashes (up to 40), as the server lists it.';
      const before = stored();
      // Another server or team is another set of shared incidents.
      const shared = before.serverUrl === serverUrl && before.team === team ? before.shared : [];
      writeJsonFile(settingsPath, { serverUrl, team, shared });
      return null;
    },

    sharedIncidents: (): string[] => stored().shared,

    rememberShared(incidentId: string): void {
      const current = stored();
      if (!current.shared.includes(incidentId)) writeJsonFile(settingsPath, { ...current, shared: [...current.shared, incidentId] });
    },

    setToken(token: string, allowWeakStorage: boolean): { ok: boolean; needsConsent: boolean; message: string } {
      const { serverUrl, team } = stored();
      if (!serverUrl || !team) return { ok: false, needsConsent: false, message: 'Save the server address and team first: the token is kept for them only.' };
      const result = secret.set(token, { binding: bindingOf(serverUrl, team), allowWeakStorage });
      if (!result.ok) return result;
      return { ok: true, needsConsent: false, message: result.persisted ? 'Saved.' : 'Kept for this session only: this computer has no secret store.' };
    },

    clearToken(): void {
      secret.clear();
    },
  };
}
export type SyncConfig = ReturnType<typeof createSyncConfig>;
