// sync.restart.10k / sync.restart.bytes.10k: a Sitrep whose shared incident holds 10,000 entries restarts; from
// main's start until its doc is the server's (connected, everything confirmed, the server's news received), and
// the bytes it sent meanwhile. Main's real sync layer (config, service, handlers) runs in this process against
// the sync server (its own process) through a counting TCP proxy; the main window's part at start (taking the
// saved docs, handing every entry of the shared incidents to main) is played by calling its handlers as it
// does. With the docs kept on disk (doc-store.ts) against without (the doc rebuilt from the log), alternating.
import { createServer, connect, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNC_BATCH } from '../src/shared/contract/sync-channels.ts';
import { declareIncident } from '../src/shared/domain/incident-lifecycle.ts';
import { makeEntry } from '../src/shared/domain/timeline-entry-factory.ts';
import type { TimelineEntry } from '../src/shared/domain/timeline-entry.ts';
import { newId } from '../src/shared/domain/ids.ts';
import { createSyncConfig } from '../src/main/sync/sync-config.ts';
import { createSyncService } from '../src/main/sync/sync-service.ts';
import { createSyncHandlers } from '../src/main/sync/sync-handlers.ts';
import { xorSafeStorage } from '../test/unit/security/github-router-harness.ts';

const ENTRIES = 10_000;
const ROUNDS = 3;
/**
 * A team per restart measured: a Sitrep opens every incident its team shares, so a team shared with earlier
 * rounds would have each restart fetch their 10k-entry incidents too.
 */
const teams = Array.from({ length: ROUNDS * 2 }, (_, i) => ({ team: `restart-${i}`, token: `bench-restart-token-${String(i).padStart(4, '0')}` }));
/** The server's token lines for those teams (team:token:write). */
export const restartTeamTokens = teams.map((t) => `${t.team}:${t.token}:write`).join(',');

/** A TCP proxy to the server that counts the bytes each way. */
async function countingProxy(target: number) {
  let current = { up: 0, down: 0 };
  const server: Server = createServer((client) => {
    // A connection counts toward the figures current when it opened: a closed run's last bytes stay out.
    const counts = current;
    const upstream = connect(target, '127.0.0.1');
    client.on('data', (chunk: Buffer) => ((counts.up += chunk.length), upstream.write(chunk)));
    upstream.on('data', (chunk: Buffer) => ((counts.down += chunk.length), client.write(chunk)));
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      a.on('close', () => b.destroy());
      a.on('error', () => b.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    /** Counts from now on, for connections opened from now on. */
    fresh: () => (current = { up: 0, down: 0 }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const until = async (check: () => boolean, what: string, ms = 120_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
};

/** One Sitrep's main on `profile`; `persist`: its docs kept on disk between runs. */
function sitrepMain(profile: string, persist: boolean) {
  const config = createSyncConfig({ directory: profile, safeStorage: xorSafeStorage, platform: 'linux' });
  const service = createSyncService({
    config,
    docsDirectory: persist ? join(profile, 'sync-docs') : undefined,
    emitState: () => undefined,
    emitEntries: () => undefined,
  });
  return { service, handlers: createSyncHandlers(config, service) };
}

async function oneRestart(serverPort: number, { team, token }: { team: string; token: string }, persist: boolean): Promise<{ ms: number; up: number; down: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-bench-restart-'));
  const proxy = await countingProxy(serverPort);
  try {
    const at = Date.now();
    const declared = declareIncident({ title: 'Restart', severity: 'major' }, { by: 'Ana', at, newId: () => newId(at) });
    if (!declared.ok) throw new Error(declared.reason);
    const incidentId = declared.incident.id;
    const log: TimelineEntry[] = [
      ...declared.entries,
      ...Array.from({ length: ENTRIES }, (_, i) =>
        makeEntry({ incidentId, kind: 'note', text: `entry ${i}: checked the dashboards`, author: 'Ana', source: 'composer' }, { at: at + i, newId: () => newId(at + i) }),
      ),
    ];
    const first = sitrepMain(profile, persist);
    first.service.start();
    await first.handlers.setSyncSettings({ serverUrl: `ws://127.0.0.1:${proxy.port}`, team }, undefined as never);
    await first.handlers.setSyncToken({ token, allowWeakStorage: true }, undefined as never);
    await first.handlers.shareIncident({ incident: declared.incident, entries: log }, undefined as never);
    await until(() => first.service.settled(incidentId), 'the first run in sync');
    first.service.stop();

    const again = sitrepMain(profile, persist);
    const counts = proxy.fresh();
    const started = performance.now();
    again.service.start();
    // The main window at start: it asks for the state, then hands over every entry of the shared incidents.
    await again.handlers.getSyncState(undefined, undefined as never);
    for (let i = 0; i < log.length; i += SYNC_BATCH) await again.handlers.pushSyncEntries({ incidentId, entries: log.slice(i, i + SYNC_BATCH) }, undefined as never);
    await until(() => again.service.settled(incidentId), 'the restarted run in sync');
    const ms = performance.now() - started;
    again.service.stop();
    return { ms, up: counts.up, down: counts.down };
  } finally {
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Both ways, alternating, ROUNDS each; the medians. */
export async function restartWithAndWithoutSavedDocs(serverPort: number) {
  const saved: { ms: number; up: number; down: number }[] = [];
  const rebuilt: { ms: number; up: number; down: number }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    saved.push(await oneRestart(serverPort, teams[round * 2]!, true));
    rebuilt.push(await oneRestart(serverPort, teams[round * 2 + 1]!, false));
  }
  const summary = (runs: typeof saved) => ({ ms: median(runs.map((r) => r.ms)), up: median(runs.map((r) => r.up)), down: median(runs.map((r) => r.down)) });
  return { saved: summary(saved), rebuilt: summary(rebuilt) };
}
