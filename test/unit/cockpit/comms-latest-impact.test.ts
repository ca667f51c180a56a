import { describe, expect, it } from 'vitest';
import { buildCommsDrafts } from '../../../src/shared/comms/comms-drafts';
import { entryAt, incidentAt, MIN, T0 } from '../../support/domain-fixtures';

/* Which impact note the drafts tell people outside about, whatever order the timeline comes in. */

describe('the impact the comms drafts describe', () => {
  it('is the note about the latest moment, wherever it sits in the timeline', () => {
    const entries = [
      entryAt(T0 + 5 * MIN, { kind: 'impact', text: 'Payments fail for all EU customers' }),
      entryAt(T0 + 2 * MIN, { kind: 'impact', text: 'Some payments are slow' }),
    ];
    const drafts = buildCommsDrafts({ incident: incidentAt(), entries, now: T0 + 20 * MIN });
    expect(drafts.announcement).toContain('Impact: Payments fail for all EU customers');
    expect(drafts.banner).toBe('Some features are not working right now: Payments fail for all EU customers. We are on it.');
  });
});
