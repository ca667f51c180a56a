import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from '@hocuspocus/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncState } from '../../src/shared/contract/sync-channels';
import { declareIncident } from '../../src/shared/domain/incident-lifecycle';
import { makeEntry } from '../../src/shared/domain/timeline-entry-factory';
import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';
import { newId } from '../../src/shared/domain/ids';
import { createSyncServer } from '../../src/server/sync-server';
import { parseTeamTokens } from '../../src/server/team-tokens';
import { createSyncConfig } from '../../src/main/sync/sync-config';
import { createSyncService } from '../../src/main/sync/sync-service';
import { createSyncHandlers } from '../../src/main/sync/sync-handlers';
import { xorSafeStorage } from '../unit/security/github-router-harness';
import '../support/sync-client';

/* Main's sync layer of two Sitreps (each its own profile folder) against the server in this process. */

const TOKEN = 'acme-write-token-0001';
let dir: string;
let server: Server;
let url: string;
const stops: (() => void)[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-sync-main-'));
  server = createSyncServer({ port: 0, host: '127.0.0.1', database: join(dir, 'sync.sqlite'), tokens: parseTeamTokens(`acme:${TOKEN}:write`) });
  await server.listen();
  url = `ws://127.0.0.1:${server.address.port}`;
});

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await server.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** One Sitrep's main: its config, its service and its handlers; what it sends the main window is recorded. */
function sitrep(name: string, existing?: string) {
  const profile = existing ?? join(dir, name);
  const config = createSyncConfig({ directory: profile, safeStorage: xorSafeStorage, platform: 'linux' });
  const received: TimelineEntry[] = [];
  let state: SyncState | null = null;
  const service = createSyncService({
    config,
    docsDirectory: join(profile, 'sync-docs'),
    emitState: (s) => (state = s),
    emitEntries: ({ entries }) => received.push(...entries),
  });
  const handlers = createSyncHandlers(config, service);
  // As main does once the app is ready.
  service.start();
  stops.push(() => service.stop());
  return { profile, handlers, received, state: () => state, service };
}

