import { Dexie, type ObservabilitySet } from 'dexie';
import type { SitrepApi } from '../../../shared/contract/ipc-contract';
import type { SafetyCopyRows } from '../../../shared/contract/safety-copy-channels';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from '../data/db';
import { entriesChangedSince, STAMP_TO_COMMIT_MS } from '../data/shared-changes';
import { entryChanges } from '../data/mutated-rows';
import { asLogged } from '../data/stored-entry';
import { noSafetyCopyRows } from '../../../shared/contract/bridge-constants';
import { packBatches, type RowOf } from './safety-copy-batches';
import { useSafetyCopyState } from './safety-copy-state';

/*
 * The main window's half of the safety copy (main keeps the file, src/main/safety-copy). Whatever window wrote to
 * the log, Dexie tells this one, and at most every `intervalMs` the rows that changed go to main: entries
 * that arrived or changed since the mark (shared-changes.ts, indexed), and the few incidents, checklists,
 * templates and settings whole when they differ from what was last sent. The first pass after start asks main
 * for its mark; an empty copy gets the whole log, in pages.
 *
 * Never on the path a note waits for: the note's transaction has committed before Dexie reports it, and the
 * reading and sending happen on a timer after it. A send that fails is tried again with the next change; the
 * failure shows in Settings, nowhere else.
 */

type SmallTable = Exclude<keyof SafetyCopyRows, 'entries'>;
const smallTables: { table: SmallTable; key: (row: never) => string }[] = [
  { table: 'incidents', key: (row: RowOf<'incidents'>) => row.id },
  { table: 'incidentChecklists', key: (row: RowOf<'incidentChecklists'>) => row.incidentId },
  { table: 'checklistTemplates', key: (row: RowOf<'checklistTemplates'>) => row.severity },
  { table: 'settings', key: (row: RowOf<'settings'>) => row.key },
];

/**
 * Rows read per page when the whole log goes to an empty copy (the first start with a safety copy), with a pause
 * of `intervalMs` between pages: a 600,000-entry log sent in one go kept the window and main busy for a minute.
 */
const FULL_PAGE = 2_000;

const failure = (error: unknown): string =>
  `The safety copy could not be handed to Sitrep's main process (${error instanceof Error ? error.message : String(error)}). Sitrep tries again with the next change.`;

