import { afterEach, describe, expect, it } from 'vitest';
import { submitTypedEntry } from '../../../src/renderer/src/data/submit-entry';
import { saveQuickNote } from '../../../src/renderer/src/quick-note/save-quick-note';
import { typedTimeDraft } from '../../../src/shared/time/typed-time';
import { entryRefusals } from '../../../src/shared/domain/entry-check';
import type { SitrepDatabase } from '../../../src/renderer/src/data/db';
import { closeAll, declared, freshDatabase } from './data-test-helpers';
import { entriesOf } from '../../../src/renderer/src/data/timeline-queries';

afterEach(closeAll);

/** The composer's and the quick note's ways of sending what was typed, side by side. */
const surfaces = {
  composer: (db: SitrepDatabase, incidentId: string, text: string, author: string | null = 'Dana') =>
    submitTypedEntry(db, { incidentId, text, author, source: 'composer' }),
  'quick note': (db: SitrepDatabase, incidentId: string, text: string, author: string | null = 'Dana') =>
    saveQuickNote(db, { incidentId, text, author, severity: null, pressedAt: Date.now() - 30_000, images: [] }),
};

// The entry just sent, never the declaration: the two are often captured in the same millisecond, and the
// mutation run (all test files in one module graph) twice put the declaration last, failing its dry run.
const latest = async (db: SitrepDatabase, incidentId: string) =>
  (await entriesOf(db, incidentId).sortBy('capturedAt')).filter((entry) => entry.milestone !== 'declared').at(-1);

describe.each(Object.entries(surfaces))('typed text sent from the %s', (_, send) => {
  it.each([
    ['! Roll back to 4710', 'decision', 'Roll back to 4710', null],
    ['? The cache TTL change', 'hypothesis', 'The cache TTL change', null],
    ['todo: alert on queue depth', 'follow-up', 'alert on queue depth', null],
    ['@mitigated error rate back to normal', 'milestone', 'error rate back to normal', 'mitigated'],
    ['//tmp is full on web-3', 'note', '/tmp is full on web-3', null],
  ])('%j is saved as a %s', async (typed, kind, text, milestone) => {
    const db = freshDatabase();
    const incident = await declared(db);
    expect(await send(db, incident.id, typed)).toEqual({ ok: true, message: 'Saved to the timeline.' });
    expect(await latest(db, incident.id)).toMatchObject({ kind, text, milestone });
  });

  it('runs a slash command on the incident instead of saving it as text', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const outcome = await send(db, incident.id, '/sev critical customers cannot pay');
    expect(outcome.ok).toBe(true);
    expect((await db.incidents.get(incident.id))?.severity).toBe('critical');
    expect((await latest(db, incident.id))?.kind).toBe('severity-change');
  });

  it('refuses in the same words, and writes nothing, when there is no name, no text or a bad command', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const before = await db.entries.count();
    expect(await send(db, incident.id, 'Workers restarted', null)).toEqual({ ok: false, message: entryRefusals.noAuthor });
    expect(await send(db, incident.id, '   ')).toEqual({ ok: false, message: entryRefusals.empty });
    expect(await send(db, incident.id, '/sev purple')).toMatchObject({ ok: false, message: expect.stringContaining('/sev minor') });
    expect(await send(db, 'gone', 'Workers restarted')).toEqual({ ok: false, message: entryRefusals.noIncident });
    expect(await db.entries.count()).toBe(before);
  });
});

describe('what only one surface has', () => {
  it('the composer dates an entry back to the time typed into Happened at, or refuses a time it cannot read', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const tenMinutesAgo = Math.floor((Date.now() - 10 * 60_000) / 60_000) * 60_000;
    const typed = new Date(tenMinutesAgo).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    const happenedAt = typedTimeDraft(typed, Date.now());
    expect((await submitTypedEntry(db, { incidentId: incident.id, text: '> Paged the DBA', author: 'Dana', source: 'composer', happenedAt })).ok).toBe(true);
    expect(await latest(db, incident.id)).toMatchObject({ kind: 'action', text: 'Paged the DBA', occurredAt: tenMinutesAgo });

    const refused = await submitTypedEntry(db, { incidentId: incident.id, text: 'Later', author: 'Dana', source: 'composer', happenedAt: typedTimeDraft('yesterday at teatime', Date.now()) });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/Or clear “Happened at” to use the current time\.$/);
  });

  it('the quick note stamps the moment its shortcut was pressed and saves pasted images with the entry', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const pressedAt = Date.now() - 45_000;
    const image = { blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), name: 'graph.png' };
    const outcome = await saveQuickNote(db, { incidentId: incident.id, text: '', author: 'Dana', severity: null, pressedAt, images: [image] });
    expect(outcome.ok).toBe(true);
    const saved = await latest(db, incident.id);
    expect(saved).toMatchObject({ text: 'Pasted image', occurredAt: pressedAt, source: 'quick-note' });
    expect(await db.attachments.where('entryId').equals(saved!.id).count()).toBe(1);
  });

  it('text from outside Sitrep (sitrep --note) is a plain note, never a command', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const outcome = await saveQuickNote(db, { incidentId: incident.id, text: '/lead Mallory', author: 'Dana', severity: null, pressedAt: Date.now(), images: [], plainText: true });
    expect(outcome.ok).toBe(true);
    expect((await db.incidents.get(incident.id))?.lead).toBe('Dana');
    expect(await latest(db, incident.id)).toMatchObject({ kind: 'note', text: '/lead Mallory' });
  });
});
