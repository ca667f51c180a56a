import { describe, expect, it } from 'vitest';
import { dueNudges, nextNudgeAt, type NudgeSubject } from '../../../src/shared/nudges/nudge-scheduler';
import { defaultNudgeIntervals, NudgeIntervalsSchema, nudgeKindLabels, NudgePrefsSchema, setNudgeOff, snooze } from '../../../src/shared/nudges/nudge-settings';
import { incidentAt, MIN, T0 } from '../../support/domain-fixtures';

// The reminders a lead gets, word for word and to the minute: their order, every later cycle, a snooze that
// ends exactly at the last note, a reminder switched off, and the limits of the interval settings.

const HOUR = 60 * MIN;
const live: NudgeSubject = { incident: incidentAt({ severity: 'critical' }), lastEntryAt: T0, lastStatusPageAt: null, prefs: {} };
const resolved: NudgeSubject = {
  incident: incidentAt({ id: 'inc-2', status: 'resolved', resolvedAt: T0, rootCause: 'x', fix: 'y' }),
  lastEntryAt: T0,
  lastStatusPageAt: null,
  prefs: {},
};

describe('due reminders', () => {
  it('come earliest first, each with its own words', () => {
    expect(dueNudges([live, resolved], defaultNudgeIntervals, T0 + 25 * HOUR)).toEqual([
      {
        key: `inc-2:analysis:${T0}:0`,
        kind: 'analysis',
        incidentId: 'inc-2',
        dueAt: T0 + 24 * HOUR,
        title: 'Schedule the analysis: Checkout returns 500',
        body: 'Resolved 1 d 01 h ago and no analysis is scheduled. Plan a short sync within 48 hours of the fix, or skip it if it was uneventful.',
      },
      {
        key: `inc-1:status-page:${T0}:49`,
        kind: 'status-page',
        incidentId: 'inc-1',
        dueAt: T0 + 25 * HOUR,
        title: 'Update the status page: Checkout returns 500',
        body: 'No status page update for 1 d 01 h on this critical incident. The checklist window has a draft ready: Alt+S there sends it.',
      },
      {
        key: `inc-1:quiet-log:${T0}:99`,
        kind: 'quiet-log',
        incidentId: 'inc-1',
        dueAt: T0 + 25 * HOUR,
        title: 'Add a note: Checkout returns 500',
        body: 'Nothing logged for 1 d 01 h. Press the quick-note shortcut and jot down what is being tried; the analysis will need it.',
      },
    ]);
  });

  it('repeat every interval, and the next one is due a full interval after the last', () => {
    const quiet = { ...live, incident: incidentAt({ severity: 'minor' }) };
    expect(dueNudges([quiet], defaultNudgeIntervals, T0 + 150 * MIN)).toMatchObject([{ kind: 'quiet-log', dueAt: T0 + 120 * MIN, key: `inc-1:quiet-log:${T0}:1` }]);
    expect(nextNudgeAt([quiet], defaultNudgeIntervals, T0 + 150 * MIN)).toBe(T0 + 180 * MIN);
    expect(nextNudgeAt([quiet], defaultNudgeIntervals, T0 + 60 * MIN)).toBe(T0 + 120 * MIN);
    expect(nextNudgeAt([quiet], defaultNudgeIntervals, T0 + 60 * MIN - 1)).toBe(T0 + 60 * MIN);
    expect(nextNudgeAt([], defaultNudgeIntervals, T0)).toBeNull();
  });

  it('the earliest of several incidents is the next one', () => {
    const later = { ...live, incident: incidentAt({ id: 'inc-3', severity: 'minor' }) };
    expect(nextNudgeAt([later, live], defaultNudgeIntervals, T0)).toBe(T0 + 15 * MIN);
    expect(nextNudgeAt([live, later], defaultNudgeIntervals, T0)).toBe(T0 + 15 * MIN);
  });

  it('a snooze ending exactly at the last note changes nothing; one ending later moves the clock', () => {
    const atNote = { ...live, prefs: snooze({}, 'quiet-log', T0) };
    expect(dueNudges([atNote], defaultNudgeIntervals, T0 + 15 * MIN).find((n) => n.kind === 'quiet-log')?.key).toBe(`inc-1:quiet-log:${T0}:0`);
    const later = { ...live, prefs: snooze({}, 'quiet-log', T0 + 1) };
    expect(dueNudges([later], defaultNudgeIntervals, T0 + 1).find((n) => n.kind === 'quiet-log')?.key).toBe(`inc-1:quiet-log:${T0}:s${T0 + 1}:0`);
  });

  it('"schedule the analysis" stops once it is scheduled', () => {
    const scheduled = { ...resolved, incident: { ...resolved.incident, status: 'analysis-scheduled' as const, analysisScheduledFor: T0 + 30 * HOUR } };
    expect(dueNudges([scheduled], defaultNudgeIntervals, T0 + 25 * HOUR)).toEqual([]);
  });

  it('a stored reminder choice must say on or off', () => {
    expect(NudgePrefsSchema.safeParse({ 'quiet-log': { off: true, snoozedUntil: null } }).success).toBe(true);
    expect(NudgePrefsSchema.safeParse({ 'quiet-log': { off: 'yes', snoozedUntil: null } }).success).toBe(false);
    expect(NudgePrefsSchema.safeParse({ 'quiet-log': { snoozedUntil: null } }).success).toBe(false);
  });

  it('a reminder switched off for the incident never comes', () => {
    const off = { ...live, prefs: setNudgeOff({}, 'quiet-log', true) };
    expect(dueNudges([off], defaultNudgeIntervals, T0 + 10 * HOUR).map((n) => n.kind)).toEqual(['status-page']);
  });
});

describe('reminder intervals', () => {
  const withMinutes = (m: number | null) => ({ ...defaultNudgeIntervals, quietLogMinutes: { ...defaultNudgeIntervals.quietLogMinutes, major: m } });
  const withHours = (h: number | null) => ({ ...defaultNudgeIntervals, analysisAfterResolveHours: h });

  it('take from 1 minute to 7 days, or never', () => {
    for (const ok of [1, 10_080, null]) expect(NudgeIntervalsSchema.safeParse(withMinutes(ok)).success).toBe(true);
    for (const bad of [0, 10_081, 1.5]) expect(NudgeIntervalsSchema.safeParse(withMinutes(bad)).success).toBe(false);
  });

  it('for the analysis, from 1 hour to 14 days, or never', () => {
    for (const ok of [1, 336, null]) expect(NudgeIntervalsSchema.safeParse(withHours(ok)).success).toBe(true);
    for (const bad of [0, 337]) expect(NudgeIntervalsSchema.safeParse(withHours(bad)).success).toBe(false);
    expect(NudgeIntervalsSchema.safeParse({ ...defaultNudgeIntervals, statusPageMinutes: {} }).success).toBe(false);
  });

  it('are named in settings by what they remind of, with the handbook defaults', () => {
    expect(nudgeKindLabels).toEqual({ 'status-page': 'Status page not updated', 'quiet-log': 'No note for a while', analysis: 'Analysis not scheduled' });
    expect(defaultNudgeIntervals).toEqual({
      statusPageMinutes: { minor: null, major: 60, critical: 30 },
      quietLogMinutes: { minor: 60, major: 15, critical: 15 },
      analysisAfterResolveHours: 24,
    });
  });
});
