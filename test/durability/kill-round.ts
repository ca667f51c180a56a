import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkIncidentInvariants, type LifecycleAction } from '../../src/shared/domain/incident-lifecycle';
import type { Harness } from '../harness/harness';
import { KillableChromium } from './chromium-process';
import { oddTexts } from './odd-texts';

/*
 * The kill -9 test: a page writes entries through the real data layer in a loop and logs an
 * acknowledgement the moment each write resolves (the moment the app would clear the composer). Node
 * records every acknowledgement as it arrives, SIGKILLs the whole browser at a random moment, starts it
 * again on the same profile and checks every acknowledged entry is there with identical text. Lifecycle
 * actions run in the same loop; the incident afterwards must hold the state of the last acknowledged action
 * (or of the one in flight when the kill came) and keep every lifecycle invariant.
 */

type WithHarness = { harness: Harness };
const ACK = 'sitrep-ack ';
const BY = 'Dana Scully';

interface IncidentState {
  severity: string;
  lead: string;
  status: string;
}
type Ack = { type: 'entry'; id: string; text: string } | { type: 'action'; step: number };

export interface KillRoundResult {
  round: number;
  /** Entries the page acknowledged before the kill. */
  acknowledged: number;
  /** Acknowledged entries missing after the restart, or present with other text. */
  lost: { id: string; text: string; found: string | null }[];
  /** Entries whose text appears more than once after the restart. */
  duplicated: number;
  /** Empty when the incident's state and invariants held. */
  lifecycleProblems: string[];
  /** Incidents in the profile after the restart: one per round so far unless the store was wiped (-1: no database). */
  incidentsInProfile: number;
  /** What Chromium said about its storage during the round (empty normally). */
  storageLog: string[];
  /** Times IndexedDB stopped answering (the round then force-quits and restarts, as a user would). */
  stalls: string[];
}

export interface KillSummary {
  rounds: KillRoundResult[];
  checked: number;
  lost: number;
  duplicated: number;
  lifecycleProblems: number;
  /** IndexedDB stalls met (mid-write or after a restart); each was force-quit and restarted. */
  stalls: number;
}

async function openHarness(chromium: KillableChromium, origin: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(`${origin}/__harness/harness.html`);
  await page.waitForFunction(() => 'harness' in window);
  return page;
}

const INITIAL: IncidentState = { severity: 'major', lead: BY, status: 'investigating' };
interface PlannedAction {
  action: LifecycleAction;
  by: string;
  after: IncidentState;
}

/** The round's lifecycle actions, in order: severity, handover, status move, again and again. */
function planActions(round: number, count: number): PlannedAction[] {
  const severities = ['critical', 'minor', 'major'] as const;
  const statuses = ['identified', 'monitoring', 'investigating'] as const;
  const plan: PlannedAction[] = [];
  let state = INITIAL;
  for (let step = 0; step < count; step++) {
    const by = state.lead;
    let action: LifecycleAction;
    if (step % 3 === 0) action = { type: 'change-severity', severity: severities[(step / 3) % 3]!, reason: `round ${round} step ${step}` };
    else if (step % 3 === 1) action = { type: 'hand-over', to: state.lead === BY ? 'Fox Mulder' : BY };
    else action = { type: 'set-status', status: statuses[Math.floor(step / 3) % 3]! };
    state =
      action.type === 'change-severity'
        ? { ...state, severity: action.severity }
        : action.type === 'hand-over'
          ? { ...state, lead: action.to }
          : { ...state, status: (action as { status: string }).status };
    plan.push({ action, by, after: state });
  }
  return plan;
}

