import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkIncidentInvariants, type LifecycleAction } from '../../src/shared/domain/incident-lifecycle';
import type { Harness } from '../harness/harness';
import type { PlantName } from '../harness/planted-faults';
import { KillableChromium } from './chromium-process';
import { lifecycleChain, missingOrChanged, sameState, stateOf, type ExpectedEntry, type LifecycleState } from './durability-checks';
import { oddTexts } from './odd-texts';

/*
 * The kill -9 test: a page writes entries through the real save paths of the three windows (the composer's,
 * the quick note's and the checklist's) in a loop and logs an acknowledgement the moment each write resolves
 * (the moment the window would clear its input). Node records every acknowledgement as it arrives, SIGKILLs
 * the whole browser at a random moment, starts it again on the same profile and checks every entry
 * acknowledged in this round and every earlier one is there with every field as saved. Lifecycle actions run
 * in the same loop; afterwards the incident must hold exactly the state of the last acknowledged action, or
 * of the next one if its write was in flight, and its timeline must record each change from where the
 * previous one left it.
 */

type WithHarness = { harness: Harness };
const BY = 'Dana Scully';

type Ack = { type: 'entry'; entry: ExpectedEntry } | { type: 'action'; step: number };

export interface KillRoundResult {
  round: number;
  /** Entries the page acknowledged in this round before the kill. */
  acknowledged: number;
  /** Acknowledged entries (of this round or an earlier one) missing after the restart, or with any field changed. */
  lost: string[];
  /** Entries whose text appears more than once after the restart. */
  duplicated: number;
  /** Empty when the incident's state, its recorded changes and its invariants held. */
  lifecycleProblems: string[];
  /** Incidents in the profile after the restart: one per round so far unless the store was wiped (-1: no database). */
  incidentsInProfile: number;
  /** Chromium's marks of a corrupt IndexedDB store: a failure, since Chromium deletes such a store on the next start. */
  corruption: string[];
  /** What Chromium said about its storage during the round (informational). */
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
  /** Every failure of every round in one list: lost or changed entries, duplicates, lifecycle, corruption. */
  problems: string[];
}

async function openHarness(chromium: KillableChromium, origin: string, plant: PlantName | undefined): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(`${origin}/__harness/harness.html${plant ? `?plant=${plant}` : ''}`);
  await page.waitForFunction(() => 'harness' in window);
  return page;
}

const INITIAL: LifecycleState = { severity: 'major', lead: BY, status: 'investigating' };
interface PlannedAction {
  action: LifecycleAction;
  by: string;
  after: LifecycleState;
}

/**
 * The round's lifecycle actions, in order: severity, handover, status move, again and again. Each handover
 * goes to a new name, so no two steps leave the same state: a rollback to any earlier step shows.
 */
