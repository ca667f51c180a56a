import { describe, expect, it } from 'vitest';
import { incidentStatuses } from '../../../src/shared/domain/incident';
import { statusPageStatusOf } from '../../../src/shared/comms/statuspage-status';

/* The state a send sets on the team's Statuspage incident, from the incident's status in Sitrep. */

describe('the Statuspage state of an update', () => {
  it('follows the live phase, and stays resolved through the analysis', () => {
    expect(Object.fromEntries(incidentStatuses.map((status) => [status, statusPageStatusOf(status)]))).toEqual({
      investigating: 'investigating',
      identified: 'identified',
      monitoring: 'monitoring',
      resolved: 'resolved',
      'analysis-scheduled': 'resolved',
      analysed: 'resolved',
      'analysis-skipped': 'resolved',
    });
  });
});
