import { describe, expect, it } from 'vitest';
import { buildHandoverBrief } from '../../../src/shared/handover/handover-brief';
import { entryAt, MIN, T0 } from '../../support/domain-fixtures';
import { fixture, section } from './handover-fixtures';

describe('customer updates, in the handover brief', () => {
  it('quotes the customer update even when it is the first line of the log, cleaned of blank lines and stray spaces', () => {
    const copied = entryAt(T0, {
      kind: 'checklist',
      source: 'checklist',
      text: 'Copied the status page update:\n  We are investigating failed payments.\r\n\r\nNext update by 14:30 UTC.\n',
    });
    expect(section(buildHandoverBrief({ ...fixture(), entries: [copied] }).text, 'Last customer update')).toBe(
      'Status page update, copied 14:00:00 UTC by Dana:\n  We are investigating failed payments.\n  Next update by 14:30 UTC.',
    );
  });

  it('calls the update overdue from the very second it falls due', () => {
    // Major: every 60 minutes; the fixture's last copy was at 14:20.
    expect(section(buildHandoverBrief({ ...fixture(), now: T0 + 80 * MIN }).text, 'Next update')).toBe(
      'Status page update overdue since 15:20:00 UTC (0 s; last one 14:20:00 UTC).',
    );
  });

  it('asks for no update once the incident is resolved', () => {
    const base = fixture();
    const incident = { ...base.incident, status: 'resolved' as const, resolvedAt: T0 + 50 * MIN };
    expect(section(buildHandoverBrief({ ...base, incident, now: T0 + 200 * MIN }).text, 'Next update')).toBe(
      'The incident is no longer live: no status page update is due.',
    );
  });

  it('says no reminder is set for a severity that has none (minor, by default)', () => {
    const base = fixture();
    const incident = { ...base.incident, severity: 'minor' as const };
    expect(section(buildHandoverBrief({ ...base, incident, checklist: null, now: T0 + 200 * MIN }).text, 'Next update')).toBe(
      'No status page reminder is set for minor incidents.',
    );
  });
});
