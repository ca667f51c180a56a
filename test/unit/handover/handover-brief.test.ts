import { describe, expect, it } from 'vitest';
import { buildHandoverBrief, type HandoverInput } from '../../../src/shared/handover/handover-brief';
import { entryAt, MIN, T0 } from '../../support/domain-fixtures';
import { fixture, section, typed } from './handover-fixtures';

describe('the handover brief', () => {
  it('states severity with its peak, status, elapsed time and impact so far, addressed to the next lead', () => {
    const { text, title } = buildHandoverBrief(fixture());
    expect(title).toBe('Handover brief: Checkout returns 500');
    expect(text.startsWith('Handover brief: Checkout returns 500\nFor Lee, from Dana, written 14:45:00 UTC. Times are UTC.\n')).toBe(true);
    const standing = section(text, 'Where things stand');
    expect(standing).toContain('Severity: major (peak critical). Status: identified.');
    expect(standing).toContain('Declared 14:00:00 UTC by Dana; 45 min 00 s so far.');
    expect(standing).toContain('Impact since 13:55:00 UTC: 50 min 00 s so far, not mitigated yet.');
    expect(standing).toContain('Latest impact note: about 30% of card payments fail');
  });

  it('lists open hypotheses and what was ruled out, actions and decisions, newest first, without deleted lines', () => {
    const { text } = buildHandoverBrief(fixture());
    expect(section(text, 'Hypotheses still open').split('\n')).toEqual([
      '- 14:04:00 UTC, Fox: card network outage',
      '- 14:03:00 UTC, Fox: payment host missing from config',
    ]);
    expect(section(text, 'Ruled out')).toBe('- 14:09:00 UTC, Fox: card network: their status page is green');
    expect(section(text, 'Actions taken or under way (newest first)')).toBe('- 14:10:00 UTC, Sam: rolling back config push 4711');
    expect(section(text, 'Decisions')).toBe('- 14:12:00 UTC, Dana: keep the checkout banner up until error rate < 1%');
    expect(text).not.toContain('markup');
  });

  it('quotes the last customer update with its time, not the internal announcement, and says when the next is due', () => {
    const { text } = buildHandoverBrief(fixture());
    expect(section(text, 'Last customer update')).toBe(
      'Status page update, copied 14:20:00 UTC by Dana:\n  We are seeing failed card payments at checkout.\n  Next update by 15:00 UTC.',
    );
    // Major: a status page update every 60 minutes after the last one.
    expect(section(text, 'Next update')).toBe('Status page update due 15:20:00 UTC, in 35 min 00 s (last one 14:20:00 UTC).');
  });

  it('quotes an update sent from the checklist as sent, where it is newer than the last copy', () => {
    const input = fixture();
    const sent = entryAt(T0 + 35 * MIN, {
      kind: 'checklist',
      source: 'checklist',
      author: 'Lee',
      text: 'Sent the status page update to Statuspage (page p1, incident i9):\nPayments recover; we are watching.',
    });
    expect(section(buildHandoverBrief({ ...input, entries: [...input.entries, sent] }).text, 'Last customer update')).toBe(
      'Status page update, sent 14:35:00 UTC by Lee:\n  Payments recover; we are watching.',
    );
  });

  it('says an update is overdue when the interval has passed since the declaration', () => {
    const input = { ...fixture(), checklist: null, now: T0 + 75 * MIN };
    expect(section(buildHandoverBrief(input).text, 'Next update')).toBe(
      'Status page update overdue since 15:00:00 UTC (15 min 00 s; none recorded since the declaration).',
    );
  });

  it('names where people talk and who is involved', () => {
    const { text } = buildHandoverBrief(fixture());
    expect(section(text, 'Where people are talking').split('\n')).toEqual([
      '- https://acme.zoom.us/j/123 (14:02:00 UTC, Dana)',
      '- #inc-checkout (14:02:00 UTC, Dana)',
    ]);
    expect(section(text, 'Who is involved').split('\n')).toEqual([
      'Outgoing lead: Dana. Incoming lead: Lee. Declared by Dana.',
      // Fox's deleted line is not counted.
      'Writing in the log: Dana (5 entries), Fox (3 entries), Sam (1 entry).',
    ]);
  });

  it('is still from the outgoing lead when the hand-over is already on the log', () => {
    const base = fixture();
    const handedOver = entryAt(T0 + 44 * MIN, { kind: 'lead-change', source: 'lifecycle', text: 'Lead handed over from Dana to Lee' });
    const input = { ...base, incident: { ...base.incident, lead: 'Lee' }, entries: [...base.entries, handedOver], from: 'Dana' };
    const { text } = buildHandoverBrief(input);
    expect(text).toContain('\nFor Lee, from Dana, written');
    expect(section(text, 'Who is involved')).toContain('Outgoing lead: Dana. Incoming lead: Lee.');
    expect(section(text, 'Who is involved')).not.toContain('Led earlier by');
  });

  it('says plainly what is not in the log yet', () => {
    const input: HandoverInput = { ...fixture(), entries: [], checklist: null, to: null };
    const { text } = buildHandoverBrief(input);
    expect(text).toContain('\nFrom Dana, written 14:45:00 UTC.');
    expect(section(text, 'Hypotheses still open')).toBe('None logged.');
    expect(section(text, 'Last customer update')).toBe('None copied or sent from Sitrep yet.');
    expect(section(text, 'Where people are talking')).toBe('No chat channel or call link in the log yet.');
    expect(section(text, 'Who is involved')).toContain('Nobody has written in the log yet.');
  });

  it('writes dates once the incident spans midnight UTC, and counts what it leaves out of a long list', () => {
    const base = fixture();
    const late = Date.UTC(2026, 10, 26, 23, 50);
    const incident = { ...base.incident, declaredAt: late, impactStartedAt: null };
    const entries = Array.from({ length: 11 }, (_, i) => typed(late + i * MIN, `> step ${i}`));
    const { text } = buildHandoverBrief({ ...base, incident, entries, now: late + 20 * MIN });
    const actions = section(text, 'Actions taken or under way (newest first)').split('\n');
    expect(actions[0]).toBe('- 2026-11-27 00:00:00 UTC, Dana: step 10');
    expect(actions).toHaveLength(9);
    expect(actions[8]).toBe('- … and 3 earlier, on the timeline.');
  });
});
