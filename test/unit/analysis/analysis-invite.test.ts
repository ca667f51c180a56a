import { describe, expect, it } from 'vitest';
import { buildAnalysisInvite, proposeAnalysisSlot } from '../../../src/shared/analysis';
import { makeIncident } from './analysis-fixtures';

const at = (iso: string) => Date.parse(iso);

describe('analysis sync invite', () => {
  it('proposes 24–48 h after resolution inside working hours in the lead’s zone', () => {
    // Thursday 2026-11-26 15:10 in Berlin (14:10 UTC) → Friday 15:30 local, ends 16:15.
    const slot = proposeAnalysisSlot(at('2026-11-26T14:10:00Z'), 'Europe/Berlin');
    expect(new Date(slot.start).toISOString()).toBe('2026-11-27T14:30:00.000Z');
    expect(slot.withinWindow).toBe(true);
  });

  it('moves a slot that would end after 17:00 to the next morning', () => {
    // Resolved Tuesday 16:40 UTC in London → Wednesday 16:30 would end 17:15 → Thursday 09:00.
    const slot = proposeAnalysisSlot(at('2026-11-24T16:40:00Z'), 'Europe/London');
    expect(new Date(slot.start).toISOString()).toBe('2026-11-26T09:00:00.000Z');
    expect(slot.withinWindow).toBe(true);
  });

  it('skips the weekend and says it is outside the 48-hour window', () => {
    // Resolved Friday 10:00 New York → Monday 09:00 New York (14:00 UTC).
    const slot = proposeAnalysisSlot(at('2026-11-27T15:00:00Z'), 'America/New_York');
    expect(new Date(slot.start).toISOString()).toBe('2026-11-30T14:00:00.000Z');
    expect(slot.withinWindow).toBe(false);
  });

  it('builds an .ics with the document link', () => {
    const start = at('2026-11-27T14:30:00Z');
    const invite = buildAnalysisInvite({ incident: makeIncident(), start, documentUrl: 'https://github.test/acme/analyses/pull/1' });
    expect(invite.ok).toBe(true);
    if (!invite.ok) return;
    const unfolded = invite.ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain('DTSTART:20261127T143000Z');
    expect(unfolded).toContain('SUMMARY:Incident analysis: Checkout is down');
    expect(unfolded).toContain('URL:https://github.test/acme/analyses/pull/1');
    expect(unfolded).toMatch(/DESCRIPTION:.*Document: https:\/\/github.test\/acme\/analyses\/pull\/1/);
    expect(invite.fileName).toBe('2026-11-26-analysis-sync.ics');
  });
});
