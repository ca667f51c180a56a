import { afterEach, describe, expect, it } from 'vitest';
import { onAddedEntries } from '../../../src/renderer/src/data/entry-broadcast';
import { addEntry } from '../../../src/renderer/src/data/entry-repository';
import { changeChecklist, ensureIncidentChecklist, recordCommsCopy } from '../../../src/renderer/src/cockpit-data/checklist-writes';
import { tickItem } from '../../../src/shared/checklist/incident-checklist';
import { leadDutyIds } from '../../../src/shared/handbook/lead-duties';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import type { SitrepDatabase } from '../../../src/renderer/src/data/db';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';

afterEach(closeAll);

/** What another window hears; `next()` resolves with the next announcement. */
function listen(db: SitrepDatabase) {
  const heard: TimelineEntry[][] = [];
  const waiting: ((entries: TimelineEntry[]) => void)[] = [];
  const stop = onAddedEntries(db, (entries) => {
    heard.push([...entries]);
    waiting.shift()?.([...entries]);
  });
  return { heard, next: () => new Promise<TimelineEntry[]>((resolve) => waiting.push(resolve)), stop };
}

describe('a checklist write, as other windows hear of it', () => {
  it('announces the tick’s timeline entry, and what was announced is in the log', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    const other = listen(secondWindow(db));
    const arrived = other.next();
    const result = await changeChecklist(db, incident.id, 'Dana', (c, ctx) => tickItem(c, leadDutyIds.statusPage, ctx));
    expect(result.ok).toBe(true);
    const [entry] = await arrived;
    expect(entry?.text).toBe('Checklist: done: Update the public status page');
    expect(await db.entries.get(entry!.id)).toEqual(entry);
    other.stop();
  });

  it('never announces an entry whose enclosing transaction was rolled back', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const other = listen(secondWindow(db));
    // The checklist writes its entry inside its own transaction, as here; if that transaction fails after
    // the entry was added, no window may show the entry as saved.
    await expect(
      db.transaction('rw', db.incidents, db.entries, db.incidentChecklists, async () => {
        await addEntry(db, { incidentId: incident.id, kind: 'checklist', text: 'Never committed', author: 'Dana', source: 'checklist' });
        throw new Error('the checklist row could not be written');
      }),
    ).rejects.toThrow('could not be written');
    expect(await db.entries.where('incidentId').equals(incident.id).filter((e) => e.text === 'Never committed').count()).toBe(0);
    // Messages arrive in order: once this one is heard, an announcement of the rolled-back entry would have been too.
    const arrived = other.next();
    const later = await addEntry(db, { incidentId: incident.id, kind: 'note', text: 'Committed later', author: 'Dana', source: 'composer' });
    expect(await arrived).toEqual([later]);
    expect(other.heard).toEqual([[later]]);
    other.stop();
  });
});

describe('recording a copied comms draft', () => {
  it('says so when nothing could be recorded, instead of reporting the copy as noted', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    // An incident restored from a backup made before checklists has none: the copy has nothing to record against.
    await db.incidentChecklists.delete(incident.id);
    await expect(recordCommsCopy(db, incident.id, 'status-page', 'We are investigating.', 'Dana')).rejects.toThrow(/no checklist yet/);
    expect(await db.entries.where('incidentId').equals(incident.id).filter((e) => e.source === 'checklist').count()).toBe(0);
  });

  it('records the copy on the timeline when the checklist exists', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    await recordCommsCopy(db, incident.id, 'status-page', 'We are investigating.', 'Dana');
    const rows = await db.entries.where('incidentId').equals(incident.id).filter((e) => e.source === 'checklist').toArray();
    expect(rows.map((r) => r.text)).toEqual(['Copied the status page update:\nWe are investigating.']);
  });
});
