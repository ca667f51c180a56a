import { liveQuery } from 'dexie';
import { lastStatusPageAt } from '../../../shared/checklist/incident-checklist';
import type { SitrepApi } from '../../../shared/contract/ipc-contract';
import type { Incident } from '../../../shared/domain/incident';
import { dueNudges, nextNudgeAt, type NudgeSubject } from '../../../shared/nudges/nudge-scheduler';
import type { NudgeIntervals } from '../../../shared/nudges/nudge-settings';
import type { SitrepDatabase } from '../data/db';
import { readNudgeIntervals } from '../cockpit-data/nudge-settings-store';
import { latestTimelineEntry } from '../data/timeline-queries';
import { trayStateFor } from './tray-state';

/*
 * Runs in the main window only (one runner per app, so a reminder is shown once): watches the log, asks the
 * pure scheduler what is due, shows each reminder once through main's native notifications, and sleeps until
 * the next one can fall due. It also keeps the tray's "incident active" state in step with the log.
 */

const SHOWN_KEY = 'sitrep.nudges.shown';
const MAX_REMEMBERED = 300;
// setTimeout cannot wait longer than ~24.8 days; re-evaluating daily is harmless.
const MAX_WAIT = 24 * 3_600_000;

interface Snapshot {
  subjects: NudgeSubject[];
  intervals: NudgeIntervals;
  incidents: Incident[];
}

async function lastNoteAt(db: SitrepDatabase, incidentId: string): Promise<number | null> {
  // Checklist ticks are not notes, and deleted lines do not count.
  const last = await latestTimelineEntry(db, incidentId, (e) => e.kind !== 'checklist' && e.deletedAt === null);
  return last ? Math.max(last.occurredAt, last.capturedAt) : null;
}

async function readSnapshot(db: SitrepDatabase): Promise<Snapshot> {
  const [incidents, intervals] = await Promise.all([db.incidents.toArray(), readNudgeIntervals(db)]);
  const watched = incidents.filter((i) => i.status !== 'analysed' && i.status !== 'analysis-skipped' && i.status !== 'analysis-scheduled');
  const subjects = await Promise.all(
    watched.map(async (incident): Promise<NudgeSubject> => {
      const checklist = await db.incidentChecklists.get(incident.id);
      return {
        incident,
        lastEntryAt: await lastNoteAt(db, incident.id),
        lastStatusPageAt: lastStatusPageAt(checklist),
        prefs: checklist?.nudgePrefs ?? {},
      };
    }),
  );
  return { subjects, intervals, incidents };
}

function loadShown(): Set<string> {
  if (typeof localStorage === 'undefined') return new Set();
  try {
    return new Set(JSON.parse(localStorage.getItem(SHOWN_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function saveShown(shown: Set<string>): void {
  if (typeof localStorage === 'undefined') return;
  try {
    localStorage.setItem(SHOWN_KEY, JSON.stringify([...shown].slice(-MAX_REMEMBERED)));
  } catch {
    // Losing this only risks showing a reminder twice.
  }
}

export interface NudgeRunnerOptions {
  /** The clock and the timer, injectable so a test can move time instead of waiting for it. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Starts the runner; returns the function that stops it. Call once, from the main window. */
export function startNudgeRunner(
  db: SitrepDatabase,
  bridge: Pick<SitrepApi, 'showNudge' | 'setTrayState'>,
  options: NudgeRunnerOptions = {},
): () => void {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const shown = loadShown();
  let snapshot: Snapshot | null = null;
  let timer: unknown;
  let lastTray = '';

  const evaluate = () => {
    if (!snapshot) return;
    const at = now();
    let added = false;
    for (const nudge of dueNudges(snapshot.subjects, snapshot.intervals, at)) {
      if (shown.has(nudge.key)) continue;
      shown.add(nudge.key);
      added = true;
      void bridge.showNudge({ title: nudge.title.slice(0, 200), body: nudge.body.slice(0, 1_000), incidentId: nudge.incidentId }).catch(() => undefined);
    }
    // localStorage writes are synchronous: this runs on every new entry, so write only what changed.
    if (added) saveShown(shown);
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    const next = nextNudgeAt(snapshot.subjects, snapshot.intervals, at);
    if (next !== null) timer = setTimer(evaluate, Math.min(MAX_WAIT, Math.max(1_000, next - at)));
  };

  const subscription = liveQuery(() => readSnapshot(db)).subscribe({
    next: (value) => {
      snapshot = value;
      const tray = trayStateFor(value.incidents);
      const serialised = JSON.stringify(tray);
      if (serialised !== lastTray) {
        lastTray = serialised;
        void bridge.setTrayState(tray).catch(() => undefined);
      }
      evaluate();
    },
    // A failed read (the database closed by a newer window) only delays reminders until the next change.
    error: () => undefined,
  });

  return () => {
    subscription.unsubscribe();
    if (timer !== undefined) clearTimer(timer);
  };
}
