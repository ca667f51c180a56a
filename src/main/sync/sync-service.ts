import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as Y from 'yjs';
import { WebSocket as NodeWebSocket } from 'ws';
import type { Incident } from '../../shared/domain/incident';
import type { TimelineEntry } from '../../shared/domain/timeline-entry';
import { SYNC_BATCH, type SyncState } from '../../shared/contract/sync-channels';
import { documentName } from '../../shared/sync/document-name';
import { baseFor, readBase, readEntries, readEntry, shareIncident, writeEntries, type SharedBase } from '../../shared/sync/incident-doc';
import { isDerivedEntry } from '../../shared/sync/derive-incident';
import type { SyncConfig } from './sync-config';
import { createDocStore, type DocStore, type LoadedDoc } from './doc-store';

/*
 * The app's one connection to the team's sync server, in main: the token never leaves main, there is one
 * socket whatever windows are open (Hocuspocus carries every document over it), and the pages' CSP stays as
 * it is. One Y.Doc per shared incident, plus the team's index of shared incidents, so a responder's Sitrep
 * opens what a teammate shares. Dexie is the store, and the main window sends every entry of the shared
 * incidents again at start (reconcile), so nothing committed there is left behind. Given a docs folder, each doc
 * is also kept on disk between runs (doc-store.ts), so a restart sends and receives only what changed.
 */

/** Transactions made here carry this origin; everything else came from the server. */
const LOCAL = Symbol('sitrep-local');
const INDEX = 'index';

interface Room {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Entries written here since the server last confirmed everything. */
  waiting: Set<string>;
  /** Loaded from disk and not yet handed to the main window (which may have died before storing all of it). */
  unannounced: boolean;
}

export interface SyncServiceDeps {
  config: SyncConfig;
  emitState: (state: SyncState) => void;
  emitEntries: (payload: { base: SharedBase; entries: TimelineEntry[] }) => void;
  /** Where the docs are kept between runs (a folder per server and team); without it they live in memory only. */
  docsDirectory?: string;
}

/** The docs of one server and team apart from another's: the same incident id elsewhere is another history. */
const docsFolder = (root: string, serverUrl: string, team: string): string =>
  join(root, createHash('sha256').update(`${serverUrl}\n${team}`).digest('hex').slice(0, 16));

const refusals: Record<string, string> = {
  'wrong-token': 'The sync server refused the team token. Paste the current token in Settings → Team sync.',
  'other-team': 'This token belongs to another team. Check the team name in Settings → Team sync.',
  'bad-document': 'The sync server cannot open this incident. Update Sitrep on every machine of the team.',
};

