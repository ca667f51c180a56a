import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from '@hocuspocus/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { declareIncident } from '../../src/shared/domain/incident-lifecycle';
import { makeEntry, compareEntries } from '../../src/shared/domain/timeline-entry-factory';
import type { Incident } from '../../src/shared/domain/incident';
import { newId } from '../../src/shared/domain/ids';
import { baseFor, readEntries, shareIncident } from '../../src/shared/sync/incident-doc';
import { documentName } from '../../src/shared/sync/document-name';
import { createSyncServer } from '../../src/server/sync-server';
import { parseTeamTokens } from '../../src/server/team-tokens';
import { SyncClient } from '../support/sync-client';

/* The sync server in this process on a free port, with SQLite storage, and clients over real WebSockets. */

const ACME = 'acme-write-token-0001';
const ACME_READER = 'acme-read-token-00001';
const GLOBEX = 'globex-write-token-01';
const tokens = parseTeamTokens(`acme:${ACME}:write\nacme:${ACME_READER}:read\nglobex:${GLOBEX}:write`);

let dir: string;
let server: Server;
let url: string;
const clients: SyncClient[] = [];

async function start(): Promise<void> {
  server = createSyncServer({ port: 0, host: '127.0.0.1', database: join(dir, 'sync.sqlite'), tokens });
  await server.listen();
  url = `ws://127.0.0.1:${server.address.port}`;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-sync-'));
  await start();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.destroy();
  rmSync(dir, { recursive: true, force: true });
});

function client(name: string, incident: Incident, token = ACME, team = 'acme'): SyncClient {
  const c = new SyncClient(name, url, documentName(team, incident.id), token);
  clients.push(c);
  return c;
}

/** Ana declares an incident and shares it; returns it with Ana's client, in sync. */
async function shared(): Promise<{ incident: Incident; ana: SyncClient }> {
  const at = Date.now();
  const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at, newId: () => newId(at) });
  if (!declared.ok) throw new Error(declared.reason);
  const ana = client('Ana', declared.incident);
  ana.commit(declared.entries);
  shareIncident(ana.doc, baseFor(declared.incident, declared.entries), declared.entries);
  await ana.settled();
  return { incident: declared.incident, ana };
}

function note(c: SyncClient, incident: Incident, text: string): void {
  const at = Date.now();
  c.commit([makeEntry({ incidentId: incident.id, kind: 'note', text, author: c.name, source: 'composer' }, { at, newId: () => newId(at) })]);
}

const timeline = (c: SyncClient) => c.entries().sort(compareEntries).map((e) => e.text);

