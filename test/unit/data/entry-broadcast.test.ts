import { afterEach, describe, expect, it } from 'vitest';
import { onAddedEntries } from '../../../src/renderer/src/data/entry-broadcast';
import { addEntries, addEntry } from '../../../src/renderer/src/data/entry-repository';
import { applyIncidentAction } from '../../../src/renderer/src/data/incident-repository';
import { appendQuickNote } from '../../../src/renderer/src/cockpit-data/quick-note-writes';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import type { SitrepDatabase } from '../../../src/renderer/src/data/db';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';

afterEach(closeAll);

const note = (incidentId: string, text: string) => ({ incidentId, kind: 'note', text, author: 'Dana', source: 'composer' }) as const;

/** Collects what a listener hears; `next()` resolves with the next announcement. */
function listen(db: SitrepDatabase) {
  const heard: TimelineEntry[][] = [];
  const waiting: ((entries: TimelineEntry[]) => void)[] = [];
  const stop = onAddedEntries(db, (entries) => {
    heard.push([...entries]);
    waiting.shift()?.([...entries]);
  });
  const next = () => new Promise<TimelineEntry[]>((resolve) => waiting.push(resolve));
  return { heard, next, stop };
}

describe('entry announcements', () => {
  it('tell this window which entries are stored', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const here = listen(db);
    const arrived = here.next();
    const entry = await addEntry(db, note(incident.id, 'Rolled back deploy 4711'));
    expect(await arrived).toEqual([entry]);
    // Announced only once committed: what was announced can be read back.
    expect(await db.entries.get(entry.id)).toEqual(entry);
    here.stop();
  });

  it('reach another window of the same log, and only of that log', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const other = listen(secondWindow(db));
    const elsewhere = freshDatabase();
    const elsewhereIncident = await declared(elsewhere);
    const unrelated = listen(elsewhere);
    const arrived = other.next();
    const [a, b] = await addEntries(db, [note(incident.id, 'First'), note(incident.id, 'Second')]);
    expect(await arrived).toEqual([a, b]);
    // The other log's own entry is the first thing its listener hears.
    const own = unrelated.next();
    const ownEntry = await addEntry(elsewhere, note(elsewhereIncident.id, 'Elsewhere'));
    expect(await own).toEqual([ownEntry]);
    expect(unrelated.heard).toEqual([[ownEntry]]);
    other.stop();
    unrelated.stop();
  });

  it('are not made for a write that failed, and stop when the listener stops', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const here = listen(db);
    const witness = listen(db);
    await expect(addEntry(db, note('no-such-incident', 'Lost?'))).rejects.toThrow(/no incident/);
    await expect(addEntry(db, note(incident.id, '   '))).rejects.toThrow(/empty/);
    here.stop();
    // Messages arrive in order: once the witness hears this one, anything announced before it has arrived.
    const arrived = witness.next();
    const after = await addEntry(db, note(incident.id, 'After stop'));
    expect(await arrived).toEqual([after]);
    expect(witness.heard).toEqual([[after]]);
    expect(here.heard).toEqual([]);
    witness.stop();
  });

  it('cover every path that adds entries: quick notes and lifecycle actions too', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const here = listen(db);
    const both = Promise.all([here.next(), here.next()]);
    const quick = await appendQuickNote(db, { ...note(incident.id, 'From the hotkey'), source: 'quick-note' });
    const acted = await applyIncidentAction(db, incident.id, { type: 'change-severity', severity: 'critical' }, 'Dana');
    if (!acted.ok) throw new Error(acted.reason);
    expect(await both).toEqual([[quick], acted.entries]);
    here.stop();
  });
});
