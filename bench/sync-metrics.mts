// Team sync (issue 11). sync.visible: two Sitreps on the Electron STAND-IN and one sync server (its own process),
// a note typed in A until its row is painted in B. sync.converge.10k and sync.server.rss.500k are measured at the
// protocol level (Yjs docs behind Hocuspocus providers in this process, as main holds them), without Dexie.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { HocuspocusProvider as Provider } from '@hocuspocus/provider';
import { WebSocket as NodeWebSocket } from 'ws';
import type { Page } from '@playwright/test';
import { declareIncident } from '../src/shared/domain/incident-lifecycle.ts';
import { makeEntry } from '../src/shared/domain/timeline-entry-factory.ts';
import { newId } from '../src/shared/domain/ids.ts';
import { baseFor, readEntries, shareIncident, writeEntries } from '../src/shared/sync/incident-doc.ts';
import { documentName } from '../src/shared/sync/document-name.ts';
import { launchDesktop, newProfile, repositoryRoot, type DesktopApp, type Profile } from '../test/shell/launcher.ts';
import { defineEsbuildName } from '../test/browser/support/chromium.ts';
import { Replica } from '../test/support/sync-replica.ts';
import { percentile, round, type Metric } from './metric.mts';
import { restartTeamTokens, restartWithAndWithoutSavedDocs } from './sync-restart-metrics.mts';

globalThis.WebSocket ??= NodeWebSocket as unknown as typeof WebSocket;
// The .ts modules imported here load as CommonJS under tsx, and with them yjs's CommonJS build: the provider must
// come from the same build, or Yjs sees two copies of itself and its type checks fail.
const { HocuspocusProvider } = createRequire(import.meta.url)('@hocuspocus/provider') as { HocuspocusProvider: typeof Provider };
type HocuspocusProvider = Provider;
const TOKEN = 'acme-bench-token-00001';
const NOTES = 40;

async function startServer(folder: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/sync-server-cli.ts', '--port', '0', '--data', join(folder, 'sync.sqlite')], {
    cwd: repositoryRoot,
    env: { ...process.env, SITREP_SYNC_TOKENS: `acme:${TOKEN}:write,${restartTeamTokens}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', () => reject(new Error(`sync server exited: ${out}`)));
  });
  return { child, port };
}

const until = async (check: () => boolean, what: string, ms = 120_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
};

function client(port: number, name: string): { replica: Replica; provider: HocuspocusProvider } {
  const replica = new Replica('bench');
  const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${port}`, name, document: replica.doc, token: TOKEN });
  return { replica, provider };
}

async function responder(port: number, name: string): Promise<{ app: DesktopApp; profile: Profile; main: Page }> {
  const profile = newProfile();
  const app = await launchDesktop({ profile });
  const main = await app.window('index.html');
  await main.evaluate(defineEsbuildName.content);
  await main.getByRole('textbox', { name: 'Your name' }).fill(name);
  await main.getByRole('button', { name: 'Start' }).click();
  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.getByRole('region', { name: 'Team sync' });
  await section.getByRole('textbox', { name: 'Sync server address' }).fill(`ws://127.0.0.1:${port}`);
  await section.getByRole('textbox', { name: 'Team', exact: true }).fill('acme');
  await section.getByRole('button', { name: 'Save team sync settings' }).click();
  await section.getByLabel('Team token').fill(TOKEN);
  await section.getByRole('button', { name: 'Save team token' }).click();
  await section.getByText('Team token saved.').waitFor();
  return { app, profile, main };
}

