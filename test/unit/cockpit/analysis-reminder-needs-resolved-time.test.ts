import { describe, expect, it } from 'vitest';
import { dueNudges, nextNudgeAt, type NudgeSubject } from '../../../src/shared/nudges/nudge-scheduler';
import { defaultNudgeIntervals } from '../../../src/shared/nudges/nudge-settings';
import { incidentAt, MIN, T0 } from '../../support/domain-fixtures';

// The "schedule the analysis" reminder counts from the time the fix was in place. A record marked resolved but
// without that time (a damaged or hand-edited store) has no clock to count from: it must not get a reminder
// dated from 1970 ("Resolved 20,000 d ago"), nor wake the scheduler at once.

describe('the analysis reminder of a resolved incident without a resolved time', () => {
  const subject: NudgeSubject = {
    incident: incidentAt({ status: 'resolved', resolvedAt: null, rootCause: 'x', fix: 'y' }),
    lastEntryAt: T0,
    lastStatusPageAt: null,
    prefs: {},
  };

  it('is never due', () => {
    expect(dueNudges([subject], defaultNudgeIntervals, T0 + 30 * 24 * 60 * MIN)).toEqual([]);
  });

  it('never schedules a wake-up', () => {
    expect(nextNudgeAt([subject], defaultNudgeIntervals, T0)).toBeNull();
  });
});