describe("main's team sync", { timeout: 45_000 }, () => {
  it('keeps the token encrypted in the profile, bound to the server and team, and never returns it', async () => {
    const a = sitrep('a');
    expect((await a.handlers.setSyncToken({ token: TOKEN }, undefined as never)).message).toContain('Save the server address and team first');
    expect((await a.handlers.setSyncSettings({ serverUrl: 'ws://sync.example.com', team: 'acme' }, undefined as never)).message).toContain('Use a wss:// address');
    await a.handlers.setSyncSettings({ serverUrl: url, team: 'acme' }, undefined as never);
    expect((await a.handlers.setSyncToken({ token: TOKEN, allowWeakStorage: true }, undefined as never)).ok).toBe(true);
    expect(readFileSync(join(a.profile, 'sync-token.json'), 'utf8')).not.toContain(TOKEN);
    expect(JSON.stringify(await a.handlers.getSyncSettings(undefined, undefined as never))).not.toContain(TOKEN);
    await vi.waitFor(() => expect(a.state()?.connection).toBe('connected'));
    // Another address: the token stays with the one it was entered for.
    await a.handlers.setSyncSettings({ serverUrl: 'wss://elsewhere.example', team: 'acme' }, undefined as never);
    expect((await a.handlers.getSyncSettings(undefined, undefined as never)).hasToken).toBe(false);
    expect(a.state()?.connection).toBe('off');
  });

  it('an incident shared in one Sitrep reaches the other, and so do its new notes; a wrong token is refused with what to do', async () => {
    const a = sitrep('a');
    const b = sitrep('b');
    for (const s of [a, b]) {
      await s.handlers.setSyncSettings({ serverUrl: url, team: 'acme' }, undefined as never);
      await s.handlers.setSyncToken({ token: TOKEN, allowWeakStorage: true }, undefined as never);
      await vi.waitFor(() => expect(s.state()?.connection).toBe('connected'));
    }
    const at = Date.now();
    const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at, newId: () => newId(at) });
    if (!declared.ok) throw new Error(declared.reason);
    expect(await a.handlers.shareIncident({ incident: declared.incident, entries: declared.entries }, undefined as never)).toEqual({ ok: true, message: 'Shared with the team.' });
    await vi.waitFor(() => expect(b.received.map((e) => e.id)).toEqual(declared.entries.map((e) => e.id)));
    const note = makeEntry({ incidentId: declared.incident.id, kind: 'note', text: 'rollback started', author: 'Ana', source: 'composer' }, { at, newId: () => newId(at) });
    await a.handlers.pushSyncEntries({ incidentId: declared.incident.id, entries: [note] }, undefined as never);
    await vi.waitFor(() => expect(b.received.map((e) => e.text)).toContain('rollback started'));
    await vi.waitFor(() => expect(a.state()?.incidents).toEqual([{ incidentId: declared.incident.id, waiting: 0, here: [] }]));
    await b.handlers.setSyncPresence({ name: 'Ben', incidentId: declared.incident.id }, undefined as never);
    await vi.waitFor(() => expect(a.state()?.incidents[0]?.here).toEqual(['Ben']));

    const c = sitrep('c');
    await c.handlers.setSyncSettings({ serverUrl: url, team: 'acme' }, undefined as never);
    await c.handlers.setSyncToken({ token: 'acme-stolen-token-000', allowWeakStorage: true }, undefined as never);
    await vi.waitFor(() => expect(c.state()?.connection).toBe('refused'));
    expect(c.state()?.message).toBe('The sync server refused the team token. Paste the current token in Settings → Team sync.');
  });

  it('a Sitrep restarted while the server is down still shows its shared incidents and counts the changes waiting; they arrive later', async () => {
    const a = sitrep('a');
    await a.handlers.setSyncSettings({ serverUrl: url, team: 'acme' }, undefined as never);
    await a.handlers.setSyncToken({ token: TOKEN, allowWeakStorage: true }, undefined as never);
    const at = Date.now();
    const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at, newId: () => newId(at) });
    if (!declared.ok) throw new Error(declared.reason);
    await vi.waitFor(() => expect(a.state()?.connection).toBe('connected'));
    await a.handlers.shareIncident({ incident: declared.incident, entries: declared.entries }, undefined as never);
    await vi.waitFor(() => expect(a.state()?.incidents).toEqual([{ incidentId: declared.incident.id, waiting: 0, here: [] }]));
    for (const stop of stops.splice(0)) stop();
    const port = server.address.port;
    await server.destroy();

    const again = sitrep('a-again', a.profile);
    const note = makeEntry({ incidentId: declared.incident.id, kind: 'note', text: 'written offline', author: 'Ana', source: 'composer' }, { at, newId: () => newId(at) });
    await again.handlers.pushSyncEntries({ incidentId: declared.incident.id, entries: [note] }, undefined as never);
    await vi.waitFor(() => expect(again.state()?.incidents).toEqual([{ incidentId: declared.incident.id, waiting: 1, here: [] }]));
    expect(again.state()?.connection).not.toBe('connected');

    server = createSyncServer({ port, host: '127.0.0.1', database: join(dir, 'sync.sqlite'), tokens: parseTeamTokens(`acme:${TOKEN}:write`) });
    await server.listen();
    await vi.waitFor(() => expect(again.state()?.incidents[0]?.waiting).toBe(0), { timeout: 20_000 });
    const b = sitrep('b');
    await b.handlers.setSyncSettings({ serverUrl: url, team: 'acme' }, undefined as never);
    await b.handlers.setSyncToken({ token: TOKEN, allowWeakStorage: true }, undefined as never);
    await vi.waitFor(() => expect(b.received.map((e) => e.text)).toContain('written offline'), { timeout: 20_000 });
  });

  it('a Sitrep restarted on its profile resumes from its saved docs: its window gets them back, nothing is sent again, only the news comes', async () => {
    const a = sitrep('a');
    const b = sitrep('b');
    for (const s of [a, b]) {
      await s.handlers.setSyncSettings({ serverUrl: url, team: 'acme' }, undefined as never);
      await s.handlers.setSyncToken({ token: TOKEN, allowWeakStorage: true }, undefined as never);
      await vi.waitFor(() => expect(s.state()?.connection).toBe('connected'));
    }
    const at = Date.now();
    const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at, newId: () => newId(at) });
    if (!declared.ok) throw new Error(declared.reason);
    const incidentId = declared.incident.id;
    const notes = Array.from({ length: 300 }, (_, i) =>
      makeEntry({ incidentId, kind: 'note', text: `note ${i}`, author: 'Ana', source: 'composer' }, { at: at + i, newId: () => newId(at + i) }),
    );
    const log = [...declared.entries, ...notes];
    await a.handlers.shareIncident({ incident: declared.incident, entries: log }, undefined as never);
    await vi.waitFor(() => expect(a.service.settled(incidentId)).toBe(true));
    await vi.waitFor(() => expect(b.received).toHaveLength(log.length));
    // The server goes down; Ana writes one more note, then her Sitrep stops.
    const port = server.address.port;
    await server.destroy();
    const offline = makeEntry({ incidentId, kind: 'note', text: 'written offline', author: 'Ana', source: 'composer' }, { at, newId: () => newId(at) });
    await a.handlers.pushSyncEntries({ incidentId, entries: [offline] }, undefined as never);
    await vi.waitFor(() => expect(a.state()?.incidents[0]?.waiting).toBe(1));
    stops.shift()!();
    log.push(offline);

    const again = sitrep('a-again', a.profile);
    // The main window starts listening: it gets the saved doc back (it may have died before storing all of it),
    // and the state still counts the note the server never confirmed.
    const started = await again.handlers.getSyncState(undefined, undefined as never);
    expect(started.incidents).toEqual([{ incidentId, waiting: 1, here: [] }]);
    expect(new Set(again.received.map((e) => e.id))).toEqual(new Set(log.map((e) => e.id)));
    // Its hand-over of every entry at start finds them all in the doc: nothing more waits to be sent.
    await again.handlers.pushSyncEntries({ incidentId, entries: log }, undefined as never);
    expect(again.service.state().incidents).toEqual([{ incidentId, waiting: 1, here: [] }]);
    const late = makeEntry({ incidentId, kind: 'note', text: 'written while Ana was away', author: 'Carla', source: 'composer' }, { at, newId: () => newId(at) });

    server = createSyncServer({ port, host: '127.0.0.1', database: join(dir, 'sync.sqlite'), tokens: parseTeamTokens(`acme:${TOKEN}:write`) });
    await server.listen();
    // Carla joins and writes (a new Sitrep: Ben's, connected across this in-process server's destroy and restart,
    // stays unsynced, with or without saved docs; the desktop spec covers a server killed under connected Sitreps).
    const c = sitrep('c');
    await c.handlers.setSyncSettings({ serverUrl: url, team: 'acme' }, undefined as never);
    await c.handlers.setSyncToken({ token: TOKEN, allowWeakStorage: true }, undefined as never);
    await vi.waitFor(() => expect(c.received).toHaveLength(log.length), { timeout: 20_000 });
    await c.handlers.pushSyncEntries({ incidentId, entries: [late] }, undefined as never);
    await vi.waitFor(() => expect(again.received.map((e) => e.text)).toContain('written while Ana was away'), { timeout: 20_000 });
    await vi.waitFor(() => expect(again.service.settled(incidentId)).toBe(true), { timeout: 20_000 });
    await vi.waitFor(() => expect(again.state()?.incidents[0]?.waiting).toBe(0));
    expect(c.received.map((e) => e.text)).toContain('written offline');
    // Only the news came down: nothing of what the saved doc held was sent to Ana's Sitrep again.
    expect(again.received.slice(log.length).map((e) => e.text)).toEqual(['written while Ana was away']);
  });
});