async function visible(port: number): Promise<number[]> {
  const a = await responder(port, 'Ana');
  const b = await responder(port, 'Ben');
  try {
    await a.main.getByRole('button', { name: 'Declare incident', exact: true }).click();
    await a.main.getByRole('textbox', { name: 'What is wrong?' }).fill('Sync benchmark');
    await a.main.getByRole('button', { name: 'Declare', exact: true }).click();
    await a.main.getByRole('button', { name: 'Share with the team' }).click();
    await a.main.getByText('Shared: in sync with the team.').waitFor();
    await b.main.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Sync benchmark/ }).click();
    await b.main.getByRole('heading', { level: 1, name: 'Sync benchmark' }).waitFor();
    const samples: number[] = [];
    const box = a.main.getByRole('textbox', { name: 'New entry' });
    for (let i = 0; i < NOTES; i += 1) {
      const text = `bench note ${i} ok`;
      await b.main.evaluate((wanted) => {
        const w = window as unknown as { __paintedAt?: number };
        delete w.__paintedAt;
        const seen = () => [...document.querySelectorAll('main [role="listitem"]')].some((li) => li.textContent?.includes(wanted));
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          requestAnimationFrame(() => (w.__paintedAt = Date.now()));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }, text);
      await box.fill(text);
      const savedAt = Date.now();
      await box.press('Enter');
      const paintedAt = await b.main.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt).then((h) => h.jsonValue() as Promise<number>);
      samples.push(paintedAt - savedAt);
    }
    return samples;
  } finally {
    for (const r of [a, b]) {
      await r.app.quit();
      r.profile.dispose();
    }
  }
}

/** In-page: milliseconds from the Enter that saves `text` until its row is painted in this same window. */
async function ownCapture(main: Page, text: string): Promise<number> {
  await main.evaluate((wanted) => {
    const w = window as unknown as { __enterAt?: number; __paintedAt?: number };
    delete w.__enterAt;
    delete w.__paintedAt;
    document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__enterAt ??= performance.now()), { capture: true, once: true });
    const seen = () => [...document.querySelectorAll('main [role="listitem"]')].some((li) => li.textContent?.includes(wanted));
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.__paintedAt = performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, text);
  const box = main.getByRole('textbox', { name: 'New entry' });
  await box.fill(text);
  await box.press('Enter');
  const handle = await main.waitForFunction(() => {
    const w = window as unknown as { __enterAt?: number; __paintedAt?: number };
    return w.__paintedAt !== undefined && w.__enterAt !== undefined ? w.__paintedAt - w.__enterAt : undefined;
  });
  return (await handle.jsonValue()) as number;
}

async function openIncident(main: Page, title: string): Promise<void> {
  await main.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: new RegExp(title) }).click();
  await main.getByRole('heading', { level: 1, name: title }).waitFor();
}

/**
 * sync.append: a note saved until painted in the lead's own window, in a shared incident (sync on: the note is
 * also handed to main and sent) against a private one in the same Sitrep (sync off), in alternating blocks.
 */
async function appendWithSync(port: number): Promise<{ shared: number[]; private: number[] }> {
  const a = await responder(port, 'Ana');
  try {
    for (const title of ['Private append', 'Shared append']) {
      await a.main.getByRole('button', { name: 'Declare incident', exact: true }).click();
      await a.main.getByRole('textbox', { name: 'What is wrong?' }).fill(title);
      await a.main.getByRole('button', { name: 'Declare', exact: true }).click();
      await a.main.getByRole('heading', { level: 1, name: title }).waitFor();
    }
    await a.main.getByRole('button', { name: 'Share with the team' }).click();
    await a.main.getByText('Shared: in sync with the team.').waitFor();
    const samples = { shared: [] as number[], private: [] as number[] };
    for (let block = 0; block < 4; block += 1) {
      const sharing = block % 2 === 1;
      await openIncident(a.main, sharing ? 'Shared append' : 'Private append');
      for (let i = 0; i < 15; i += 1) (sharing ? samples.shared : samples.private).push(await ownCapture(a.main, `append ${block}-${i} ok`));
    }
    return samples;
  } finally {
    await a.app.quit();
    a.profile.dispose();
  }
}

async function converge10k(port: number): Promise<number> {
  const at = Date.now();
  const declared = declareIncident({ title: 'Converge', severity: 'major' }, { by: 'Ana', at, newId: () => newId(at) });
  if (!declared.ok) throw new Error(declared.reason);
  const name = documentName('acme', declared.incident.id);
  const [a, b] = [client(port, name), client(port, name)];
  await until(() => a.provider.isSynced && b.provider.isSynced, 'both connected');
  shareIncident(a.replica.doc, baseFor(declared.incident, declared.entries), declared.entries);
  await until(() => readEntries(b.replica.doc).length === declared.entries.length, 'the base');
  for (const c of [a, b]) c.provider.disconnect();
  await until(() => [a, b].every((c) => c.provider.configuration.websocketProvider.status === 'disconnected'), 'offline');
  for (const c of [a, b]) {
    const entries = Array.from({ length: 10_000 }, (_, i) => {
      const t = at + i;
      return makeEntry({ incidentId: declared.incident.id, kind: 'note', text: `offline ${i}`, author: 'Bench', source: 'composer' }, { at: t, newId: () => newId(t) });
    });
    writeEntries(c.replica.doc, entries);
  }
  const total = declared.entries.length + 20_000;
  const started = performance.now();
  for (const c of [a, b]) void c.provider.connect();
  await until(() => a.replica.doc.getMap('entries').size === total && b.replica.doc.getMap('entries').size === total, 'convergence');
  const took = performance.now() - started;
  for (const c of [a, b]) c.provider.destroy();
  return took;
}

