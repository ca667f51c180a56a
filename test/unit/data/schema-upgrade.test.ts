import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/renderer/src/data/db';
import { addEntry } from '../../../src/renderer/src/data/entry-repository';
import { declareIncident } from '../../../src/renderer/src/data/incident-repository';
import { timelineSlice } from '../../../src/renderer/src/data/timeline-queries';
import { phaseEntries } from '../../../src/renderer/src/data/phase-entries';
import { readSettings } from '../../../src/renderer/src/data/settings-repository';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../../src/renderer/src/data/schema';
import { asLogged } from '../../../src/renderer/src/data/stored-entry';

/*
 * The pattern for every schema change: open a database the way an OLD build left it, with the old schema
 * written out literally here (never imported: the point is to freeze what is on users' disks), seed it, then
 * open it with today's openDatabase and check every row survived and the new indexes answer.
 * Version 2 only added an index, so the v1 literal below also proves v1 → current; a version that changes rows
 * adds its own literal and a "v2 → current" test.
 */
const v1Stores = {
  incidents: 'id, status, declaredAt',
  entries: 'id, [incidentId+occurredAt+id], incidentId, capturedAt, editedAt',
  settings: 'key',
  checklistTemplates: 'severity',
  incidentChecklists: 'incidentId',
  attachments: 'id, entryId, incidentId',
};

const v1Incident = {
  id: '01J0000000000000000000INC1',
  title: 'Checkout returns 500',
  severity: 'major',
  status: 'investigating',
  lead: 'Dana',
  declaredBy: 'Dana',
  declaredAt: 1_764_000_000_000,
  impactStartedAt: null,
  resolvedAt: null,
  rootCause: '',
  fix: '',
  runbookLinks: [],
  summary: '',
  analysisScheduledFor: null,
  updatedAt: 1_764_000_000_000,
};
const v1Entry = (n: number) => ({
  id: `01J0000000000000000000E${String(n).padStart(3, '0')}`,
  incidentId: v1Incident.id,
  kind: 'note',
  text: `note ${n}`,
  occurredAt: 1_764_000_000_000 + (n % 3) * 1000,
  capturedAt: 1_764_000_000_000 + n,
  editedAt: null,
  originalOccurredAt: null,
  author: 'Dana',
  source: 'composer',
  deletedAt: null,
  milestone: null,
});

