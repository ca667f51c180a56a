import { afterEach, describe, expect, it } from 'vitest';
import { ensureIncidentChecklist, recordCommsCopy } from '../../../src/renderer/src/cockpit-data/checklist-writes';
import { closeAll, declared, freshDatabase } from './data-test-helpers';
import { entriesOf } from '../../../src/renderer/src/data/timeline-queries';

afterEach(closeAll);

describe('recording a copied comms draft', () => {
  it('says so when nothing could be recorded, instead of reporting the copy as noted', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    // An incident restored from a backup made before checklists has none: the copy has nothing to record against.
    await db.incidentChecklists.delete(incident.id);
    await expect(recordCommsCopy(db, incident.id, 'status-page', 'We are investigating.', 'Dana')).rejects.toThrowMessage(/no checklist yet/);
    expect(await entriesOf(db, incident.id).filter((e) => e.source === 'checklist').count()).toBe(0);
  });

  it('records the copy on the timeline when the checklist exists', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    await recordCommsCopy(db, incident.id, 'status-page', 'We are investigating.', 'Dana');
    const rows = await entriesOf(db, incident.id).filter((e) => e.source === 'checklist').toArray();
    expect(rows.map((r) => r.text)).toEqual(['Copied the status page update:\nWe are investigating.']);
  });
});
