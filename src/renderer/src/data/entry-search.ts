import Dexie, { type ObservabilitySet } from 'dexie';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';
import { entryChanges } from './mutated-rows';
import { SearchIndex } from './search-index';

export interface SearchHit {
  entry: TimelineEntry;
  incidentTitle: string;
}

export interface EntrySearch {
  search(query: string, limit?: number): Promise<SearchHit[]>;
  dispose(): void;
}

export const DEFAULT_SEARCH_LIMIT = 50;
/** Rows per read while building: small reads keep the window responsive while 100,000 entries load. */
const BUILD_CHUNK = 5_000;
/** Quiet time after the last change before the index is repacked, off the typing path. */
const REPACK_DELAY_MS = 2_000;

async function readAllInChunks(db: SitrepDatabase, chunkSize: number): Promise<TimelineEntry[]> {
  const all: TimelineEntry[] = [];
  let last: string | null = null;
  for (;;) {
    const chunk: TimelineEntry[] = await (last === null ? db.entries.orderBy(':id') : db.entries.where(':id').above(last))
      .limit(chunkSize)
      .toArray();
    all.push(...chunk);
    if (chunk.length < chunkSize) return all;
    last = chunk[chunk.length - 1]!.id;
  }
}

/**
 * Search across every incident's entries. The index is built once from IndexedDB, then kept fresh from
 * Dexie's storagemutated event, which fires for writes in this window and (through a BroadcastChannel)
 * in every other Sitrep window: only the entries a write touched are re-read.
 */
export function createEntrySearch(db: SitrepDatabase, options: { buildChunk?: number } = {}): EntrySearch {
  const buildChunk = options.buildChunk ?? BUILD_CHUNK;
  const index = new SearchIndex();
  let titles = new Map<string, string>();
  let rebuild = true;
  let titlesStale = true;
  const pending = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let repackTimer: ReturnType<typeof setTimeout> | undefined;

  const scheduleRepack = (): void => {
    clearTimeout(repackTimer);
    repackTimer = setTimeout(() => {
      queue = queue.catch(() => undefined).then(() => index.repack());
    }, REPACK_DELAY_MS);
  };

  const onMutated = (parts: ObservabilitySet): void => {
    const { entries, incidents } = entryChanges(parts, db.name);
    if (incidents) titlesStale = true;
    if (entries === 'everything') rebuild = true;
    else if (entries) for (const key of entries.keys) pending.add(key);
  };
  Dexie.on('storagemutated', onMutated);

  async function catchUp(): Promise<void> {
    if (rebuild) {
      rebuild = false;
      pending.clear();
      try {
        index.replaceAll(await readAllInChunks(db, buildChunk));
      } catch (error) {
        rebuild = true;
        throw error;
      }
    } else if (pending.size > 0) {
      const ids = [...pending];
      pending.clear();
      try {
        const rows = await db.entries.bulkGet(ids);
        index.upsert(rows.filter((row): row is TimelineEntry => row !== undefined));
        index.remove(ids.filter((_, i) => rows[i] === undefined));
        scheduleRepack();
      } catch (error) {
        for (const id of ids) pending.add(id);
        throw error;
      }
    }
    if (titlesStale) {
      titlesStale = false;
      const incidents = await db.incidents.toArray();
      titles = new Map(incidents.map((incident) => [incident.id, incident.title]));
    }
  }

  const refresh = (): Promise<void> => {
    // One refresh at a time, in order: a search never sees a half-applied change.
    queue = queue.catch(() => undefined).then(catchUp);
    return queue;
  };
  // Start building at once, so the first search of the session does not pay for reading every entry.
  refresh().catch(() => undefined);

  return {
    async search(query, limit = DEFAULT_SEARCH_LIMIT) {
      await refresh();
      return index.search(query, limit).map((entry) => ({ entry, incidentTitle: titles.get(entry.incidentId) ?? '' }));
    },
    dispose() {
      clearTimeout(repackTimer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    },
  };
}