async function serverRss(port: number, pid: number): Promise<number> {
  const open: HocuspocusProvider[] = [];
  for (let incident = 0; incident < 100; incident += 1) {
    const at = Date.now();
    const declared = declareIncident({ title: `Load ${incident}`, severity: 'minor' }, { by: 'Ana', at, newId: () => newId(at) });
    if (!declared.ok) throw new Error(declared.reason);
    const c = client(port, documentName('acme', declared.incident.id));
    const entries = Array.from({ length: 5_000 }, (_, i) => {
      const t = at + i;
      return makeEntry({ incidentId: declared.incident.id, kind: 'note', text: `entry ${i} of incident ${incident}: checked the dashboards`, author: 'Bench', source: 'composer' }, { at: t, newId: () => newId(t) });
    });
    shareIncident(c.replica.doc, baseFor(declared.incident, declared.entries), [...declared.entries, ...entries]);
    await until(() => c.provider.isSynced && !c.provider.hasUnsyncedChanges, `incident ${incident} stored`);
    // The server keeps a document loaded while someone has it open: keep every client, as a busy team would.
    open.push(c.provider);
  }
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  for (const provider of open) provider.destroy();
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

export async function syncMetrics(): Promise<Metric[]> {
  const folder = mkdtempSync(join(tmpdir(), 'sitrep-bench-sync-'));
  const server = await startServer(folder);
  try {
    const samples = await visible(server.port);
    const append = await appendWithSync(server.port);
    const converge = await converge10k(server.port);
    const restart = await restartWithAndWithoutSavedDocs(server.port);
    const rss = await serverRss(server.port, server.child.pid!);
    return [
      { name: 'sync.visible.p50', unit: 'ms', value: round(percentile(samples, 50), 1), baseline: null, target: `<= 50 ms (stand-in, two Sitreps, loopback, ${NOTES} notes)` },
      { name: 'sync.visible.p99', unit: 'ms', value: round(percentile(samples, 99), 1), baseline: null, target: '<= 150 ms (stand-in)' },
      {
        name: 'sync.append.p50',
        unit: 'ms',
        value: round(percentile(append.shared, 50), 1),
        baseline: round(percentile(append.private, 50), 1),
        target: '<= 1.2x baseline (stand-in: Enter to the row painted in the same window, shared incident vs a private one, 30 notes each)',
      },
      {
        name: 'sync.restart.10k',
        unit: 'ms',
        value: round(restart.saved.ms, 0),
        baseline: round(restart.rebuilt.ms, 0),
        target: 'informational: main restarted with a shared 10,000-entry incident until in sync, its doc kept on disk vs rebuilt from the log (baseline), median of 3 each, alternating',
      },
      {
        name: 'sync.restart.bytes.10k',
        unit: 'KB',
        value: round(restart.saved.up / 1024, 1),
        baseline: round(restart.rebuilt.up / 1024, 1),
        target: `informational: bytes sent by that restart, doc kept vs rebuilt (baseline); received: ${round(restart.saved.down / 1024, 1)} KB vs ${round(restart.rebuilt.down / 1024, 1)} KB`,
      },
      { name: 'sync.converge.10k', unit: 'ms', value: round(converge, 0), baseline: null, target: '<= 3000 ms (protocol level: two Yjs docs via the server, without Dexie)' },
      { name: 'sync.server.rss.500k', unit: 'MB', value: round(rss, 0), baseline: null, target: 'informational (100 incidents x 5,000 entries, all open)' },
    ];
  } finally {
    // SIGTERM lets the server store what is pending; the folder goes only once it has exited.
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill();
    const late = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(late);
    rmSync(folder, { recursive: true, force: true });
  }
}
