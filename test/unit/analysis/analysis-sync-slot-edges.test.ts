import { describe, expect, it } from 'vitest';
import { buildAnalysisInvite, proposeAnalysisSlot } from '../../../src/shared/analysis';
import { makeIncident } from './analysis-fixtures';

// The edges of the proposed analysis sync: a meeting that starts at 09:00 sharp or ends at 17:00 sharp is
// inside working hours, one that ends exactly 48 hours after resolution is inside the handbook's window, and
// the invite says what it holds when there is no document link or when it cannot be made.

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('the proposed analysis sync', () => {
  it('may start at 09:00 sharp and end at 17:00 sharp in the lead’s zone', () => {
    // Resolved Monday 09:00 UTC: the first slot 24 hours later is Tuesday 09:00.
    expect(iso(proposeAnalysisSlot(at('2026-11-23T09:00:00Z'), 'UTC').start)).toBe('2026-11-24T09:00:00.000Z');
    // Resolved Monday 16:00 UTC: Tuesday 16:00 holds a meeting of up to 60 minutes; a longer one waits for Wednesday.
    expect(iso(proposeAnalysisSlot(at('2026-11-23T16:00:00Z'), 'UTC', 60).start)).toBe('2026-11-24T16:00:00.000Z');
    expect(iso(proposeAnalysisSlot(at('2026-11-23T16:00:00Z'), 'UTC', 61).start)).toBe('2026-11-25T09:00:00.000Z');
  });

  it('says whether it falls inside the 48 hours after resolution', () => {
    // Resolved Thursday 08:45 UTC: Friday 09:00 ends 09:45, 25 hours after.
    expect(proposeAnalysisSlot(at('2026-11-26T08:45:00Z'), 'UTC')).toEqual({ start: at('2026-11-27T09:00:00Z'), withinWindow: true });
    // Resolved Friday 09:00 UTC: Monday 09:00 is 72 hours after.
    expect(proposeAnalysisSlot(at('2026-11-27T09:00:00Z'), 'UTC')).toEqual({ start: at('2026-11-30T09:00:00Z'), withinWindow: false });
  });

  it('ends exactly at the 48-hour mark and still counts as inside it, not a minute later', () => {
    // A full working day (480 minutes) fits only from 09:00. Resolved Wednesday 17:00 UTC: Friday 09:00–17:00
    // ends exactly 48 hours after; resolved a minute earlier, the same meeting ends a minute past the window.
    expect(proposeAnalysisSlot(at('2026-11-25T17:00:00Z'), 'UTC', 480)).toEqual({ start: at('2026-11-27T09:00:00Z'), withinWindow: true });
    expect(proposeAnalysisSlot(at('2026-11-25T16:59:00Z'), 'UTC', 480)).toEqual({ start: at('2026-11-27T09:00:00Z'), withinWindow: false });
  });

  it('falls back to 24 hours after resolution, on the half hour, when no working day can hold the meeting', () => {
    expect(proposeAnalysisSlot(at('2026-11-23T10:10:00Z'), 'UTC', 9 * 60)).toEqual({ start: at('2026-11-24T10:30:00Z'), withinWindow: true });
  });
});

describe('the analysis sync invite', () => {
  it('says the document will be shared when there is no link yet, and names the organizer', () => {
    const invite = buildAnalysisInvite({
      incident: makeIncident({ severity: 'critical' }),
      start: at('2026-11-27T14:30:00Z'),
      durationMinutes: 30,
      organizer: { name: 'Dana', email: 'dana@example.test' },
    });
    expect(invite.ok).toBe(true);
    if (!invite.ok) return;
    const unfolded = invite.ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('The analysis document will be shared before the meeting.');
    expect(unfolded).toContain('Analysis sync for the critical incident "Checkout is down" (2026-11-26).');
    expect(unfolded).toContain('DURATION:PT30M');
    expect(unfolded).toMatch(/ORGANIZER;CN="?Dana"?:mailto:dana@example.test/i);
    expect(unfolded).not.toContain('URL:');
    expect(unfolded).toContain('UID:analysis-01JTESTINCIDENT0000000001@sitrep');
    expect(unfolded).toContain('STATUS:TENTATIVE');
  });

  it('lasts 45 minutes unless told otherwise, and cuts a long title to 200 characters', () => {
    const invite = buildAnalysisInvite({ incident: makeIncident({ title: 'y'.repeat(300) }), start: at('2026-11-27T14:30:00Z') });
    if (!invite.ok) throw new Error(invite.message);
    const unfolded = invite.ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('DURATION:PT45M');
    expect(unfolded).toContain(`SUMMARY:Incident analysis: ${'y'.repeat(181)}\r\n`);
  });

  it('says in words why the invite could not be made', () => {
    const invite = buildAnalysisInvite({ incident: makeIncident(), start: Number.NaN });
    expect(invite.ok).toBe(false);
    if (invite.ok) return;
    expect(invite.message).toMatch(/^The invite could not be created: .+\.$/);
  });
});
