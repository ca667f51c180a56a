import { isLive, type Incident } from '../domain/incident';
import { formatDuration } from '../time/format-time';
import { intervalMs, nudgeKinds, type NudgeIntervals, type NudgeKind, type NudgePrefs } from './nudge-settings';

/** What the scheduler needs to know about one incident; the runner reads it from the live data. */
export interface NudgeSubject {
  incident: Pick<Incident, 'id' | 'title' | 'severity' | 'status' | 'declaredAt' | 'resolvedAt'>;
  /** When the log last got a line (any entry), or null when it has none. */
  lastEntryAt: number | null;
  /** When the lead last updated the status page (ticked that duty, copied the draft or sent an update), or null. */
  lastStatusPageAt: number | null;
  prefs: NudgePrefs;
}

export interface DueNudge {
  /** Unique per reminder occurrence: the runner shows each key once. */
  key: string;
  kind: NudgeKind;
  incidentId: string;
  title: string;
  body: string;
  dueAt: number;
}

interface Window {
  /** When the reminder's clock started (the last related activity, or a snooze's end). */
  from: number;
  interval: number;
  keyBase: string;
  /** The last related activity (or the declare / resolve), for the message's "for 40 min". */
  anchor: number;
}

/** The clock a reminder runs on, or null when it does not apply to this incident right now. */
function reminderWindow(subject: NudgeSubject, kind: NudgeKind, intervals: NudgeIntervals): Window | null {
  const { incident, prefs } = subject;
  const pref = prefs[kind];
  if (pref?.off) return null;
  const interval = intervalMs(intervals, kind, incident.severity);
  if (interval === null) return null;
  let anchor: number;
  if (kind === 'analysis') {
    if (incident.status !== 'resolved' || incident.resolvedAt === null) return null;
    anchor = incident.resolvedAt;
  } else {
    if (!isLive(incident.status)) return null;
    const last = kind === 'status-page' ? subject.lastStatusPageAt : subject.lastEntryAt;
    anchor = Math.max(incident.declaredAt, last ?? incident.declaredAt);
  }
  const keyBase = `${incident.id}:${kind}:${anchor}`;
  // A snooze taken after the last activity restarts the clock at its end; an older one no longer matters.
  const snoozedUntil = pref?.snoozedUntil ?? null;
  if (snoozedUntil !== null && snoozedUntil > anchor) return { from: snoozedUntil, interval, keyBase: `${keyBase}:s${snoozedUntil}`, anchor };
  return { from: anchor + interval, interval, keyBase, anchor };
}

function message(subject: NudgeSubject, kind: NudgeKind, since: number, now: number): { title: string; body: string } {
  const { incident } = subject;
  const ago = formatDuration(Math.max(0, now - since));
  if (kind === 'status-page') {
    return {
      title: `Update the status page: ${incident.title}`,
      body: `No status page update for ${ago} on this ${incident.severity} incident. The checklist window has a draft ready: Alt+S there sends it.`,
    };
  }
  if (kind === 'quiet-log') {
    return {
      title: `Add a note: ${incident.title}`,
      body: `Nothing logged for ${ago}. Press the quick-note shortcut and jot down what is being tried; the analysis will need it.`,
    };
  }
  return {
    title: `Schedule the analysis: ${incident.title}`,
    body: `Resolved ${ago} ago and no analysis is scheduled. Plan a short sync within 48 hours of the fix, or skip it if it was uneventful.`,
  };
}

/** The reminders due at `now`. Pure: the same input always gives the same answer. */
export function dueNudges(subjects: readonly NudgeSubject[], intervals: NudgeIntervals, now: number): DueNudge[] {
  const due: DueNudge[] = [];
  for (const subject of subjects) {
    for (const kind of nudgeKinds) {
      const window = reminderWindow(subject, kind, intervals);
      if (!window || now < window.from) continue;
      const cycle = Math.floor((now - window.from) / window.interval);
      const dueAt = window.from + cycle * window.interval;
      due.push({
        key: `${window.keyBase}:${cycle}`,
        kind,
        incidentId: subject.incident.id,
        dueAt,
        ...message(subject, kind, window.anchor, now),
      });
    }
  }
  return due.sort((a, b) => a.dueAt - b.dueAt);
}

/** The next moment after `now` at which a new reminder falls due, or null when none ever will. */
export function nextNudgeAt(subjects: readonly NudgeSubject[], intervals: NudgeIntervals, now: number): number | null {
  let next: number | null = null;
  for (const subject of subjects) {
    for (const kind of nudgeKinds) {
      const window = reminderWindow(subject, kind, intervals);
      if (!window) continue;
      const at = now < window.from ? window.from : window.from + (Math.floor((now - window.from) / window.interval) + 1) * window.interval;
      if (next === null || at < next) next = at;
    }
  }
  return next;
}