/** Starts the write loop in the page and returns at once; the loop runs until the browser dies. */
async function startWriting(page: Page, incidentId: string, round: number, plan: PlannedAction[]): Promise<void> {
  await page.evaluate(
    ({ incidentId, round, plan, odd, ack }) => {
      const h = (window as unknown as WithHarness).harness;
      const say = (record: unknown) => console.debug(ack + JSON.stringify(record));
      void (async () => {
        let lead = plan[0]!.by;
        for (let i = 0, step = 0; ; i++) {
          // Every seventh write is the next lifecycle action of the plan.
          const planned = i % 7 === 6 ? plan[step] : undefined;
          if (planned) {
            const result = await h.act(incidentId, planned.action, planned.by);
            if (!result.ok) throw new Error(`Refused ${planned.action.type}: ${result.reason}`);
            lead = planned.after.lead;
            say({ type: 'action', step: step++ });
          } else {
            const text = `Round ${round} note ${i}: ${odd[i % odd.length]}`;
            const id = await h.append({ incidentId, kind: 'note', text, author: lead, source: 'composer' });
            say({ type: 'entry', id, text });
          }
        }
      })().catch((error: unknown) => console.error(`sitrep-write-failed ${String(error)}`));
    },
    { incidentId, round, plan, odd: oddTexts, ack: ACK },
  );
}

const sameState = (a: IncidentState, b: { severity: string; lead: string; status: string }) =>
  a.severity === b.severity && a.lead === b.lead && a.status === b.status;

async function verify(page: Page, incidentId: string, acks: Ack[], round: number, plan: PlannedAction[]): Promise<KillRoundResult> {
  const { rows, incident, all } = await page.evaluate(async (id) => {
    const h = (window as unknown as WithHarness).harness;
    // Ask before opening: a plain open of a missing database would create an empty one.
    const exists = (await indexedDB.databases()).some((d) => d.name === 'sitrep');
    if (!exists) return { rows: [], incident: undefined, all: -1 };
    const all = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sitrep');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('incidents').objectStore('incidents').count();
        count.onsuccess = () => {
          open.result.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
    });
    return { rows: await h.timelineTexts(id), incident: await h.incident(id), all };
  }, incidentId);
  const byId = new Map(rows.map((row) => [row.id, row.text]));
  const entries = acks.filter((a): a is Extract<Ack, { type: 'entry' }> => a.type === 'entry');
  const lost = entries.filter((e) => byId.get(e.id) !== e.text).map((e) => ({ ...e, found: byId.get(e.id) ?? null }));
  const counts = new Map<string, number>();
  const ours = `Round ${round} note `;
  for (const row of rows) if (row.text.startsWith(ours)) counts.set(row.text, (counts.get(row.text) ?? 0) + 1);
  const duplicated = [...counts.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0);

  const lifecycleProblems: string[] = [];
  if (all === -1) lifecycleProblems.push('the whole database is gone');
  else if (all < round) lifecycleProblems.push(`only ${all} of the ${round} incidents declared so far are there`);
  if (!incident) lifecycleProblems.push('the incident is gone');
  else {
    lifecycleProblems.push(...checkIncidentInvariants(incident));
    // Writes still on the wire when the kill came may have committed unacknowledged, so the state may be
    // that of the last acknowledged action or of any later one in the plan; never of an earlier one.
    const lastAcked = acks.reduce((last, a) => (a.type === 'action' ? a.step : last), -1);
    const allowed = [INITIAL, ...plan.map((p) => p.after)].slice(lastAcked + 1);
    if (!allowed.some((s) => sameState(s, incident))) {
      const found = { severity: incident.severity, lead: incident.lead, status: incident.status };
      lifecycleProblems.push(`state ${JSON.stringify(found)} is not that of acknowledged action ${lastAcked} or a later one`);
    }
  }
  return { round, acknowledged: entries.length, lost, duplicated, lifecycleProblems, incidentsInProfile: all, storageLog: [], stalls: [] };
}

// Guards, not waits: a healthy round acknowledges a write every few milliseconds and verifies in well under a second.
const STALL_MS = 20_000;
const VERIFY_DEADLINE_MS = 30_000;