function planActions(round: number, count: number): PlannedAction[] {
  const severities = ['critical', 'minor', 'major'] as const;
  const statuses = ['identified', 'monitoring', 'investigating'] as const;
  const plan: PlannedAction[] = [];
  let state = INITIAL;
  for (let step = 0; step < count; step++) {
    const by = state.lead;
    let action: LifecycleAction;
    if (step % 3 === 0) action = { type: 'change-severity', severity: severities[(step / 3) % 3]!, reason: `round ${round} step ${step}` };
    else if (step % 3 === 1) action = { type: 'hand-over', to: `Fox Mulder ${step}` };
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

/**
 * Starts the write loop in the page and returns at once; the loop runs until the browser dies. Every seventh
 * write is the next lifecycle action; the others rotate over the three windows' save paths.
 */
async function startWriting(page: Page, incidentId: string, round: number, plan: PlannedAction[]): Promise<void> {
  await page.evaluate(
    ({ incidentId, round, plan, odd }) => {
      const h = (window as unknown as WithHarness).harness;
      // Each acknowledgement waits for Node to have recorded it before the next write starts, so at most one
      // write is ever in flight beyond what Node knows (logging to the console lagged hundreds behind under load).
      const record = (window as unknown as { sitrepAck: (json: string) => Promise<void> }).sitrepAck;
      const say = (ackRecord: unknown) => record(JSON.stringify(ackRecord));
      const unedited = { editedAt: null, originalOccurredAt: null, deletedAt: null, milestone: null };
      void (async () => {
        let lead = plan[0]!.by;
        for (let i = 0, step = 0; ; i++) {
          const planned = i % 7 === 6 ? plan[step] : undefined;
          const text = `Round ${round} note ${i}: ${odd[i % odd.length]}`;
          if (planned) {
            const result = await h.act(incidentId, planned.action, planned.by);
            if (!result.ok) throw new Error(`Refused ${planned.action.type}: ${result.reason}`);
            lead = planned.after.lead;
            await say({ type: 'action', step: step++ });
          } else if (i % 3 === 0) {
            const entry = await h.appendEntry({ incidentId, kind: 'note', text, author: lead, source: 'composer' });
            await say({ type: 'entry', entry });
          } else if (i % 3 === 1) {
            // Pressed a moment before Enter, as the hotkey stamps it.
            const pressedAt = Date.now() - 1_000;
            const outcome = await h.quickNote(incidentId, text, lead, pressedAt);
            if (!outcome.ok) throw new Error(`The quick note refused: ${outcome.message}`);
            await say({ type: 'entry', entry: { incidentId, kind: 'note', text, author: lead, source: 'quick-note', occurredAt: pressedAt, ...unedited } });
          } else {
            await h.checklistCopy(incidentId, text, lead);
            const copied = `Copied the status page update:\n${text}`;
            await say({ type: 'entry', entry: { incidentId, kind: 'checklist', text: copied, author: lead, source: 'checklist', ...unedited } });
          }
        }
      })().catch((error: unknown) => console.error(`sitrep-write-failed ${String(error)}`));
    },
    { incidentId, round, plan, odd: oddTexts },
  );
}

interface VerifyInput {
  incidentIds: string[];
  /** Entries acknowledged in every round so far, this one included. */
  expected: ExpectedEntry[];
  acks: Ack[];
  round: number;
  plan: PlannedAction[];
}

async function verify(page: Page, { incidentIds, expected, acks, round, plan }: VerifyInput): Promise<KillRoundResult> {
  const { rows, incident, all } = await page.evaluate(async (ids) => {
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
    return { rows: await h.timelineEntries(ids), incident: await h.incident(ids.at(-1)!), all };
  }, incidentIds);
  const incidentId = incidentIds.at(-1)!;
  const lost = missingOrChanged(expected, rows);
  const ours = rows.filter((r) => r.incidentId === incidentId && r.source !== 'lifecycle');
  const duplicated = ours.length - new Set(ours.map((r) => r.text)).size;

  const lifecycleProblems: string[] = [];
  if (all === -1) lifecycleProblems.push('the whole database is gone');
  else if (all < round) lifecycleProblems.push(`only ${all} of the ${round} incidents declared so far are there`);
  if (!incident) lifecycleProblems.push('the incident is gone');
  else {
    lifecycleProblems.push(...checkIncidentInvariants(incident));
    // Exactly the state after the last acknowledged action, or after the next one: its write may have
    // committed before the kill with its acknowledgement still on the way.
    const states = [INITIAL, ...plan.map((p) => p.after)];
    const lastAcked = acks.reduce((last, a) => (a.type === 'action' ? a.step : last), -1);
    const chain = lifecycleChain(rows.filter((r) => r.incidentId === incidentId), INITIAL);
    lifecycleProblems.push(...chain.problems);
    const applied = chain.changes;
    if (applied !== lastAcked + 1 && applied !== lastAcked + 2) {
      lifecycleProblems.push(`the timeline records ${applied} lifecycle changes; ${lastAcked + 1} were acknowledged`);
    } else if (!sameState(chain.state, states[applied]!)) {
      lifecycleProblems.push(`the recorded changes lead to ${JSON.stringify(chain.state)}, not the planned ${JSON.stringify(states[applied])}`);
    }
    if (!sameState(stateOf(incident), chain.state)) {
      lifecycleProblems.push(`the incident is ${JSON.stringify(stateOf(incident))} but its timeline records ${JSON.stringify(chain.state)}`);
    }
  }
  const acknowledged = acks.filter((a) => a.type === 'entry').length;
  return { round, acknowledged, lost, duplicated, lifecycleProblems, incidentsInProfile: all, corruption: [], storageLog: [], stalls: [] };
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
    // Only silence counts as a stall; a verify that throws is a failure of the round, reported as such.
    return await Promise.race([work, late]);
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
  /** A fault to plant in the harness (test/harness/planted-faults.ts), to show the checks catch it. */
  plant?: PlantName;
}

/** Runs `rounds` kill -9 rounds on one persistent profile; each restarted browser verifies, then writes the next round. */
export async function runKillRounds({ origin, rounds, minAcks = 20, maxAcks = 120, onRound, plant }: KillRunOptions): Promise<KillSummary> {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-kill9-'));
  const results: KillRoundResult[] = [];
  const incidentIds: string[] = [];
  const expected: ExpectedEntry[] = [];
  let browser = await KillableChromium.start(profile);
  try {
    let page = await openHarness(browser, origin, plant);
    await page.evaluate((by) => (window as unknown as WithHarness).harness.setUserName(by), BY);
    for (let round = 1; round <= rounds; round++) {
      const incidentId = await page.evaluate(
        ({ round, by }) => (window as unknown as WithHarness).harness.declare(`Kill round ${round}: checkout errors`, 'major', by),
        { round, by: BY },
      );
      incidentIds.push(incidentId);
      const acks: Ack[] = [];
      const target = minAcks + Math.floor(Math.random() * (maxAcks - minAcks + 1));
      let failure: string | null = null;
      let lastAckAt = Date.now();
      const stall = startStallWatch(() => lastAckAt);
      let killing = false;
      let resolveKilled: () => void = () => undefined;
      const killed = new Promise<void>((resolve) => (resolveKilled = resolve));
      page.on('console', (message) => {
        if (message.text().startsWith('sitrep-write-failed')) failure = message.text();
      });
      await page.exposeBinding('sitrepAck', (_source, json: string) => {
        lastAckAt = Date.now();
        acks.push(JSON.parse(json) as Ack);
        if (!killing && acks.filter((a) => a.type === 'entry').length >= target) {
          killing = true;
          setTimeout(() => void browser.kill().then(resolveKilled), Math.random() * 15);
        }
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
      for (const ack of acknowledged) if (ack.type === 'entry') expected.push(ack.entry);

      const writerLog = [...browser.storageLog];
      const corruption = corruptionMarkers(profile);
      let result: KillRoundResult | undefined;
      for (let attempt = 1; !result; attempt++) {
        browser = await KillableChromium.start(profile);
        page = await openHarness(browser, origin, plant);
        const checked = verify(page, { incidentIds, expected, acks: acknowledged, round, plan });
        result = await withDeadline(
          checked.catch((error: unknown) => {
            throw new Error(`Round ${round}: checking after the restart failed: ${String(error)}`);
          }),
          VERIFY_DEADLINE_MS,
        );
        if (!result) {
          stalls.push(`the restarted browser's IndexedDB did not answer (attempt ${attempt})`);
          await browser.kill();
          if (attempt === 3) throw new Error(`Round ${round}: IndexedDB did not answer after three restarts.`);
        }
      }
      result.stalls = stalls;
      // Chromium deletes a store it finds corrupt as it opens it, so its own log is often the only trace left.
      const saidCorrupt = [...writerLog, ...browser.storageLog].filter((line) => /corrupt/i.test(line));
      result.corruption = [...corruption, ...corruptionMarkers(profile), ...saidCorrupt];
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
    problems: results.flatMap((r) => [
      ...r.lost.map((p) => `round ${r.round}: ${p}`),
      ...(r.duplicated > 0 ? [`round ${r.round}: ${r.duplicated} entries duplicated`] : []),
      ...r.lifecycleProblems.map((p) => `round ${r.round}: ${p}`),
      ...r.corruption.map((p) => `round ${r.round}: storage marked corrupt: ${p}`),
    ]),
  };
}
