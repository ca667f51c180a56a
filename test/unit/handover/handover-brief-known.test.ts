import { describe, expect, it } from 'vitest';
import { buildHandoverBrief } from '../../../src/shared/handover/handover-brief';
import { MIN, T0 } from '../../support/domain-fixtures';
import { fixture, section, typed } from './handover-fixtures';

describe('what we know, in the handover brief', () => {
  it('says nothing has been written yet, then lists the milestones reached', () => {
    expect(section(buildHandoverBrief(fixture()).text, 'What we know').split('\n')).toEqual([
      'No summary, root cause or fix written yet: the lines below are what the log holds.',
      'Milestones: Impact started 13:55:00 UTC; Declared 14:00:00 UTC.',
    ]);
  });

  it('gives the summary, root cause and fix on one line each, and every milestone in the order an incident reaches them', () => {
    const base = fixture();
    const incident = {
      ...base.incident,
      status: 'resolved' as const,
      resolvedAt: T0 + 50 * MIN,
      summary: '  Card payments failed for EU customers\n  after the config push.  ',
      rootCause: 'Payment host missing from config   \n push 4711',
      fix: 'Rolled back the push;\nadded a config check.',
    };
    // Logged out of order: the mitigation first, then the detection it followed.
    const entries = [...base.entries, typed(T0 + 30 * MIN, '@mitigated rollback done'), typed(T0 - 2 * MIN, '@detected alert fired')];
    expect(section(buildHandoverBrief({ ...base, incident, entries, now: T0 + 60 * MIN }).text, 'What we know').split('\n')).toEqual([
      'Summary: Card payments failed for EU customers after the config push.',
      'Root cause: Payment host missing from config push 4711',
      'Fix: Rolled back the push; added a config check.',
      'Milestones: Impact started 13:55:00 UTC; Detected 13:58:00 UTC; Declared 14:00:00 UTC; Mitigated 14:30:00 UTC; Resolved 14:50:00 UTC.',
    ]);
  });

  it('takes a summary of only spaces and line breaks for none', () => {
    const base = fixture();
    const incident = { ...base.incident, summary: ' \n  ', rootCause: 'Payment host missing from config' };
    expect(section(buildHandoverBrief({ ...base, incident }).text, 'What we know').split('\n')).toEqual([
      'Root cause: Payment host missing from config',
      'Milestones: Impact started 13:55:00 UTC; Declared 14:00:00 UTC.',
    ]);
  });
});
