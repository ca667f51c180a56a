import { describe, expect, it } from 'vitest';
import { buildCommsDrafts } from '../../../src/shared/comms/comms-drafts';
import { BANNER_MAX, buildInAppBanner } from '../../../src/shared/comms/in-app-banner';
import { buildStatusPageUpdate } from '../../../src/shared/comms/status-page-update';
import { buildAnnouncement } from '../../../src/shared/comms/announcement';
import { entryAt, incidentAt, MIN, T0 } from '../../support/domain-fixtures';

const now = T0 + 20 * MIN;

describe('comms drafts from the incident state', () => {
  it('the status page speaks of the phase, the public impact and the next update', () => {
    const text = buildStatusPageUpdate({
      incident: incidentAt({ severity: 'critical', status: 'identified' }),
      entries: [entryAt(T0 + MIN, { kind: 'impact', text: 'Payments fail for all EU customers' })],
      now,
    });
    expect(text.split('\n')[0]).toBe('Identified: Checkout returns 500');
    expect(text).toContain('Payments fail for all EU customers');
    expect(text).toContain('Next update by 14:50:00 UTC'); // critical: 30 min after now
  });

  it('internal notes never leak: only impact entries and the summary are used', () => {
    const drafts = buildCommsDrafts({
      incident: incidentAt(),
      entries: [entryAt(T0 + MIN, { text: 'db password is hunter2' })],
      now,
    });
    for (const text of Object.values(drafts)) expect(text).not.toContain('hunter2');
    expect(drafts['status-page']).toContain('Next update by 15:20:00 UTC'); // major: 60 min
  });

  it('the latest live impact note wins; deleted ones are ignored; the summary wins over both', () => {
    const entries = [
      entryAt(T0 + MIN, { kind: 'impact', text: 'old impact' }),
      entryAt(T0 + 3 * MIN, { kind: 'impact', text: 'deleted impact', deletedAt: T0 + 4 * MIN }),
      entryAt(T0 + 2 * MIN, { kind: 'impact', text: 'newer impact' }),
    ];
    expect(buildAnnouncement({ incident: incidentAt(), entries, now })).toContain('Impact: newer impact');
    expect(buildAnnouncement({ incident: incidentAt({ summary: 'Checkout is down' }), entries, now })).toContain('Impact: Checkout is down');
  });

  it('the announcement names the severity, status, lead and elapsed time', () => {
    const text = buildAnnouncement({ incident: incidentAt({ lead: 'Sam' }), entries: [], now });
    expect(text).toContain('Incident (major, investigating): Checkout returns 500');
    expect(text).toContain('Lead: Sam');
    expect(text).toContain('20 min');
  });

  it('the banner is one line and never longer than the limit', () => {
    const long = buildInAppBanner({ incident: incidentAt({ summary: 'x '.repeat(400) }), entries: [], now });
    expect(long.length).toBeLessThanOrEqual(BANNER_MAX);
    expect(long).not.toContain('\n');
    expect(buildInAppBanner({ incident: incidentAt({ severity: 'critical' }), entries: [], now })).toMatch(/^We are having a major outage: Checkout returns 500/);
  });

  it('after resolve every draft says so, with root cause and fix where known', () => {
    const incident = incidentAt({ status: 'resolved', resolvedAt: T0 + 90 * MIN, rootCause: 'Expired TLS cert', fix: 'Renewed the cert' });
    const drafts = buildCommsDrafts({ incident, entries: [], now: T0 + 95 * MIN });
    expect(drafts['status-page']).toMatch(/^Resolved: /);
    expect(drafts['status-page']).toContain('Renewed the cert');
    expect(drafts.banner).toMatch(/^Resolved: /);
    expect(drafts.announcement).toContain('Root cause: Expired TLS cert');
    expect(drafts.announcement).toContain('Lasted 1 h 30 min');
  });
});