export function createSyncService(deps: SyncServiceDeps) {
  let socket: HocuspocusProviderWebsocket | null = null;
  let index: { doc: Y.Doc; provider: HocuspocusProvider } | null = null;
  const rooms = new Map<string, Room>();
  let status: SyncState['connection'] = 'off';
  let refusal: string | null = null;
  let presence: { name: string; incidentId: string | null } | null = null;
  let stateQueued = false;
  let store: DocStore | null = null;
  /** States the server confirmed, per doc, not yet written (see confirmed()). */
  const pendingConfirms = new Map<string, Uint8Array>();
  let confirmTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the main window listens for entries (it has asked for the state since this start). */
  let windowListening = false;

  function state(): SyncState {
    const host = (() => {
      try {
        return new URL(deps.config.connection()?.serverUrl ?? '').host;
      } catch {
        return 'the sync server';
      }
    })();
    const message =
      status === 'refused' ? refusal
      : status === 'offline' ? `Cannot reach ${host}. Your changes are kept here and sent when it is back.`
      : status === 'off' ? 'Team sync is off. Set the server, team and token in Settings → Team sync.'
      : null;
    return {
      connection: status,
      message,
      incidents: [...rooms].map(([incidentId, room]) => ({ incidentId, waiting: room.waiting.size, here: othersHere(room) })),
    };
  }

  function othersHere(room: Room): string[] {
    const awareness = room.provider.awareness;
    if (!awareness) return [];
    const names = new Set<string>();
    awareness.getStates().forEach((value, clientId) => {
      const user = (value as { user?: { name?: unknown; viewing?: unknown } }).user;
      if (clientId !== room.doc.clientID && user?.viewing === true && typeof user.name === 'string') names.add(user.name.slice(0, 120));
    });
    return [...names].sort();
  }

  function emitState(): void {
    if (stateQueued) return;
    stateQueued = true;
    queueMicrotask(() => {
      stateQueued = false;
      deps.emitState(state());
    });
  }

  function sendEntries(doc: Y.Doc, entries: TimelineEntry[]): void {
    const base = readBase(doc);
    if (!base) return;
    for (let i = 0; i < entries.length; i += SYNC_BATCH) deps.emitEntries({ base, entries: entries.slice(i, i + SYNC_BATCH) });
  }

  function onRefused(reason: string): void {
    status = 'refused';
    refusal = refusals[reason] ?? `The sync server refused the connection (${reason.slice(0, 80)}). Check the address and token in Settings → Team sync.`;
    emitState();
  }

  function provider(name: string, doc: Y.Doc, token: string): HocuspocusProvider {
    const p = new HocuspocusProvider({
      websocketProvider: socket!,
      name,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => onRefused(reason),
    });
    p.attach();
    return p;
  }

  function openRoom(incidentId: string): Room | null {
    const existing = rooms.get(incidentId);
    if (existing) return existing;
    const connection = deps.config.connection();
    if (!connection || !socket) return null;
    const doc = new Y.Doc();
    const name = documentName(connection.team, incidentId);
    const loaded = attachSaved(name, doc);
    const room: Room = {
      doc,
      provider: provider(name, doc, connection.token),
      // A doc saved with changes the server never confirmed: they still wait (so an offline start counts them).
      waiting: new Set(loaded?.unconfirmed('entries') ?? []),
      unannounced: (loaded?.records ?? 0) > 0,
    };
    rooms.set(incidentId, room);
    deps.config.rememberShared(incidentId);
    // What the server sends goes to the main window, once per transaction; what was written here does not come back.
    // Yjs types its change map by the base class; the maps are the same objects.
    const entriesMap = doc.getMap('entries') as unknown as Y.AbstractType<Y.YEvent<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const baseMap = doc.getMap('base') as unknown as Y.AbstractType<Y.YEvent<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL) return;
      if (transaction.changed.has(baseMap)) return sendEntries(doc, readEntries(doc));
      const keys = transaction.changed.get(entriesMap);
      if (!keys) return;
      const changed = [...keys].map((id) => (id === null ? null : readEntry(doc, id))).filter((e): e is TimelineEntry => e !== null);
      sendEntries(doc, changed);
    });
    room.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0 && room.provider.isSynced) confirmed(name, room);
      emitState();
    });
    room.provider.on('synced', () => {
      if (!room.provider.hasUnsyncedChanges) confirmed(name, room);
      emitState();
    });
    room.provider.on('awarenessChange', () => emitState());
    applyPresence(incidentId, room);
    if (windowListening) announce(room);
    emitState();
    return room;
  }

  /**
   * The server has everything of this doc. What it has is noted on disk at most once a second (a note a second
   * while connected need not cost a write each); a crash before that only overstates what waits, until the next.
   */
  function confirmed(name: string, room: Room): void {
    room.waiting.clear();
    if (!store) return;
    // The state confirmed is the doc's now; a change made before the write must not pass for confirmed.
    pendingConfirms.set(name, Y.encodeStateVector(room.doc));
    if (confirmTimer) return;
    const current = store;
    confirmTimer = setTimeout(() => {
      confirmTimer = null;
      writeConfirms(current);
    }, 1_000);
  }

  function writeConfirms(target: DocStore): void {
    for (const [name, stateVector] of pendingConfirms) target.confirm(name, stateVector);
    pendingConfirms.clear();
  }

  /** The doc's saved state, if any; a disk that refuses it costs only the saving (the log stays the truth). */
  function attachSaved(name: string, doc: Y.Doc): LoadedDoc | undefined {
    try {
      return store?.attach(name, doc);
    } catch (error) {
      console.error(`Sitrep cannot keep the sync document ${name} on disk; it will be rebuilt from the log at start:`, error);
      return undefined;
    }
  }

  /**
   * Hands the main window every entry of a doc loaded from disk, once per start: the server will not send
   * again what the doc already has, and the window may have died before storing the last of it.
   * The window's merge keeps only what wins over its copies.
   */
  function announce(room: Room): void {
    if (!room.unannounced) return;
    room.unannounced = false;
    sendEntries(room.doc, readEntries(room.doc));
  }

  function applyPresence(incidentId: string, room: Room): void {
    if (presence) room.provider.setAwarenessField('user', { name: presence.name, viewing: presence.incidentId === incidentId });
  }

  function start(): void {
    const connection = deps.config.connection();
    if (!connection) {
      status = 'off';
      emitState();
      return;
    }
    status = 'connecting';
    refusal = null;
    // The ws package rather than a global WebSocket: main's Node may have none (Node 20 under the stand-in).
    socket = new HocuspocusProviderWebsocket({ url: connection.serverUrl, maxDelay: 10_000, WebSocketPolyfill: NodeWebSocket });
    socket.on('status', ({ status: next }: { status: string }) => {
      if (status === 'refused') return;
      status = next === 'connected' ? 'connected' : next === 'connecting' && status === 'connecting' ? 'connecting' : 'offline';
      emitState();
    });
    if (deps.docsDirectory) store = createDocStore(docsFolder(deps.docsDirectory, connection.serverUrl, connection.team));
    const doc = new Y.Doc();
    const indexName = documentName(connection.team, INDEX);
    attachSaved(indexName, doc);
    index = { doc, provider: provider(indexName, doc, connection.token) };
    const shared = doc.getMap('incidents');
    const openListed = () => shared.forEach((_value, id) => void openRoom(id));
    shared.observe(openListed);
    // Those known here open at once, so an offline start still shows them shared and collects their changes.
    for (const id of deps.config.sharedIncidents()) openRoom(id);
    openListed();
    emitState();
  }

  function stop(): void {
    // Confirmations due are written now, before the docs close.
    if (confirmTimer) clearTimeout(confirmTimer);
    confirmTimer = null;
    if (store) writeConfirms(store);
    pendingConfirms.clear();
    store?.close();
    store = null;
    for (const room of rooms.values()) {
      room.provider.destroy();
      room.doc.destroy();
    }
    rooms.clear();
    index?.provider.destroy();
    index?.doc.destroy();
    index = null;
    socket?.destroy();
    socket = null;
    status = 'off';
  }

  return {
    start,
    stop,
    restart(): void {
      stop();
      start();
    },
    state,

    /** The main window asks for the state when it starts listening: docs loaded from disk are handed to it then. */
    windowReady(): SyncState {
      windowListening = true;
      for (const room of rooms.values()) announce(room);
      return state();
    },

    /**
     * Whether this incident's doc is the server's: connected, everything written here confirmed, and what the
     * server had received (for measurements and tests: "in sync" after a start).
     */
    settled(incidentId: string): boolean {
      const room = rooms.get(incidentId);
      return status === 'connected' && room !== undefined && room.provider.isSynced && !room.provider.hasUnsyncedChanges;
    },

    /** Starts sharing an incident with the team; null when done, otherwise what to do. */
    share(incident: Incident, entries: readonly TimelineEntry[]): string | null {
      if (!index) return 'Set the sync server, team and token in Settings → Team sync first.';
      const own = entries.filter((e) => e.incidentId === incident.id && !isDerivedEntry(e));
      index.doc.transact(() => index!.doc.getMap('incidents').set(incident.id, { title: incident.title }), LOCAL);
      const room = openRoom(incident.id);
      if (!room) return 'Team sync is not connected; check Settings → Team sync.';
      shareIncident(room.doc, baseFor(incident, own), own, LOCAL);
      for (const entry of own) room.waiting.add(entry.id);
      emitState();
      return null;
    },

    /** Entries committed in Dexie for a shared incident; those that win over the doc's copies are sent. */
    push(incidentId: string, entries: readonly TimelineEntry[]): void {
      const room = rooms.get(incidentId);
      if (!room) return;
      const own = entries.filter((e) => e.incidentId === incidentId && !isDerivedEntry(e));
      let changed: TimelineEntry[] = [];
      room.doc.transact(() => {
        changed = own.filter((e) => writeEntries(room.doc, [e], LOCAL) > 0);
      }, LOCAL);
      if (changed.length === 0) return;
      // Cleared when the server confirms (unsyncedChanges back to 0).
      for (const e of changed) room.waiting.add(e.id);
      emitState();
    },

    setPresence(name: string, incidentId: string | null): void {
      presence = { name, incidentId };
      for (const [id, room] of rooms) applyPresence(id, room);
    },
  };
}
export type SyncService = ReturnType<typeof createSyncService>;
