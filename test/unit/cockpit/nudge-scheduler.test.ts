import { describe, expect, it } from 'vitest';
import { dueNudges, nextNudgeAt, type NudgeSubject } from '../../../src/shared/nudges/nudge-scheduler';
import { defaultNudgeIntervals, setNudgeOff, snooze, type NudgeIntervals } from '../../../src/shared/nudges/nudge-settings';
import { incidentAt, MIN, T0 } from '../../support/domain-fixtures';

const HOUR = 60 * MIN;

function subject(overrides: Partial<NudgeSubject> = {}, incident = incidentAt()): NudgeSubject {
  return { incident, lastEntryAt: T0, lastStatusPageAt: null, prefs: {}, ...overrides };
}

/** A fake clock: the scheduler is pure, so "time passing" is just asking again with a later now. */
function kindsAt(subjects: NudgeSubject[], now: number, intervals: NudgeIntervals = defaultNudgeIntervals): string[] {
  return dueNudges(subjects, intervals, now).map((n) => n.kind);
}

describe('nudge scheduling on a fake clock', () => {
  it('critical: the status page reminder comes 30 min after declare, not a minute earlier', () => {
    const critical = subject({ lastEntryAt: T0 + 29 * MIN }, incidentAt({ severity: 'critical' }));
    expect(kindsAt([critical], T0 + 29 * MIN + 59_999)).not.toContain('status-page');
    expect(kindsAt([critical], T0 + 30 * MIN)).toContain('status-page');
    expect(nextNudgeAt([critical], defaultNudgeIntervals, T0 + 20 * MIN)).toBe(T0 + 30 * MIN);
  });

  it('major: the status page reminder waits 60 min and restarts from the last update', () => {
    const major = subject({ lastEntryAt: T0 + 100 * MIN, lastStatusPageAt: T0 + 50 * MIN });
    expect(kindsAt([major], T0 + 109 * MIN)).not.toContain('status-page');
    const due = dueNudges([major], defaultNudgeIntervals, T0 + 110 * MIN).find((n) => n.kind === 'status-page');
    expect(due).toMatchObject({ incidentId: 'inc-1', dueAt: T0 + 110 * MIN });
    expect(due?.body).toContain('1 h');
  });

  it('minor incidents get no status page reminder by default', () => {
    const minor = subject({ lastEntryAt: T0 + 10 * HOUR }, incidentAt({ severity: 'minor' }));
    expect(kindsAt([minor], T0 + 10 * HOUR)).not.toContain('status-page');
  });

  it('no note for 15 min on a live incident; each note restarts the clock; a reminder repeats every interval', () => {
    const quiet = subject({ lastEntryAt: T0 + 5 * MIN, lastStatusPageAt: T0 + 5 * MIN });
    expect(kindsAt([quiet], T0 + 19 * MIN)).toEqual([]);
    const first = dueNudges([quiet], defaultNudgeIntervals, T0 + 20 * MIN);
    expect(first.map((n) => n.kind)).toEqual(['quiet-log']);
    const sameCycle = dueNudges([quiet], defaultNudgeIntervals, T0 + 34 * MIN);
    expect(sameCycle[0]?.key).toBe(first[0]?.key);
    const nextCycle = dueNudges([quiet], defaultNudgeIntervals, T0 + 35 * MIN);
    expect(nextCycle[0]?.key).not.toBe(first[0]?.key);
    const afterNote = subject({ lastEntryAt: T0 + 30 * MIN, lastStatusPageAt: T0 + 5 * MIN });
    expect(kindsAt([afterNote], T0 + 35 * MIN)).toEqual([]);
  });

  it('the analysis reminder comes 24 h after resolve, and not once it is scheduled', () => {
    const resolved = incidentAt({ status: 'resolved', resolvedAt: T0 + HOUR });
    expect(kindsAt([subject({}, resolved)], T0 + 24 * HOUR)).toEqual([]);
    expect(kindsAt([subject({}, resolved)], T0 + 25 * HOUR)).toEqual(['analysis']);
    const scheduled = { ...resolved, status: 'analysis-scheduled' as const, analysisScheduledFor: T0 + 30 * HOUR };
    expect(kindsAt([subject({}, scheduled)], T0 + 25 * HOUR)).toEqual([]);
  });

  it('closed incidents get no status page or note reminders', () => {
    const resolved = incidentAt({ status: 'resolved', resolvedAt: T0 + HOUR });
    expect(kindsAt([subject({}, resolved)], T0 + 23 * HOUR)).toEqual([]);
  });

  it('a snooze holds a reminder until it ends, then the clock restarts from there', () => {
    const prefs = snooze({}, 'quiet-log', T0 + 40 * MIN);
    const snoozed = subject({ prefs, lastStatusPageAt: T0 + 60 * MIN });
    expect(kindsAt([snoozed], T0 + 39 * MIN)).toEqual([]);
    expect(nextNudgeAt([snoozed], defaultNudgeIntervals, T0 + 39 * MIN)).toBe(T0 + 40 * MIN);
    const due = dueNudges([snoozed], defaultNudgeIntervals, T0 + 40 * MIN);
    expect(due.map((n) => n.kind)).toEqual(['quiet-log']);
    const unsnoozed = dueNudges([subject({ lastStatusPageAt: T0 + 60 * MIN })], defaultNudgeIntervals, T0 + 40 * MIN);
    expect(due[0]?.key).not.toBe(unsnoozed[0]?.key);
  });

  it('turned off for one incident stays off for it and only it', () => {
    const off = subject({ prefs: setNudgeOff({}, 'quiet-log', true) });
    const other = subject({}, incidentAt({ id: 'inc-2' }));
    const due = dueNudges([off, other], defaultNudgeIntervals, T0 + 16 * MIN);
    expect(due.map((n) => `${n.incidentId}:${n.kind}`)).toEqual(['inc-2:quiet-log']);
    expect(kindsAt([subject({ prefs: setNudgeOff(off.prefs, 'quiet-log', false) })], T0 + 16 * MIN)).toEqual(['quiet-log']);
  });

  it('intervals come from the settings', () => {
    const intervals: NudgeIntervals = { ...defaultNudgeIntervals, quietLogMinutes: { minor: 5, major: 5, critical: 5 } };
    expect(kindsAt([subject()], T0 + 5 * MIN, intervals)).toEqual(['quiet-log']);
    expect(kindsAt([subject()], T0 + 5 * MIN)).toEqual([]);
  });

  it('nothing to remind about ever gives no next time', () => {
    expect(nextNudgeAt([], defaultNudgeIntervals, T0)).toBeNull();
    const analysed = incidentAt({ status: 'analysed', resolvedAt: T0 });
    expect(nextNudgeAt([subject({}, analysed)], defaultNudgeIntervals, T0)).toBeNull();
  });
});
