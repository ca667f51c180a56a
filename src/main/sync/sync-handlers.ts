import type { InvokeHandlers } from '../ipc-router';
import type { SyncConfig } from './sync-config';
import type { SyncService } from './sync-service';

type SyncHandlerNames =
  | 'getSyncSettings'
  | 'setSyncSettings'
  | 'setSyncToken'
  | 'clearSyncToken'
  | 'getSyncState'
  | 'shareIncident'
  | 'pushSyncEntries'
  | 'setSyncPresence';

/** Team sync's IPC handlers. Requests arrive parsed and from the main window only (ipc-router). */
export function createSyncHandlers(config: SyncConfig, service: SyncService): Pick<InvokeHandlers, SyncHandlerNames> {
  return {
    getSyncSettings: () => config.settings(),
    setSyncSettings: ({ serverUrl, team }) => {
      const before = config.settings();
      const problem = config.setSettings(serverUrl, team);
      if (!problem && (before.serverUrl !== serverUrl || before.team !== team)) service.restart();
      return { ok: problem === null, message: problem ?? 'Saved.', settings: config.settings() };
    },
    setSyncToken: ({ token, allowWeakStorage }) => {
      const result = config.setToken(token, allowWeakStorage === true);
      if (result.ok) service.restart();
      return result;
    },
    clearSyncToken: () => {
      config.clearToken();
      service.restart();
    },
    getSyncState: () => service.windowReady(),
    shareIncident: ({ incident, entries }) => {
      const problem = service.share(incident, entries);
      return { ok: problem === null, message: problem ?? 'Shared with the team.' };
    },
    pushSyncEntries: ({ incidentId, entries }) => service.push(incidentId, entries),
    setSyncPresence: ({ name, incidentId }) => service.setPresence(name, incidentId),
  };
}
