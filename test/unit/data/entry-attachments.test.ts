import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SitrepDatabase } from '../../../src/renderer/src/data/db';
import { declareIncident } from '../../../src/renderer/src/data/incident-repository';
import { updateSettings } from '../../../src/renderer/src/data/settings-repository';
import { TimelineEntrySchema } from '../../../src/shared/domain/timeline-entry';
import { addEntry } from '../../../src/renderer/src/data/entry-repository';
import { readUserName } from '../../../src/renderer/src/data/user-name';

let db: SitrepDatabase;
let incidentId: string;

beforeEach(async () => {
  db = openDatabase(`entry-attachments-${Math.random()}`);
  const declared = await declareIncident(db, { title: 'Queue backlog', severity: 'minor' }, 'Dana');
  if (!declared.ok) throw new Error(declared.reason);
  incidentId = declared.incident.id;
});
afterEach(() => db.delete());

const note = (overrides: Partial<Parameters<typeof addEntry>[1]> = {}) => ({
  incidentId,
  kind: 'note' as const,
  text: 'Workers restarted',
  author: 'Dana',
  source: 'quick-note' as const,
  occurredAt: Date.now() - 120_000,
  ...overrides,
});

describe('the one write path, as the quick note uses it', () => {
  it('stores a row the data layer would accept, with the keypress time and the save time apart', async () => {
    const input = note();
    const saved = await addEntry(db, input);
    const stored = await db.entries.get(saved.id);
    expect(stored).toEqual(saved);
    expect(TimelineEntrySchema.safeParse(stored).success).toBe(true);
    expect(stored?.occurredAt).toBe(input.occurredAt);
    expect(stored!.capturedAt - input.occurredAt).toBeGreaterThanOrEqual(120_000);
  });

  it('stores pasted images as Blobs linked to the entry, in the same transaction', async () => {
    const blob = new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], { type: 'image/png' });
    const saved = await addEntry(db, note(), { attachments: [{ blob, name: 'graph.png' }] });
    const rows = await db.attachments.where('entryId').equals(saved.id).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ incidentId, name: 'graph.png', mimeType: 'image/png' });
    expect(rows[0]?.blob.size).toBe(7);
  });

  it('refuses, writing nothing, when the incident is gone, the author unknown or the text empty', async () => {
    await expect(addEntry(db, note({ incidentId: 'missing' }), { attachments: [{ blob: new Blob(['x']), name: 'a.png' }] })).rejects.toThrowMessage(/no longer in the log/);
    await expect(addEntry(db, note({ author: ' ' }))).rejects.toThrowMessage(/Set your name/);
    await expect(addEntry(db, note({ text: '  ' }))).rejects.toThrowMessage(/Type the note first/);
    expect(await db.attachments.count()).toBe(0);
    expect((await db.entries.toArray()).filter((e) => e.source === 'quick-note')).toEqual([]);
  });

  it("reads the user's name the main window stored, or null before the first run", async () => {
    expect(await readUserName(db)).toBeNull();
    await updateSettings(db, { userName: 'Dana Scully' });
    expect(await readUserName(db)).toBe('Dana Scully');
  });
});
