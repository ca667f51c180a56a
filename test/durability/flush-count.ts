import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Harness } from '../harness/harness';
import { KillableChromium } from './chromium-process';

/*
 * What a SIGKILL cannot show: a kill leaves whatever the OS already holds in its page cache, so the kill test
 * passes even with relaxed durability. A power cut loses what was not flushed to disk. This counts the
 * flushes (fsync, fdatasync) Chromium's processes make while the page writes, with strace attached to the
 * whole browser: the app's appends against bare IndexedDB puts with relaxed and with strict durability.
 */

type WithHarness = { harness: Harness };

/** Pids of every process in a process group (browser, renderer, GPU, storage and utility processes). */
function groupPids(group: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // Fields after "(comm) ": state, ppid, pgrp.
        const [, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === group ? [Number(name)] : [];
      } catch {
        return []; // the process ended while we looked
      }
    });
}

/** Runs `work` with strace on every process of the group and returns the number of flush calls made meanwhile. */
async function countFlushes(group: number, work: () => Promise<void>): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-flush-'));
  const out = join(dir, 'trace.txt');
  const pids = groupPids(group);
  // -y names the file behind each descriptor, so only flushes of IndexedDB's own files are counted (Chromium
  // also flushes its preferences and other stores now and then, more often on a loaded machine).
  const strace = spawn('strace', ['-f', '-y', '-e', 'trace=fsync,fdatasync', '-o', out, ...pids.flatMap((pid) => ['-p', String(pid)])], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => strace.once('exit', () => resolve()));
  try {
    // strace says "Process N attached" for each; the work starts once every process is watched.
    await new Promise<void>((resolve, reject) => {
      let said = '';
      strace.stderr.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        if (pids.every((pid) => said.includes(`Process ${pid} attached`))) resolve();
        if (/Operation not permitted/.test(said)) reject(new Error(`strace cannot attach here: ${said.slice(0, 300)}`));
      });
      strace.once('exit', () => reject(new Error(`strace ended before attaching: ${said.slice(0, 300)}`)));
    });
    await work();
  } finally {
    strace.kill('SIGINT');
    await exited;
  }
  const calls = readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => /\b(fsync|fdatasync)\(\d+<[^>]*\/IndexedDB\//.test(line)).length;
  rmSync(dir, { recursive: true, force: true });
  return calls;
}

export interface FlushCounts {
  writes: number;
  /** Flushes during `writes` appends through the app's data layer (Dexie, strict durability). */
  appAppends: number;
  /** Flushes during as many bare puts with relaxed durability: what the app would do without 'strict'. */
  relaxedPuts: number;
  /** Flushes during as many bare puts with strict durability. */
  strictPuts: number;
}

export async function countFlushesPerWrite(origin: string, writes: number): Promise<FlushCounts> {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-flush-profile-'));
  const browser = await KillableChromium.start(profile);
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/__harness/harness.html`);
    await page.waitForFunction(() => 'harness' in window);
    const incidentId = await page.evaluate(() => (window as unknown as WithHarness).harness.declare('Flush count', 'major', 'Dana Scully'));
    // Warm both databases so opening them is not counted.
    await page.evaluate(async (id) => {
      const h = (window as unknown as WithHarness).harness;
      await h.append({ incidentId: id, kind: 'note', text: 'warm-up', author: 'Dana Scully', source: 'composer' });
      await h.rawPut({ id: 'warm-up', text: 'warm-up' }, 'relaxed');
    }, incidentId);
    const group = browser.processGroup;
    if (group === undefined) throw new Error('Chromium has no process id.');
    const run = (how: 'app' | 'relaxed' | 'strict') => () =>
      page.evaluate(
        async ({ id, how, writes }) => {
          const h = (window as unknown as WithHarness).harness;
          for (let i = 0; i < writes; i++) {
            if (how === 'app') await h.append({ incidentId: id, kind: 'note', text: `flush ${i}`, author: 'Dana Scully', source: 'composer' });
            else await h.rawPut({ id: `${how}-${i}`, text: `flush ${i}` }, how);
          }
        },
        { id: incidentId, how, writes },
      );
    return {
      writes,
      appAppends: await countFlushes(group, run('app')),
      relaxedPuts: await countFlushes(group, run('relaxed')),
      strictPuts: await countFlushes(group, run('strict')),
    };
  } finally {
    await browser.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}
