import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type SitrepDatabase } from '../../../src/renderer/src/data/db';
import { applyIncidentAction, declareIncident } from '../../../src/renderer/src/data/incident-repository';
import { addEntry } from '../../../src/renderer/src/data/entry-repository';
import { updateNudgePrefs } from '../../../src/renderer/src/cockpit-data/checklist-writes';
import { startNudgeRunner } from '../../../src/renderer/src/cockpit/nudge-runner';
import { snooze } from '../../../src/shared/nudges/nudge-settings';

const MIN = 60_000;

/** A clock and a single pending timer the test moves by hand: nothing waits for real time. */
function fakeTime(start: number) {
  let now = start;
  let pending: { run: () => void; at: number } | null = null;
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      pending = { run, at: now + ms };
      return pending;
    },
    clearTimer: (timer: unknown) => {
      if (pending === timer) pending = null;
    },
    /** Moves the clock to the pending timer's moment (or `to`) and fires it if due. */
    advance(to?: number) {
      const target = to ?? pending?.at ?? now;
      now = target;
      const due = pending && pending.at <= now ? pending : null;
      if (due) {
        pending = null;
        due.run();
      }
    },
    get pendingAt() {
      return pending?.at ?? null;
    },
  };
}

type Nudge = { title: string; body: string; incidentId: string };
const fakeBridge = () => ({
  showNudge: vi.fn(async (_nudge: Nudge) => undefined),
  setTrayState: vi.fn(async (_state: unknown) => undefined),
});

let db: SitrepDatabase;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db.delete();
});

async function declared(severity: 'minor' | 'major' | 'critical') {
  db = openDatabase(`nudge-runner-${Math.random()}`);
  const result = await declareIncident(db, { title: 'Checkout down', severity }, 'Dana');
  if (!result.ok) throw new Error(result.reason);
  return result.incident;
}

describe('the nudge runner on the live log', () => {
  it('shows each reminder once, when due, and keeps the tray in step', async () => {
    const incident = await declared('critical');
    const time = fakeTime(incident.declaredAt);
    const bridge = fakeBridge();
    stop = startNudgeRunner(db, bridge, time);

    await vi.waitFor(() => expect(bridge.setTrayState).toHaveBeenCalledWith({ activeIncident: { title: 'Checkout down', severity: 'critical' } }));
    await vi.waitFor(() => expect(time.pendingAt).toBe(incident.declaredAt + 15 * MIN));
    expect(bridge.showNudge).not.toHaveBeenCalled();

    time.advance();
    expect(bridge.showNudge).toHaveBeenCalledTimes(1);
    expect(bridge.showNudge).toHaveBeenLastCalledWith(expect.objectContaining({ incidentId: incident.id, title: 'Add a note: Checkout down' }));
    time.advance(incident.declaredAt + 16 * MIN); // nothing new is due: no repeat
    expect(bridge.showNudge).toHaveBeenCalledTimes(1);

    time.advance(incident.declaredAt + 30 * MIN);
    await vi.waitFor(() => expect(bridge.showNudge).toHaveBeenCalledTimes(3));
    // At 30 min both fall due: the status page (critical: 30 min) and the second 15-minute "add a note".
    expect(bridge.showNudge.mock.calls.slice(1).map(([n]) => n.title).sort()).toEqual([
      'Add a note: Checkout down',
      'Update the status page: Checkout down',
    ]);
  });

  it('a snooze and a new note restart the clocks; resolving clears the tray', async () => {
    const incident = await declared('major');
    const time = fakeTime(incident.declaredAt);
    const bridge = fakeBridge();
    stop = startNudgeRunner(db, bridge, time);
    await vi.waitFor(() => expect(time.pendingAt).toBe(incident.declaredAt + 15 * MIN));

    await updateNudgePrefs(db, incident.id, (p) => snooze(p, 'quiet-log', incident.declaredAt + 40 * MIN));
    await vi.waitFor(() => expect(time.pendingAt).toBe(incident.declaredAt + 40 * MIN));
    time.advance(incident.declaredAt + 20 * MIN);
    expect(bridge.showNudge).not.toHaveBeenCalled();

    // Written at the simulated 30th minute: the log refuses a note dated after the moment it is written.
    vi.useFakeTimers({ toFake: ['Date'], now: incident.declaredAt + 30 * MIN });
    try {
      await addEntry(db, { incidentId: incident.id, kind: 'note', text: 'rollback started', author: 'Dana', source: 'composer', occurredAt: incident.declaredAt + 30 * MIN });
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(time.pendingAt).toBe(incident.declaredAt + 40 * MIN));

    await applyIncidentAction(db, incident.id, { type: 'resolve', rootCause: 'bad deploy', fix: 'rolled back' }, 'Dana');
    await vi.waitFor(() => expect(bridge.setTrayState).toHaveBeenLastCalledWith({ activeIncident: null }));
  });
});
