import { afterEach, describe, expect, it } from 'vitest';
import { addEntries, addEntry } from '../../../src/renderer/src/data/entry-repository';
import { deleteEntry, editEntry, restoreEntry } from '../../../src/renderer/src/data/entry-edits';
import { mergeEntries } from '../../../src/renderer/src/data/merge-entries';
import { applyIncidentAction } from '../../../src/renderer/src/data/incident-repository';
import { changeChecklist, ensureIncidentChecklist } from '../../../src/renderer/src/cockpit-data/checklist-writes';
import { allTimeline } from '../../../src/renderer/src/data/timeline-queries';
import type { ReadWindow, TimelineData } from '../../../src/renderer/src/main-window/incident/read-timeline';
import { timelineStore } from '../../../src/renderer/src/main-window/incident/timeline-store';
import { tickItem } from '../../../src/shared/checklist/incident-checklist';
import { leadDutyIds } from '../../../src/shared/handbook/lead-duties';
import type { SitrepDatabase } from '../../../src/renderer/src/data/db';
import type { Incident } from '../../../src/shared/domain/incident';
import { closeAll, declared, freshDatabase, secondWindow } from '../data/data-test-helpers';

/*
 * The timeline learns of entries only through its live query (readTimeline, as the store the view reads),
 * run by Dexie in the window that shows it. Here that window is a second connection to the log; every change is made in the first, the way
 * another Sitrep window makes it, and what the second shows must then equal a full read of the log.
 */

afterEach(closeAll);

const HOUR = 3_600_000;
const started = Date.now() - 10 * HOUR;

/** Rows already in the log from long ago (a restore, an import): nothing about them is recent. */
async function oldRows(db: SitrepDatabase, incident: Incident, n: number): Promise<void> {
  await db.entries.bulkAdd(
    Array.from({ length: n }, (_, i) => ({
      id: `old-${String(i).padStart(4, '0')}`,
      incidentId: incident.id,
      kind: 'note' as const,
      text: `Old observation ${i}`,
      occurredAt: started + i * 60_000,
      capturedAt: started + i * 60_000,
      editedAt: null,
      originalOccurredAt: null,
      author: 'Dana',
      source: 'import' as const,
      deletedAt: null,
      milestone: null,
    })),
  );
}

/**
 * Whether `shown` is what a window showing `readWindow` must paint, judged against a full read of the log:
 * the exact count, and rows that are exactly the log's rows at their offset (at the end: the latest rows,
 * at least a screenful of them, through the last one; scrolled back: the page asked for).
 */
async function matchesLog(db: SitrepDatabase, incidentId: string, readWindow: ReadWindow, shown: TimelineData | undefined): Promise<boolean> {
  if (!shown) return false;
  const all = await allTimeline(db, incidentId);
  if (shown.count !== all.length) return false;
  const expected =
    readWindow.mode === 'end'
      ? shown.offset + shown.rows.length === all.length && shown.rows.length >= Math.min(all.length, 50)
        ? all.slice(shown.offset)
        : null
      : all.slice(readWindow.offset, readWindow.offset + readWindow.limit);
  return expected !== null && JSON.stringify(shown.rows) === JSON.stringify(expected);
}

/** The other window's timeline: every answer of its live query, and a wait for one that equals the log. */
function otherWindow(db: SitrepDatabase, incidentId: string, readWindow: ReadWindow) {
  const window = secondWindow(db);
  let latest: TimelineData | undefined;
  const seen: TimelineData[] = [];
  let wake = () => undefined as void;
  const store = timelineStore(window, incidentId, readWindow, undefined);
  const unsubscribe = store.subscribe(() => {
    latest = store.get();
    if (latest) seen.push(latest);
    wake();
  });
  return {
    seen,
    /** Resolves once the window shows exactly what the log holds now; the test times out if it never does. */
    async showsTheLog(): Promise<TimelineData> {
      while (!(await matchesLog(db, incidentId, readWindow, latest))) await new Promise<void>((resolve) => (wake = resolve));
      return latest!;
    },
    stop: unsubscribe,
  };
}

const note = (incidentId: string, text: string, occurredAt?: number) =>
  ({ incidentId, kind: 'note', text, author: 'Dana', source: 'composer', ...(occurredAt !== undefined ? { occurredAt } : {}) }) as const;

