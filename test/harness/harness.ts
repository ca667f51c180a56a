// The real data layer on the app's origin (same IndexedDB as the app pages), driven by benchmarks and the
// durability tests through window.harness. Nothing here reimplements a repository: it only exposes them.
import { openDatabase, type SitrepDatabase } from '../../src/renderer/src/data/db';
import { addEntry, addEntries } from '../../src/renderer/src/data/entry-repository';
import { declareIncident, applyIncidentAction } from '../../src/renderer/src/data/incident-repository';
import { createEntrySearch } from '../../src/renderer/src/data/entry-search';
import { allTimeline, countTimeline } from '../../src/renderer/src/data/timeline-queries';
import { updateSettings } from '../../src/renderer/src/data/settings-repository';
import type { NewEntryInput } from '../../src/shared/domain/timeline-entry-factory';
import type { Severity } from '../../src/shared/domain/incident';
import type { LifecycleAction } from '../../src/shared/domain/incident-lifecycle';
import type { Incident } from '../../src/shared/domain/incident';
import { timelineSlice } from '../../src/renderer/src/data/timeline-queries';
import { saveQuickNote, type QuickNoteOutcome } from '../../src/renderer/src/quick-note/save-quick-note';
import { ensureIncidentChecklist, recordCommsCopy } from '../../src/renderer/src/cockpit-data/checklist-writes';
import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';
import { corpusEntries } from './bench-corpus';
import { actOutsideTransaction, damageOnOpen, everyNth, plantedFault } from './planted-faults';

let db: SitrepDatabase | undefined;
const database = (): SitrepDatabase => (db ??= openDatabase());

