import { describe, expect, it } from 'vitest';
import { buildCommsDrafts } from '../../../src/shared/comms/comms-drafts';
import { BANNER_MAX, buildInAppBanner } from '../../../src/shared/comms/in-app-banner';
import { commsKinds, commsLabels } from '../../../src/shared/comms/comms-input';
import { entryAt, incidentAt, MIN, T0 } from '../../support/domain-fixtures';

// The drafts are copied out word for word to customers and the company, so each is pinned whole, in every
// phase: a dropped sentence or a wrong phase word is something the lead would send.

const now = T0 + 20 * MIN;
const slowSearch = [entryAt(T0 + MIN, { kind: 'impact', text: '  Search is slow  ' })];

describe('the drafts while the incident is live', () => {
  it.each([
    ['investigating', 'Investigating', 'We are investigating the cause.'],
    ['identified', 'Identified', 'We have found the cause and are working on a fix.'],
    ['monitoring', 'Monitoring', 'A fix is in place and we are watching the results.'],
  ] as const)('%s: a minor incident, measured from its impact start, next update in 60 min', (status, headline, sentence) => {
    const drafts = buildCommsDrafts({ incident: incidentAt({ status, severity: 'minor', impactStartedAt: T0 - 10 * MIN }), entries: slowSearch, now });
    expect(drafts).toEqual({
      'status-page': `${headline}: Checkout returns 500\n\nSearch is slow (since 2026-11-26 13:50:00 UTC).\n${sentence}\nNext update by 15:20:00 UTC.`,
      banner: 'Some features may be slower than usual: Search is slow. We are on it.',
      announcement: `Incident (minor, ${status}): Checkout returns 500\nImpact: Search is slow\nStarted 2026-11-26 13:50:00 UTC (30 min 00 s ago). Lead: Dana.\nNext update by 15:20:00 UTC. Please keep questions to this thread so the call stays focused.`,
    });
  });

  it('a major incident with no impact note: the title stands in, from the declaration, at the promised interval', () => {
    expect(buildCommsDrafts({ incident: incidentAt(), entries: [], now, nextUpdateInMinutes: 5 })).toEqual({
      'status-page': 'Investigating: Checkout returns 500\n\nCheckout returns 500 (since 2026-11-26 14:00:00 UTC).\nWe are investigating the cause.\nNext update by 14:25:00 UTC.',
      banner: 'Some features are not working right now: Checkout returns 500. We are on it.',
      announcement: 'Incident (major, investigating): Checkout returns 500\nImpact: Checkout returns 500\nStarted 2026-11-26 14:00:00 UTC (20 min 00 s ago). Lead: Dana.\nNext update by 14:25:00 UTC. Please keep questions to this thread so the call stays focused.',
    });
  });

  it('a critical incident promises the next update in 30 min', () => {
    const drafts = buildCommsDrafts({ incident: incidentAt({ severity: 'critical' }), entries: [], now });
    expect(drafts['status-page'].split('\n').at(-1)).toBe('Next update by 14:50:00 UTC.');
    expect(drafts.banner).toBe('We are having a major outage: Checkout returns 500. We are on it.');
  });
});

describe('the drafts once resolved', () => {
  it('say so with the fix and root cause when known', () => {
    const incident = incidentAt({ status: 'resolved', resolvedAt: null, rootCause: ' Cert ', fix: ' Renewed ' });
    expect(buildCommsDrafts({ incident, entries: [], now: T0 + 95 * MIN })).toEqual({
      'status-page': 'Resolved: Checkout returns 500\n\nThis incident has been resolved as of 2026-11-26 15:35:00 UTC. Checkout returns 500\nWhat we did: Renewed\nThank you for your patience.',
      banner: 'Resolved: Checkout returns 500. Thanks for your patience.',
      announcement: 'Resolved (major): Checkout returns 500\nLasted 1 h 35 min, resolved at 2026-11-26 15:35:00 UTC.\nRoot cause: Cert\nFix: Renewed\nLead: Dana. An analysis will follow.',
    });
  });

  it('leave out the lines they have nothing for, in every closed status', () => {
    for (const status of ['analysis-scheduled', 'analysed', 'analysis-skipped'] as const) {
      const incident = incidentAt({ status, resolvedAt: T0 + 90 * MIN, rootCause: ' ', fix: '  ' });
      expect(buildCommsDrafts({ incident, entries: [], now: T0 + 95 * MIN })).toEqual({
        'status-page': 'Resolved: Checkout returns 500\n\nThis incident has been resolved as of 2026-11-26 15:30:00 UTC. Checkout returns 500\nThank you for your patience.',
        banner: 'Resolved: Checkout returns 500. Thanks for your patience.',
        announcement: 'Resolved (major): Checkout returns 500\nLasted 1 h 30 min, resolved at 2026-11-26 15:30:00 UTC.\nLead: Dana. An analysis will follow.',
      });
    }
  });
});

it('a summary of spaces is no summary: the latest impact note speaks instead', () => {
  const drafts = buildCommsDrafts({ incident: incidentAt({ summary: '   ' }), entries: slowSearch, now });
  expect(drafts.banner).toBe('Some features are not working right now: Search is slow. We are on it.');
});

describe('the banner', () => {
  const banner = (summary: string) => buildInAppBanner({ incident: incidentAt({ summary }), entries: [], now });
  const prefix = 'Some features are not working right now: ';
  const suffix = '. We are on it.';

  it('folds whitespace to single spaces and a doubled full stop to one', () => {
    expect(banner('Logins\n  fail.')).toBe(`${prefix}Logins fail${suffix}`);
  });

  it('keeps a line of exactly 160 characters whole and cuts a longer one with an ellipsis', () => {
    const room = BANNER_MAX - prefix.length - suffix.length;
    expect(banner('x'.repeat(room))).toHaveLength(BANNER_MAX);
    expect(banner('x'.repeat(room))).toBe(`${prefix}${'x'.repeat(room)}${suffix}`);
    const cut = banner('x'.repeat(room + 1));
    expect(cut).toHaveLength(BANNER_MAX);
    expect(cut).toBe(`${`${prefix}${'x'.repeat(room + 1)}${suffix}`.slice(0, BANNER_MAX - 1)}…`);
    // A cut that falls just after a space does not leave it before the ellipsis.
    const words = 'x'.repeat(158 - prefix.length);
    expect(banner(`${words} ${'y'.repeat(40)}`)).toBe(`${prefix}${words}…`);
  });
});

it('the drafts are named as the checklist window shows them', () => {
  expect(commsKinds).toEqual(['status-page', 'banner', 'announcement']);
  expect(commsLabels).toEqual({ 'status-page': 'Status page update', banner: 'In-app banner', announcement: 'Announcement message' });
});