const opened: Dexie[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('schema upgrades', () => {
  it('lists versions in ascending order, ending at the current one', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('opens a version 1 database with every row intact', async () => {
    const name = `upgrade-from-v1-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(v1Stores);
    opened.push(old);
    const detected = { ...v1Entry(12), kind: 'milestone', text: 'Detected', milestone: 'detected' };
    const entries = [...Array.from({ length: 12 }, (_, n) => v1Entry(n)), detected];
    await old.transaction('rw', old.tables, async () => {
      await old.table('incidents').put(v1Incident);
      await old.table('entries').bulkPut(entries);
      await old.table('settings').bulkPut([
        { key: 'userName', value: 'Dana' },
        { key: 'theme', value: 'dark' },
      ]);
      await old.table('checklistTemplates').put({ severity: 'major', items: [{ id: 'x', text: 'Page the owner' }], updatedAt: 5 });
      await old.table('attachments').put({ id: 'a1', entryId: entries[0]!.id, incidentId: v1Incident.id, blob: new Blob(['png']), mimeType: 'image/png', name: 'g.png', createdAt: 7 });
    });
    old.close();

    const db = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.incidents.toArray()).toEqual([v1Incident]);
    expect(await db.entries.count()).toBe(entries.length);
    const ordered = [...entries].sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1));
    expect((await timelineSlice(db, v1Incident.id, 0, 100)).map(asLogged)).toEqual(ordered);
    // The phase index is built from the rows already on disk.
    expect((await phaseEntries(db, v1Incident.id)).map(asLogged)).toEqual([detected]);
    expect(await readSettings(db)).toEqual({ userName: 'Dana', theme: 'dark' });
    expect((await db.checklistTemplates.get('major'))?.items).toEqual([{ id: 'x', text: 'Page the owner' }]);
    const attachment = await db.attachments.get('a1');
    expect(await attachment?.blob.text()).toBe('png');
  });

  it('opens a version 3 database with its milestones, severity changes and handovers in the phase bar, and notes out of its index', async () => {
    const name = `upgrade-from-v3-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores({ ...v1Stores, entries: 'id, [incidentId+occurredAt+id], [incidentId+kind], storedAt, changedAt' });
    opened.push(old);
    const otherIncident = { ...v1Incident, id: '01J0000000000000000000INC2', title: 'Search is slow' };
    const phases = [
      { ...v1Entry(20), kind: 'milestone', text: 'Declared', milestone: 'declared', storedAt: 5 },
      { ...v1Entry(21), kind: 'severity-change', text: 'Severity minor → major', storedAt: 5 },
      { ...v1Entry(22), kind: 'lead-change', text: 'Lead Dana → Ben', storedAt: 5, changedAt: 9 },
    ];
    const notes = Array.from({ length: 5 }, (_, n) => ({ ...v1Entry(n), storedAt: 5 }));
    const elsewhere = { ...v1Entry(30), incidentId: otherIncident.id, kind: 'milestone', text: 'Detected', milestone: 'detected', storedAt: 5 };
    await old.transaction('rw', old.tables, async () => {
      await old.table('incidents').bulkPut([v1Incident, otherIncident]);
      await old.table('entries').bulkPut([...notes, ...phases, elsewhere]);
    });
    old.close();

    const db = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const byTime = <T extends { occurredAt: number; id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1));
    const written = <T extends { storedAt: number }>({ storedAt: _arrived, ...row }: T) => row;
    expect((await phaseEntries(db, v1Incident.id)).map(asLogged)).toEqual(byTime(phases).map(written));
    expect((await phaseEntries(db, otherIncident.id)).map(asLogged)).toEqual([written(elsewhere)]);
    // Only those four rows are in the phase index; every row is still read in timeline order, storedAt kept.
    expect(await db.entries.orderBy('[phase+incidentId]').count()).toBe(4);
    expect(await timelineSlice(db, v1Incident.id, 0, 100)).toEqual(byTime([...notes, ...phases.map((row) => ({ ...row, phase: row.kind }))]));
  });

  it('puts a new milestone in the phase index and a new note nowhere in it', async () => {
    const db = openDatabase(`phase-index-${Math.random()}`);
    opened.push(db);
    const made = await declareIncident(db, { title: 'Queue backlog', severity: 'minor' }, 'Dana');
    if (!made.ok) throw new Error(made.reason);
    const before = await db.entries.orderBy('[phase+incidentId]').count();
    await addEntry(db, { incidentId: made.incident.id, kind: 'note', text: 'consumer lag at 40k', author: 'Dana', source: 'composer' });
    expect(await db.entries.orderBy('[phase+incidentId]').count()).toBe(before);
    await addEntry(db, { incidentId: made.incident.id, kind: 'milestone', milestone: 'detected', text: 'Detected', author: 'Dana', source: 'composer' });
    expect(await db.entries.orderBy('[phase+incidentId]').count()).toBe(before + 1);
    expect((await phaseEntries(db, made.incident.id)).map((e) => e.text)).toContain('Detected');
  });

  it('keeps saving in a window left open while another window upgrades the schema', async () => {
    const name = `upgraded-under-me-${Math.random()}`;
    const current = openDatabase(name);
    opened.push(current);
    const declared = await declareIncident(current, { title: 'Queue backlog', severity: 'minor' }, 'Dana');
    if (!declared.ok) throw new Error(declared.reason);
    // A newer build in another window adds a table and an index to today's schema.
    const today: Record<string, string | null> = Object.assign({}, ...schemaVersions.map((v) => v.stores));
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...today, entries: `${today.entries}, author`, drafts: 'id' });
    opened.push(newer);
    await newer.open();
    const entry = await addEntry(current, { incidentId: declared.incident.id, kind: 'note', text: 'still here', author: 'Dana', source: 'composer' });
    expect(await newer.table('entries').get(entry.id)).toEqual(entry);
  });
});