/** A plain IndexedDB store with the same durability, for the baseline of a durable append. */
function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('sitrep-bench-raw', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
let raw: Promise<IDBDatabase> | undefined;

// A planted fault (harness.html?plant=<name>) proves the durability checks can fail; normally null.
const plant = plantedFault();
const refuseNow = everyNth(4);
const skipQuickNote = everyNth(3);
const skipChecklistCopy = everyNth(3);
let readFailurePending = plant === 'verify-error';

const harness = {
  /** Skips the first-run question in the app pages of this profile. */
  async setUserName(name: string): Promise<void> {
    await updateSettings(database(), { userName: name });
  },
  async declare(title: string, severity: Severity, by: string): Promise<string> {
    const result = await declareIncident(database(), { title, severity }, by);
    if (!result.ok) throw new Error(result.reason);
    return result.incident.id;
  },
  async act(incidentId: string, action: LifecycleAction, by: string): Promise<{ ok: boolean; reason?: string }> {
    if (plant === 'refuse-actions' && refuseNow()) return { ok: false, reason: 'Planted refusal.' };
    const result =
      plant === 'read-outside-transaction'
        ? await actOutsideTransaction(database(), incidentId, action, by)
        : await applyIncidentAction(database(), incidentId, action, by);
    return result.ok ? { ok: true } : { ok: false, reason: result.reason };
  },
  /** Resolves after the transaction committed: the moment the app would acknowledge the note. */
  async append(input: NewEntryInput): Promise<string> {
    return (await addEntry(database(), input)).id;
  },
  /** As append, returning the whole entry as saved, so a check can compare every field afterwards. */
  async appendEntry(input: NewEntryInput): Promise<TimelineEntry> {
    return addEntry(database(), input);
  },
  async appendMany(inputs: NewEntryInput[]): Promise<number> {
    return (await addEntries(database(), inputs)).length;
  },
  /** Seeds many entries fast (one transaction per chunk), spread one second apart from `from`. */
  async seed(incidentId: string, count: number, from: number, author = 'Bench'): Promise<void> {
    const chunk = 5_000;
    for (let start = 0; start < count; start += chunk) {
      const inputs: NewEntryInput[] = [];
      for (let i = start; i < Math.min(count, start + chunk); i++) {
        inputs.push({ incidentId, kind: 'note', text: `Seeded observation ${i}: error rate ${i % 97}% on shard ${i % 13}`, author, source: 'import', occurredAt: from + i * 1_000 });
      }
      await addEntries(database(), inputs);
    }
  },
  /**
   * Grows one incident's log by `count` entries of the scale benchmark's corpus, continuing at `offset`,
   * through the app's own write path in large transactions (25,000 rows each) so a million rows take seconds.
   */
  async seedCorpus(incidentId: string, count: number, from: number, offset: number): Promise<void> {
    const chunk = 25_000;
    for (let start = 0; start < count; start += chunk) {
      const rows = corpusEntries({ count: Math.min(chunk, count - start), incidentIds: [incidentId], from, offset: offset + start });
      await addEntries(database(), rows.map(({ incidentId, kind, text, author, source, occurredAt }) => ({ incidentId, kind, text, author, source, occurredAt })));
    }
  },
  /** A bare IndexedDB put with the given durability: the baseline for appends, and the contrast for flush counts. */
  async rawPut(record: Record<string, unknown>, durability: IDBTransactionDurability = 'strict'): Promise<void> {
    const store = await (raw ??= openRaw());
    await new Promise<void>((resolve, reject) => {
      const tx = store.transaction('entries', 'readwrite', { durability });
      tx.objectStore('entries').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  },
  async timelineTexts(incidentId: string): Promise<{ id: string; text: string }[]> {
    return (await allTimeline(database(), incidentId)).map(({ id, text }) => ({ id, text }));
  },
  async timelineCount(incidentId: string): Promise<number> {
    return countTimeline(database(), incidentId);
  },
  /** The whole timeline in display order, with what the order and the writer checks need. */
  async timelineRows(incidentId: string): Promise<{ id: string; text: string; occurredAt: number; source: string }[]> {
    return (await allTimeline(database(), incidentId)).map(({ id, text, occurredAt, source }) => ({ id, text, occurredAt, source }));
  },
  /** Every stored entry of these incidents, all fields, in timeline order. */
  async timelineEntries(incidentIds: string[]): Promise<TimelineEntry[]> {
    if (readFailurePending) {
      readFailurePending = false;
      throw new Error('Planted read failure.');
    }
    return (await Promise.all(incidentIds.map((id) => allTimeline(database(), id)))).flat();
  },
  async incident(incidentId: string): Promise<Incident | undefined> {
    const incident = await database().incidents.get(incidentId);
    if (plant === 'break-invariants' && incident) return { ...incident, resolvedAt: incident.declaredAt };
    return incident;
  },
  /** The quick note window's own save path (slash commands included); pressedAt becomes occurredAt. */
  async quickNote(incidentId: string, text: string, author: string, pressedAt: number): Promise<QuickNoteOutcome> {
    if (plant === 'quick-note-unsaved' && !text.startsWith('/') && skipQuickNote()) return { ok: true, message: 'Saved' };
    return saveQuickNote(database(), { text, incidentId, severity: null, pressedAt, author, images: [] });
  },
  /** The checklist window's write path: records a copied comms draft on the timeline. */
  async checklistCopy(incidentId: string, text: string, author: string): Promise<void> {
    const incident = await database().incidents.get(incidentId);
    if (!incident) throw new Error(`No incident ${incidentId}`);
    if (plant === 'checklist-unsaved' && skipChecklistCopy()) return;
    await ensureIncidentChecklist(database(), incident);
    await recordCommsCopy(database(), incidentId, 'status-page', text, author);
  },
  /** Entry ids read page by page, as the timeline paints them (front pages forwards, back pages backwards). */
  async timelinePagedIds(incidentId: string, pageSize: number): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const rows = await timelineSlice(database(), incidentId, offset, pageSize);
      ids.push(...rows.map((row) => row.id));
      if (rows.length < pageSize) return ids;
    }
  },
  /** Runs each query once to warm the index, then times each; returns milliseconds per query. */
  async timeSearches(queries: string[]): Promise<number[]> {
    const search = createEntrySearch(database());
    await search.search(queries[0] ?? '');
    const times: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      await search.search(query);
      times.push(performance.now() - start);
    }
    search.dispose();
    return times;
  },
};

export type Harness = typeof harness;
// The harness is offered only once any planted damage is done, so a check never reads before it.
void damageOnOpen(database(), plant).then(() => {
  (window as unknown as { harness: Harness }).harness = harness;
  document.title = 'Sitrep data harness (ready)';
});
