import { afterEach, describe, expect, it } from 'vitest';
import { applyIncidentAction, declareIncident } from '../../../src/renderer/src/data/incident-repository';
import { allTimeline } from '../../../src/renderer/src/data/timeline-queries';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';

afterEach(closeAll);

describe('declareIncident', () => {
  it('writes the incident, its declaration entry and its own copy of the lead checklist together', async () => {
    const db = freshDatabase();
    const result = await declareIncident(db, { title: 'Search is down', severity: 'critical' }, 'Dana');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await db.incidents.get(result.incident.id)).toEqual(result.incident);
    const entries = await allTimeline(db, result.incident.id);
    expect(entries.map((e) => e.milestone)).toContain('declared');
    const checklist = await db.incidentChecklists.get(result.incident.id);
    expect(checklist?.severity).toBe('critical');
    expect(checklist?.items.length).toBeGreaterThan(0);
  });

  it('copies the team\'s edited template for that severity instead of the default', async () => {
    const db = freshDatabase();
    await db.checklistTemplates.put({ severity: 'minor', items: [{ id: 'page-db', text: 'Page the database owner' }], updatedAt: 1 });
    const incident = await declared(db, 'Slow reports', 'minor');
    expect((await db.incidentChecklists.get(incident.id))?.items).toEqual([{ id: 'page-db', text: 'Page the database owner' }]);
  });

  it('refuses a declaration without a title and writes nothing', async () => {
    const db = freshDatabase();
    const result = await declareIncident(db, { title: '   ', severity: 'major' }, 'Dana');
    expect(result.ok).toBe(false);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
    expect(await db.incidentChecklists.count()).toBe(0);
  });
});

describe('applyIncidentAction', () => {
  it('writes the changed incident and the entry that records it', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const result = await applyIncidentAction(db, incident.id, { type: 'hand-over', to: 'Sam' }, 'Dana');
    expect(result.ok).toBe(true);
    expect((await db.incidents.get(incident.id))?.lead).toBe('Sam');
    const kinds = (await allTimeline(db, incident.id)).map((e) => e.kind);
    expect(kinds).toContain('lead-change');
  });

  it('writes nothing at all when the rule refuses the action', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const entriesBefore = await db.entries.toArray();
    const result = await applyIncidentAction(db, incident.id, { type: 'resolve', rootCause: 'expired certificate', fix: '' }, 'Dana');
    expect(result).toMatchObject({ ok: false });
    expect(await db.incidents.get(incident.id)).toEqual(incident);
    expect(await db.entries.toArray()).toEqual(entriesBefore);
  });

  it('reports a missing incident instead of throwing', async () => {
    const db = freshDatabase();
    const result = await applyIncidentAction(db, 'nope', { type: 'hand-over', to: 'Sam' }, 'Dana');
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('no longer in the log') });
  });

  it('serialises the same action from two windows: one wins, the other is refused on the fresh state', async () => {
    const db = freshDatabase();
    const other = secondWindow(db);
    const incident = await declared(db);
    const action = { type: 'set-status', status: 'identified' } as const;
    const [a, b] = await Promise.all([
      applyIncidentAction(db, incident.id, action, 'Dana'),
      applyIncidentAction(other, incident.id, action, 'Sam'),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const statusEntries = (await allTimeline(db, incident.id)).filter((e) => e.kind === 'status-change');
    expect(statusEntries).toHaveLength(1);
  });

  it('keeps both changes when two windows act on different things at once', async () => {
    const db = freshDatabase();
    const other = secondWindow(db);
    const incident = await declared(db);
    await Promise.all([
      applyIncidentAction(db, incident.id, { type: 'hand-over', to: 'Sam' }, 'Dana'),
      applyIncidentAction(other, incident.id, { type: 'change-severity', severity: 'critical' }, 'Dana'),
    ]);
    expect(await db.incidents.get(incident.id)).toMatchObject({ lead: 'Sam', severity: 'critical' });
  });
});
