import { describe, expect, it } from 'vitest';
import { buildAnalysisInvite, proposeAnalysisSlot } from '../../../src/shared/analysis';
import { makeIncident } from './analysis-fixtures';

// What the people invited to the analysis sync read in their calendar: why they meet, the two questions the
// handbook asks, each as its own paragraph, and which app made the invite; and when it cannot be made, why.
const at = (iso: string) => Date.parse(iso);
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the analysis sync invite’s text', () => {
  // Built inside each test, so that what is checked is what that test made.
  const inviteText = (): string => {
    const invite = buildAnalysisInvite({ incident: makeIncident(), start: at('2026-11-27T14:30:00Z') });
    if (!invite.ok) throw new Error(invite.message);
    return unfold(invite.ics);
  };

  it('asks the analysis questions, each part of the description its own paragraph', () => {
    expect(inviteText()).toContain(
      'DESCRIPTION:Analysis sync for the major incident "Checkout is down" (2026-11-26).\\n\\n' +
        'We walk the timeline together and ask: in what ways did our systems surprise us? ' +
        'How did it make sense for someone to do what they did?\\n\\n' +
        'The analysis document will be shared before the meeting.',
    );
  });

  it('names Sitrep as the app that made it', () => {
    expect(inviteText()).toContain('PRODID:sitrep/analysis\r\n');
  });

  it('says what the calendar library refused when the invite cannot be made', () => {
    const failed = buildAnalysisInvite({ incident: makeIncident(), start: Number.NaN });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.message).toMatch(/^The invite could not be created: .*start.*NaN.*\.$/);
  });
});

describe('the proposed analysis sync, on the half hour', () => {
  it('does not start a 45-minute meeting at 16:30, which would end after 17:00', () => {
    // Resolved Tuesday 16:30 UTC: Wednesday 16:30 would end at 17:15, so the next working morning it is.
    expect(proposeAnalysisSlot(at('2026-11-24T16:30:00Z'), 'UTC')).toEqual({ start: at('2026-11-26T09:00:00Z'), withinWindow: true });
  });

  it('counts the minutes of a zone half an hour off the hour', () => {
    // Kolkata is UTC+05:30. Resolved Tuesday 11:00 UTC (16:30 there): Wednesday 16:30 local is too late for
    // 45 minutes; Thursday 09:00 local is 03:30 UTC.
    expect(proposeAnalysisSlot(at('2026-11-24T11:00:00Z'), 'Asia/Kolkata').start).toBe(at('2026-11-26T03:30:00Z'));
  });
});