describe('the timeline in another window', () => {
  it('opens with the latest rows before the count, then places them at their real positions', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await oldRows(db, incident, 400);
    const other = otherWindow(db, incident.id, { mode: 'end' });
    const counted = await other.showsTheLog();
    expect(counted.count).toBe(401);
    expect(counted.counting).toBeUndefined();
    // The first answer already held the latest rows, only their place was not known yet.
    const first = other.seen[0]!;
    expect(first.counting).toBeDefined();
    expect(first.count).toBe(first.rows.length);
    expect(first.rows.at(-1)?.id).toBe(counted.rows.at(-1)?.id);
    other.stop();
  });

  it('shows new entries, backfills older than its rows, edits, deletions and restores', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await oldRows(db, incident, 180);
    const other = otherWindow(db, incident.id, { mode: 'end' });
    expect((await other.showsTheLog()).count).toBe(181);

    const latest = await addEntry(db, note(incident.id, 'Rolled back deploy 4711'));
    expect((await other.showsTheLog()).rows.at(-1)?.id).toBe(latest.id);

    // Backfilled to a time long before the latest 100 rows: not among the rows, but counted, so every row
    // below it moves down one place and the last row is still the latest entry.
    await addEntry(db, note(incident.id, 'Pager went off (written down late)', started + 30 * 60_000 + 1));
    const afterBackfill = await other.showsTheLog();
    expect(afterBackfill.count).toBe(183);
    expect(afterBackfill.rows.some((row) => row.text.startsWith('Pager went off'))).toBe(false);

    await editEntry(db, latest.id, { text: 'Rolled back deploy 4711 on all hosts' });
    expect((await other.showsTheLog()).rows.at(-1)?.text).toBe('Rolled back deploy 4711 on all hosts');
    await deleteEntry(db, latest.id);
    expect((await other.showsTheLog()).rows.at(-1)?.deletedAt).not.toBeNull();
    await restoreEntry(db, latest.id);
    expect((await other.showsTheLog()).rows.at(-1)?.deletedAt).toBeNull();

    // A time edit that moves a row to before the latest rows takes it out of them; the count stays.
    await editEntry(db, latest.id, { occurredAt: started + 5 * 60_000 + 1 });
    const moved = await other.showsTheLog();
    expect(moved.count).toBe(183);
    expect(moved.rows.some((row) => row.id === latest.id)).toBe(false);
    other.stop();
  });

  it('shows a scrolled-back page shifting when an entry is backfilled above it', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await oldRows(db, incident, 300);
    const page = otherWindow(db, incident.id, { mode: 'range', offset: 100, limit: 50 });
    const before = await page.showsTheLog();
    await addEntry(db, note(incident.id, 'First alert, found in the pager history', started - 60_000));
    const after = await page.showsTheLog();
    // Rows 100..149 are now what were rows 99..148: the page moved down by the one row above it.
    expect(after.count).toBe(before.count + 1);
    expect(after.rows[1]?.id).toBe(before.rows[0]?.id);
    page.stop();
  });

  it('shows what the checklist and lifecycle record, and never an entry whose transaction was rolled back', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    const other = otherWindow(db, incident.id, { mode: 'end' });
    await other.showsTheLog();

    const ticked = await changeChecklist(db, incident.id, 'Dana', (c, ctx) => tickItem(c, leadDutyIds.statusPage, ctx));
    expect(ticked.ok).toBe(true);
    expect((await other.showsTheLog()).rows.at(-1)?.text).toBe('Checklist: done: Update the public status page');
    const acted = await applyIncidentAction(db, incident.id, { type: 'change-severity', severity: 'critical' }, 'Dana');
    expect(acted.ok).toBe(true);
    expect((await other.showsTheLog()).rows.at(-1)?.kind).toBe('severity-change');

    await expect(
      db.transaction('rw', db.incidents, db.entries, db.incidentChecklists, async () => {
        await addEntry(db, { incidentId: incident.id, kind: 'checklist', text: 'Never committed', author: 'Dana', source: 'checklist' });
        throw new Error('the checklist row could not be written');
      }),
    ).rejects.toThrow('could not be written');
    await addEntry(db, note(incident.id, 'Committed later'));
    await other.showsTheLog();
    expect(other.seen.some((shown) => shown.rows.some((row) => row.text === 'Never committed'))).toBe(false);
    other.stop();
  });

  it('keeps its count exact through a burst of entries to other incidents', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const busy = await declared(db, 'Another incident', 'minor');
    await oldRows(db, incident, 120);
    const other = otherWindow(db, incident.id, { mode: 'end' });
    await other.showsTheLog();
    // More rows than a run reads before it moves its mark: the count must survive the move.
    await addEntries(db, Array.from({ length: 450 }, (_, i) => note(busy.id, `Imported line ${i}`)));
    await addEntry(db, note(incident.id, 'Still counted'));
    expect((await other.showsTheLog()).count).toBe(122);
    await addEntry(db, note(incident.id, 'And this one', started + 1));
    expect((await other.showsTheLog()).count).toBe(123);
    other.stop();
  });
});

describe('entries made elsewhere, in another window', () => {
  /** A chat message or another responder's note: its own id, author and times, all long ago. */
  const madeElsewhere = (incident: Incident, i: number) => ({
    id: `slack-${String(i).padStart(6, '0')}`,
    incidentId: incident.id,
    kind: 'note' as const,
    text: `From the channel ${i}`,
    occurredAt: started + 3 * 60_000 + i,
    capturedAt: started + 3 * 60_000 + i,
    editedAt: null,
    originalOccurredAt: null,
    author: 'Sam',
    source: 'import' as const,
    deletedAt: null,
    milestone: null,
  });

  it('counts imported and synced rows whose times are hours old, and does not count them twice when they change', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await oldRows(db, incident, 150);
    const other = otherWindow(db, incident.id, { mode: 'end' });
    expect((await other.showsTheLog()).count).toBe(151);

    const batch = Array.from({ length: 40 }, (_, i) => madeElsewhere(incident, i));
    await mergeEntries(db, batch);
    expect((await other.showsTheLog()).count).toBe(191);
    // The same message edited on the other side arrives again: replaced, not added.
    await mergeEntries(db, [{ ...batch[0]!, text: 'From the channel, edited', editedAt: Date.now() }]);
    await addEntry(db, note(incident.id, 'Typed here after the import'));
    const after = await other.showsTheLog();
    expect(after.count).toBe(192);
    expect(after.rows.at(-1)?.text).toBe('Typed here after the import');
    other.stop();
  });

  it('counts the rows a restored backup brings back', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await oldRows(db, incident, 120);
    const other = otherWindow(db, incident.id, { mode: 'end' });
    await other.showsTheLog();
    const restored = Array.from({ length: 30 }, (_, i) => madeElsewhere(incident, 1000 + i));
    await db.transaction('rw', db.incidents, db.entries, db.attachments, () => mergeEntries(db, restored));
    expect((await other.showsTheLog()).count).toBe(151);
    other.stop();
  });
});