function startStallWatch(lastProgress: () => number): { stalled: Promise<'stalled'>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<'stalled'>((resolve) => {
    timer = setInterval(() => {
      if (Date.now() - lastProgress() > STALL_MS) resolve('stalled');
    }, 1_000);
  });
  return { stalled, stop: () => clearInterval(timer) };
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([work.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Chromium marks an IndexedDB store it found corrupt with this file, and deletes the store on the next start. */
function corruptionMarkers(profile: string): string[] {
  const dir = join(profile, 'Default', 'IndexedDB');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((store) => join(dir, store, 'corruption_info.json'))
    .filter((file) => existsSync(file))
    .map((file) => `${file}: ${readFileSync(file, 'utf8').slice(0, 500)}`);
}

export interface KillRunOptions {
  /** The origin serving out/renderer with the harness under /__harness/. */
  origin: string;
  rounds: number;
  /** The kill comes after a random number of acknowledged writes in [minAcks, maxAcks], plus a random 0–15 ms. */
  minAcks?: number;
  maxAcks?: number;
  onRound?: (result: KillRoundResult) => void;
}

/** Runs `rounds` kill -9 rounds on one persistent profile; each restarted browser verifies, then writes the next round. */
export async function runKillRounds({ origin, rounds, minAcks = 20, maxAcks = 120, onRound }: KillRunOptions): Promise<KillSummary> {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-kill9-'));
  const results: KillRoundResult[] = [];
  let browser = await KillableChromium.start(profile);
  try {
    let page = await openHarness(browser, origin);
    await page.evaluate((by) => (window as unknown as WithHarness).harness.setUserName(by), BY);
    for (let round = 1; round <= rounds; round++) {
      const incidentId = await page.evaluate(
        ({ round, by }) => (window as unknown as WithHarness).harness.declare(`Kill round ${round}: checkout errors`, 'major', by),
        { round, by: BY },
      );
      const acks: Ack[] = [];
      const target = minAcks + Math.floor(Math.random() * (maxAcks - minAcks + 1));
      let failure: string | null = null;
      let lastAckAt = Date.now();
      const stall = startStallWatch(() => lastAckAt);
      const killed = new Promise<void>((resolve) => {
        page.on('console', (message) => {
          const text = message.text();
          if (text.startsWith('sitrep-write-failed')) failure = text;
          if (!text.startsWith(ACK)) return;
          lastAckAt = Date.now();
          acks.push(JSON.parse(text.slice(ACK.length)) as Ack);
          if (acks.filter((a) => a.type === 'entry').length === target) {
            setTimeout(() => void browser.kill().then(resolve), Math.random() * 15);
          }
        });
      });
      const plan = planActions(round, Math.ceil(maxAcks / 5) + 200);
      await startWriting(page, incidentId, round, plan);
      const failed = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('sitrep-write-failed'), timeout: 0 }).catch(() => undefined);
      const how = await Promise.race([killed.then(() => 'killed' as const), failed.then(() => 'failed' as const), stall.stalled]);
      stall.stop();
      if (failure) throw new Error(`Round ${round}: the write loop failed before the kill: ${failure}`);
      const stalls: string[] = [];
      if (how === 'stalled') {
        // IndexedDB stopped answering mid-write: nothing was acknowledged meanwhile, so nothing can be lost;
        // kill the browser as a user would force-quit a frozen app, and check what was acknowledged.
        stalls.push(`writes stalled after ${acks.length} acknowledgements`);
        await browser.kill();
      }
      // Acknowledgements already in Node count; anything still on the wire died with the browser.
      const acknowledged = [...acks];

      const writerLog = [...browser.storageLog, ...corruptionMarkers(profile)];
      let result: KillRoundResult | undefined;
      for (let attempt = 1; !result; attempt++) {
        browser = await KillableChromium.start(profile);
        page = await openHarness(browser, origin);
        result = await withDeadline(verify(page, incidentId, acknowledged, round, plan), VERIFY_DEADLINE_MS);
        if (!result) {
          stalls.push(`the restarted browser's IndexedDB did not answer (attempt ${attempt})`);
          await browser.kill();
          if (attempt === 3) throw new Error(`Round ${round}: IndexedDB did not answer after three restarts.`);
        }
      }
      result.stalls = stalls;
      result.storageLog = [...writerLog, ...browser.storageLog];
      results.push(result);
      onRound?.(result);
    }
  } finally {
    await browser.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  return {
    rounds: results,
    checked: results.reduce((sum, r) => sum + r.acknowledged, 0),
    lost: results.reduce((sum, r) => sum + r.lost.length, 0),
    duplicated: results.reduce((sum, r) => sum + r.duplicated, 0),
    lifecycleProblems: results.reduce((sum, r) => sum + r.lifecycleProblems.length, 0),
    stalls: results.reduce((sum, r) => sum + r.stalls.length, 0),
  };
}
