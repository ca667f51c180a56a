import { afterEach, describe, expect, it } from 'vitest';
import { applyIncidentAction, declareIncident } from '../../../src/renderer/src/data/incident-repository';
import { addEntry } from '../../../src/renderer/src/data/entry-repository';
import { allTimeline } from '../../../src/renderer/src/data/timeline-queries';
import { closeAll, freshDatabase } from './data-test-helpers';

afterEach(closeAll);

const HOUR = 3_600_000;

describe('correcting an incident\'s own times', () => {
  it('moves the Declared and Resolved rows with the incident, keeping their original times', async () => {
    const db = freshDatabase();
    const now = Date.now();
    const declared = await declareIncident(db, { title: 'Replayed outage', severity: 'major', declaredAt: now - 30 * HOUR }, 'Dana');
    if (!declared.ok) throw new Error(declared.reason);
    const id = declared.incident.id;
    const resolved = await applyIncidentAction(db, id, { type: 'resolve', rootCause: 'Bad config', fix: 'Reverted' }, 'Dana');
    if (!resolved.ok) throw new Error(resolved.reason);
    const pressedAt = resolved.incident.resolvedAt!;

    const edited = await applyIncidentAction(
      db,
      id,
      { type: 'edit-details', declaredAt: now - 31 * HOUR, resolvedAt: now - 26 * HOUR },
      'Dana',
    );
    expect(edited.ok).toBe(true);
    const incident = await db.incidents.get(id);
    expect([incident?.declaredAt, incident?.resolvedAt]).toEqual([now - 31 * HOUR, now - 26 * HOUR]);
    const rows = await allTimeline(db, id);
    const milestone = (name: string) => rows.find((e) => e.milestone === name);
    expect([milestone('declared')?.occurredAt, milestone('declared')?.originalOccurredAt]).toEqual([now - 31 * HOUR, now - 30 * HOUR]);
    expect([milestone('resolved')?.occurredAt, milestone('resolved')?.originalOccurredAt]).toEqual([now - 26 * HOUR, pressedAt]);
    expect(rows.some((e) => e.text.startsWith('Details edited: declared time to'))).toBe(true);
  });

  it('places a command dated back at its time, and refuses an entry in the future with a sentence', async () => {
    const db = freshDatabase();
    const now = Date.now();
    const declared = await declareIncident(db, { title: 'Search slow', severity: 'minor', declaredAt: now - 2 * HOUR }, 'Dana');
    if (!declared.ok) throw new Error(declared.reason);
    const id = declared.incident.id;
    const result = await applyIncidentAction(db, id, { type: 'set-status', status: 'identified' }, 'Dana', { occurredAt: now - HOUR });
    if (!result.ok) throw new Error(result.reason);
    expect(result.entries[0]?.occurredAt).toBe(now - HOUR);
    await expect(
      addEntry(db, { incidentId: id, kind: 'note', text: 'from 2099', author: 'Dana', source: 'composer', occurredAt: Date.UTC(2099, 0, 1) }),
    ).rejects.toThrowMessage(/^The time of this entry is in the future; the timeline records what already happened/);
    await expect(
      addEntry(db, { incidentId: id, kind: 'note', text: 'negative', author: 'Dana', source: 'composer', occurredAt: -5 }),
    ).rejects.toThrowMessage(/^The time of this entry is not a valid time\. Type it again/);
  });
});