describe('the sync server', { timeout: 20_000 }, () => {
  it('two responders writing while disconnected both hold every entry once, in the same order, after reconnecting', async () => {
    const { incident, ana } = await shared();
    const ben = client('Ben', incident);
    await ben.settled();
    await Promise.all([ana.goOffline(), ben.goOffline()]);
    for (let i = 0; i < 20; i += 1) {
      note(ana, incident, `ana ${i}`);
      note(ben, incident, `ben ${i}`);
    }
    ana.goOnline();
    ben.goOnline();
    await vi.waitFor(() => expect(ben.entries()).toHaveLength(41), { timeout: 10_000 });
    await vi.waitFor(() => expect(ana.entries()).toHaveLength(41), { timeout: 10_000 });
    expect(timeline(ana)).toEqual(timeline(ben));
    expect(new Set(timeline(ana)).size).toBe(41);
    expect(timeline(ana).filter((t) => t.startsWith('ana '))).toEqual(Array.from({ length: 20 }, (_, i) => `ana ${i}`));
  });

  it('conflicting edits of one entry converge on the later one on both machines', async () => {
    const { incident, ana } = await shared();
    note(ana, incident, 'db at 90% cpu');
    const ben = client('Ben', incident);
    await vi.waitFor(() => expect(ben.entries()).toHaveLength(2));
    await Promise.all([ana.goOffline(), ben.goOffline()]);
    const target = ana.entries().find((e) => e.text === 'db at 90% cpu')!;
    const now = Date.now();
    ana.commit([{ ...target, text: 'db at 95% cpu', editedAt: now, changedAt: now }]);
    ben.commit([{ ...target, text: 'db at 99% cpu', editedAt: now + 1, changedAt: now + 1 }]);
    ana.goOnline();
    ben.goOnline();
    for (const c of [ana, ben]) {
      await vi.waitFor(() => expect(c.store.get(target.id)?.text).toBe('db at 99% cpu'), { timeout: 10_000 });
    }
    await Promise.all([ana.settled(), ben.settled()]);
    expect(readEntries(ana.doc).find((e) => e.id === target.id)?.text).toBe('db at 99% cpu');
  });

  it('concurrent resolves and handovers end in the same state on both, with a conflict entry for each overridden one', async () => {
    const { incident, ana } = await shared();
    const ben = client('Ben', incident);
    await ben.settled();
    await Promise.all([ana.goOffline(), ben.goOffline()]);
    const t = Date.now();
    ana.act({ type: 'hand-over', to: 'Chloe' }, t, () => newId(t));
    ben.act({ type: 'hand-over', to: 'Dana' }, t + 1, () => newId(t + 1));
    ana.act({ type: 'resolve', rootCause: 'cache stampede', fix: 'rolled back' }, t + 2, () => newId(t + 2));
    ben.act({ type: 'resolve', rootCause: 'bad config', fix: 'reverted' }, t + 3, () => newId(t + 3));
    ana.goOnline();
    ben.goOnline();
    await vi.waitFor(() => expect(ben.derived()?.conflicts).toHaveLength(2), { timeout: 10_000 });
    await vi.waitFor(() => expect(ana.derived()).toEqual(ben.derived()), { timeout: 10_000 });
    expect(ana.incident()).toMatchObject({ lead: 'Chloe', status: 'resolved', rootCause: 'cache stampede' });
    expect(ana.derived()!.conflicts.map((c) => c.text)).toEqual([
      expect.stringContaining('the handover by Ben'),
      expect.stringContaining('the resolve by Ben'),
    ]);
  });

  it('keeps documents across a restart (SQLite)', async () => {
    const { incident, ana } = await shared();
    note(ana, incident, 'kept on disk');
    await ana.settled();
    ana.close();
    await server.destroy();
    await start();
    const ben = client('Ben', incident);
    await vi.waitFor(() => expect(timeline(ben)).toContain('kept on disk'), { timeout: 10_000 });
  });

  it('refuses a wrong token', async () => {
    const { incident } = await shared();
    const mallory = client('Mallory', incident, 'not-a-token-of-anyone');
    await vi.waitFor(() => expect(mallory.refusal).toBe('wrong-token'), { timeout: 10_000 });
    expect(mallory.entries()).toEqual([]);
  });

  it('refuses a token of another team the documents of this one', async () => {
    const { incident } = await shared();
    const outsider = client('Otto', incident, GLOBEX, 'acme');
    await vi.waitFor(() => expect(outsider.refusal).toBe('other-team'), { timeout: 10_000 });
    expect(outsider.entries()).toEqual([]);
  });

  it('lets a read-only token read but not write', async () => {
    const { incident, ana } = await shared();
    note(ana, incident, 'from the lead');
    await ana.settled();
    const reader = client('Rita', incident, ACME_READER);
    await vi.waitFor(() => expect(timeline(reader)).toContain('from the lead'), { timeout: 10_000 });
    note(reader, incident, 'sneaked in');
    note(ana, incident, 'after the reader wrote');
    await vi.waitFor(() => expect(timeline(reader)).toContain('after the reader wrote'), { timeout: 10_000 });
    // The server dropped the reader's update: a newcomer sees the lead's notes and not the reader's.
    const ben = client('Ben', incident);
    await vi.waitFor(() => expect(timeline(ben)).toContain('after the reader wrote'), { timeout: 10_000 });
    expect(timeline(ben)).not.toContain('sneaked in');
    expect(timeline(ana)).not.toContain('sneaked in');
  });
});