export function startSafetyCopyWriter(db: SitrepDatabase, bridge: SitrepApi, options: { intervalMs?: number } = {}): () => void {
  const intervalMs = options.intervalMs ?? 2_000;
  /** Entries stored or changed at or after it are sent; undefined until main said where its copy stands. */
  let mark: number | null | undefined;
  /** What was last sent of each small row, by table and key. */
  const sent = new Map<string, string>();
  /** Entries Dexie reported written since the last pass read them. */
  const touched = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let pending = false;
  let lastRunAt = 0;
  let stopped = false;
  const report = useSafetyCopyState.getState().report;

  async function smallChanges(): Promise<{ rows: SafetyCopyRows; remember: () => void }> {
    const tables = await db.transaction('r', [db.incidents, db.incidentChecklists, db.checklistTemplates, db.settings], () =>
      Promise.all(smallTables.map(({ table }) => (db[table] as { toArray(): Promise<unknown[]> }).toArray())),
    );
    const rows = noSafetyCopyRows();
    const seen: [string, string][] = [];
    smallTables.forEach(({ table, key }, i) => {
      for (const row of tables[i] as never[]) {
        const id = `${table}\u0000${key(row)}`;
        const json = JSON.stringify(row);
        if (sent.get(id) === json) continue;
        (rows[table] as unknown[]).push(row);
        seen.push([id, json]);
      }
    });
    return { rows, remember: () => seen.forEach(([id, json]) => sent.set(id, json)) };
  }

  /** Sends rows in batches; the last carries `nextMark`. False when main refused one (its status says why). */
  async function send(rows: SafetyCopyRows, nextMark: number | null): Promise<boolean> {
    const batches = packBatches(rows);
    for (const [i, batch] of batches.entries()) {
      batch.mark = i === batches.length - 1 ? nextMark : null;
      const result = await bridge.writeSafetyCopy(batch);
      report(result.status, result.ok ? null : result.message);
      if (!result.ok) return false;
    }
    return true;
  }

  async function pass(): Promise<void> {
    if (mark === undefined) {
      const status = await bridge.getSafetyCopyStatus();
      // No main process behind the bridge (the renderer in a plain browser): nothing keeps a copy.
      if (!status) return void (stopped = true);
      report(status, status.problem);
      mark = status.mark;
    }
    const startedAt = Date.now();
    const nextMark = startedAt - STAMP_TO_COMMIT_MS;
    const small = await smallChanges();
    if (mark === null) {
      // An empty copy: the whole log, a page of entries at a time, the small tables with the first page.
      let rows = small.rows;
      let after: string | undefined;
      for (;;) {
        const page: TimelineEntry[] = await (after === undefined ? db.entries.toCollection() : db.entries.where(':id').above(after)).limit(FULL_PAGE).toArray();
        const last = page.length < FULL_PAGE;
        rows = { ...rows, entries: page.map(asLogged) };
        if (!(await send(rows, last ? nextMark : null))) return;
        if (last) break;
        after = page.at(-1)!.id;
        rows = noSafetyCopyRows();
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
        if (stopped) return;
      }
    } else {
      // The stamps find what arrived or changed since the mark; the ids Dexie reported find the rest (a teammate's
      // edit or a restored row keeps the time it was made, which can be older than the mark).
      const ids = [...touched];
      touched.clear();
      let kept = false;
      try {
        const [stamped, reported] = await Promise.all([entriesChangedSince(db, mark), ids.length > 0 ? db.entries.bulkGet(ids) : []]);
        const byId = new Map<string, TimelineEntry>();
        for (const entry of [...stamped, ...reported]) if (entry) byId.set(entry.id, asLogged(entry));
        const rows = { ...small.rows, entries: [...byId.values()] };
        kept = !Object.values(rows).some((list) => list.length > 0) || (await send(rows, nextMark));
      } finally {
        // Not kept (refused, or failed on the way): the next pass reads these again.
        if (!kept) for (const id of ids) touched.add(id);
      }
      if (!kept) return;
    }
    small.remember();
    mark = nextMark;
  }

  function schedule(): void {
    pending = true;
    if (running || timer !== undefined || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, Math.max(0, lastRunAt + intervalMs - Date.now()));
  }

  async function run(): Promise<void> {
    if (stopped) return;
    running = true;
    pending = false;
    lastRunAt = Date.now();
    try {
      await pass();
    } catch (error) {
      report(null, failure(error));
    } finally {
      running = false;
      if (pending) schedule();
    }
  }

  // What wakes it: Dexie's storagemutated event (what live queries are built on; entry-search.ts listens to it too),
  // for a write to a table the copy keeps, from this window or another. It costs no read per note: a live query
  // here re-ran its counts after every write, and a burst of 1,000 notes paid for 1,000 of them.
  const watched = (['incidents', 'entries', 'incidentChecklists', 'checklistTemplates', 'settings'] as const).map((table) => `idb://${db.name}/${table}/`);
  const onMutated = (parts: ObservabilitySet): void => {
    const { entries } = entryChanges(parts, db.name);
    if (entries && entries !== 'everything') for (const id of entries.keys) touched.add(id);
    if ('all' in parts || Object.keys(parts).some((part) => watched.some((table) => part.startsWith(table)))) schedule();
  };
  Dexie.on('storagemutated', onMutated);
  schedule(); // the first pass: main's mark, and whatever changed since

  return () => {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(onMutated);
    if (timer !== undefined) clearTimeout(timer);
  };
}
