import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { declareIncident } from '../../src/shared/domain/incident-lifecycle';
import { makeEntry, compareEntries } from '../../src/shared/domain/timeline-entry-factory';
import { newId } from '../../src/shared/domain/ids';
import { baseFor, shareIncident } from '../../src/shared/sync/incident-doc';
import { documentName } from '../../src/shared/sync/document-name';
import { createSyncServer } from '../../src/server/sync-server';
import { parseTeamTokens } from '../../src/server/team-tokens';
import { SyncClient } from '../support/sync-client';

/* Two server instances sharing one Redis (Debian's redis-server), a client on each: they converge. */

const redisBinary = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
if (!redisBinary) console.warn('redis-server is not installed, so the scale-out test is skipped: run `sudo apt-get install -y redis-server` (npm install does it as root).');

const TOKEN = 'acme-write-token-0001';
const tokens = parseTeamTokens(`acme:${TOKEN}:write`);
let redis: ChildProcess | undefined;
const servers: Server[] = [];
const clients: SyncClient[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

describe.skipIf(!redisBinary)('several sync servers sharing a Redis', { timeout: 30_000 }, () => {
  let redisPort = 0;
  beforeAll(async () => {
    redisPort = await freePort();
    redis = spawn(redisBinary, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await vi.waitFor(async () => expect(await accepts(redisPort)).toBe(true), { timeout: 10_000, interval: 50 });
    for (let i = 0; i < 2; i += 1) {
      const server = createSyncServer({ port: 0, host: '127.0.0.1', database: ':memory:', tokens, redis: { host: '127.0.0.1', port: redisPort } });
      await server.listen();
      servers.push(server);
    }
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.close();
    for (const server of servers.splice(0)) await server.destroy();
    redis?.kill();
  });

  it('a client on each instance: both hold every entry once, in the same order', async () => {
    const at = Date.now();
    const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at, newId: () => newId(at) });
    if (!declared.ok) throw new Error(declared.reason);
    const name = documentName('acme', declared.incident.id);
    const [one, two] = servers as [Server, Server];
    const ana = new SyncClient('Ana', `ws://127.0.0.1:${one.address.port}`, name, TOKEN);
    const ben = new SyncClient('Ben', `ws://127.0.0.1:${two.address.port}`, name, TOKEN);
    clients.push(ana, ben);
    await Promise.all([ana.settled(), ben.settled()]);
    ana.commit(declared.entries);
    shareIncident(ana.doc, baseFor(declared.incident, declared.entries), declared.entries);
    for (let i = 0; i < 20; i += 1) {
      const t = Date.now();
      ana.commit([makeEntry({ incidentId: declared.incident.id, kind: 'note', text: `ana ${i}`, author: 'Ana', source: 'composer' }, { at: t, newId: () => newId(t) })]);
      ben.commit([makeEntry({ incidentId: declared.incident.id, kind: 'note', text: `ben ${i}`, author: 'Ben', source: 'composer' }, { at: t, newId: () => newId(t) })]);
    }
    await vi.waitFor(() => expect(ben.entries()).toHaveLength(41), { timeout: 20_000 });
    await vi.waitFor(() => expect(ana.entries()).toHaveLength(41), { timeout: 20_000 });
    const order = (c: SyncClient) => c.entries().sort(compareEntries).map((e) => e.id);
    expect(order(ana)).toEqual(order(ben));
    expect(ben.incident()).toEqual(ana.incident());
  });
});
