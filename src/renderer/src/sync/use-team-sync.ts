import { useEffect } from 'react';
import { liveQuery } from 'dexie';
import { SYNC_BATCH } from '../../../shared/contract/bridge-constants';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { lastChangedAt } from '../../../shared/domain/entry-versions';
import { getBridge } from '../bridge/get-bridge';
import type { SitrepDatabase } from '../data/db';
import { sharedChangesReader } from '../data/shared-changes';
import { useSyncStore } from './sync-store';
import { loadOnce } from '../components/load-once';

/*
 * The main window's half of team sync (main holds the connection and the token). Whatever window committed
 * an entry of a shared incident to Dexie (composer, quick note, checklist, lifecycle), this sees it through a
 * live query and hands it to main; the first answer after start sends every entry again, which is the
 * reconcile that keeps an entry committed just before the app died, and later answers only what arrived or
 * changed since (shared-changes.ts). Entries from the team come the other way,
 * into Dexie through mergeEntries only (sync-projection.ts).
 */

// The projection and the sync rules (they replay an incident's lifecycle) load when sync first needs them,
// not before the window's first paint: a Sitrep that shares nothing never evaluates them.
const loadProjection = loadOnce(() => import('../data/sync-projection'));
const loadDerivation = loadOnce(() => import('../../../shared/sync/derive-incident'));
export function useTeamSync(db: SitrepDatabase, userName: string, viewing: string | null): void {
  const sharedIds = useSyncStore((s) => (s.state?.incidents ?? []).map((i) => i.incidentId).sort().join(','));

  useEffect(() => {
    const bridge = getBridge();
    void Promise.resolve(bridge.getSyncState()).then((state) => state && useSyncStore.getState().set(state));
    const offState = bridge.onSyncState((state) => useSyncStore.getState().set(state));
    const offEntries = bridge.onSyncEntries(({ base, entries }) => {
      void loadProjection()
        .then(({ applySharedEntries }) => applySharedEntries(db, base, entries))
        .catch((error: unknown) => console.error('Sitrep could not apply entries from the team:', error));
    });
    return () => {
      offState();
      offEntries();
    };
  }, [db]);

  useEffect(() => {
    void getBridge().setSyncPresence({ name: userName, incidentId: viewing });
  }, [userName, viewing, sharedIds]);

  useEffect(() => {
    const ids = sharedIds ? sharedIds.split(',') : [];
    if (ids.length === 0) return;
    // What was last handed to main, per entry; a copy that changed since is handed over again.
    const sent = new Map<string, number>();
    const reader = sharedChangesReader(db, ids);
    const subscription = liveQuery(() => reader.read()).subscribe({
      next: (entries: TimelineEntry[]) =>
        void loadDerivation()
          .then(({ isDerivedEntry }) => {
            const changed = entries.filter((e) => !isDerivedEntry(e) && sent.get(e.id) !== lastChangedAt(e));
            for (const e of changed) sent.set(e.id, lastChangedAt(e));
            pushAll(changed);
          })
          .catch((error: unknown) => console.error('Sitrep could not hand the shared incidents to main:', error)),
      error: (error: unknown) => console.error('Sitrep could not read the shared incidents to send them:', error),
    });
    return () => subscription.unsubscribe();
  }, [db, sharedIds]);
}

function pushAll(entries: TimelineEntry[]): void {
  const byIncident = new Map<string, TimelineEntry[]>();
  for (const e of entries) byIncident.set(e.incidentId, [...(byIncident.get(e.incidentId) ?? []), e]);
  for (const [incidentId, list] of byIncident) {
    for (let i = 0; i < list.length; i += SYNC_BATCH) void getBridge().pushSyncEntries({ incidentId, entries: list.slice(i, i + SYNC_BATCH) });
  }
}
