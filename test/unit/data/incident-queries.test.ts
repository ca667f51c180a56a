import { afterEach, describe, expect, it } from 'vitest';
import { listIncidents, latestLiveIncident } from '../../../src/renderer/src/data/incident-queries';
import type { Incident, IncidentStatus, Severity } from '../../../src/shared/domain/incident';
import { closeAll, freshDatabase } from './data-test-helpers';
import { incidentAt } from '../../support/domain-fixtures';

afterEach(closeAll);

const incident = (id: string, severity: Severity, status: IncidentStatus, declaredAt: number): Incident =>
  incidentAt({ id, title: id, severity, status, declaredAt, updatedAt: declaredAt });

describe('incident queries', () => {
  it('list live incidents first, worst first then newest, then closed ones newest first', async () => {
    const db = freshDatabase();
    await db.incidents.bulkPut([
      incident('old-resolved', 'critical', 'resolved', 100),
      incident('minor-live', 'minor', 'investigating', 900),
      incident('critical-old', 'critical', 'monitoring', 200),
      incident('new-analysed', 'minor', 'analysed', 950),
      incident('critical-new', 'critical', 'identified', 300),
      incident('major-live', 'major', 'investigating', 800),
    ]);
    expect((await listIncidents(db)).map((i) => i.id)).toEqual([
      'critical-new',
      'critical-old',
      'major-live',
      'minor-live',
      'new-analysed',
      'old-resolved',
    ]);
  });

  it('pick the most recently declared live incident, whatever its severity', async () => {
    const db = freshDatabase();
    expect(await latestLiveIncident(db)).toBeUndefined();
    await db.incidents.bulkPut([
      incident('critical', 'critical', 'investigating', 100),
      incident('newest-closed', 'major', 'resolved', 999),
      incident('newest-live', 'minor', 'monitoring', 500),
    ]);
    expect((await latestLiveIncident(db))?.id).toBe('newest-live');
  });
});
