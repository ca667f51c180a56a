import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { writeFileAtomically } from '../json-file';
import { cutTornTail, encodeRecord, loadRecordFile, rewriteAsOneRecord } from '../record-file';

/*
 * Each shared incident's Yjs document kept on disk between runs, so a restart resumes where it stopped: the
 * provider sends the server its state vector and gets only what is new, and the main window's hand-over at
 * start finds every entry already in the doc, so nothing is sent again. Without it, main rebuilt each doc from
 * the log: every entry travelled again, both ways, and each rewrite added new items to the server's copy.
 *
 * y-indexeddb and y-dexie keep a doc in IndexedDB, which pages have and main (Node, where the one connection
 * lives) has not; y-leveldb would put a native module into the desktop app. So: one append-only record file per
 * doc (record-file.ts), a record per Yjs update. Loading cuts a torn last record off, so every record before it
 * counts. Compaction replaces the file with the whole doc as one record (Y.encodeStateAsUpdate), so a crash
 * leaves the old file or the new one.
 *
 * Appends are not flushed one by one: losing the last updates loses nothing acknowledged. Dexie is the store;
 * at start the main window hands main every entry of the shared incidents again (what the doc lacks is written
 * again) and the server sends what it has that the doc lacks.
 *
 * Beside each file, the state the server last confirmed (a Yjs state vector), so a Sitrep restarted offline can
 * still say how many changes wait to be sent: the entries the doc changed since. A stale one only overstates
 * that count until the next confirmation.
 */

/** Origin of the transaction that loads a saved doc, so it is not appended again. */
export const STORED = Symbol('sitrep-stored');

export interface DocStoreOptions {
  /** Compact once the records appended since the last compaction weigh this much and more than the doc itself. */
  compactAfterBytes?: number;
}

export interface LoadedDoc {
  /** Records read (a torn tail not counted). */
  records: number;
  /** Bytes cut off the end: a torn last record. */
  tornBytes: number;
  /** Keys of the doc's root map `map` changed since the server last confirmed the doc (all, if it never did). */
  unconfirmed: (map: string) => string[];
}

/** The keys of the doc's root map `map` whose current value was written after the state `stateVector`. */
function keysWrittenSince(doc: Y.Doc, map: string, stateVector: Map<number, number>): string[] {
  const keys: string[] = [];
  // A map's current item per key (Yjs's own index): written later than the state when its clock is past it.
  doc.getMap(map)._map.forEach((item, key) => {
    if (item.id.clock >= (stateVector.get(item.id.client) ?? 0)) keys.push(key);
  });
  return keys;
}

/** A file name for a document name ("team/incident"), safe on every file system. */
const fileName = (name: string): string => `${encodeURIComponent(name).replace(/%/g, '~')}.yupdates`;

export function createDocStore(directory: string, options: DocStoreOptions = {}) {
  const compactAfter = options.compactAfterBytes ?? 1 << 20;
  const open = new Map<string, { fd: number; doc: Y.Doc; appended: number; compacted: number; listener: (update: Uint8Array, origin: unknown) => void }>();

  const compact = (path: string, doc: Y.Doc): number => rewriteAsOneRecord(path, Y.encodeStateAsUpdate(doc));

  return {
    /**
     * Loads what was saved of the document `name` into `doc` (before it is connected, so the provider starts
     * from it) and from then on keeps every update of `doc`, local or from the server.
     */
    attach(name: string, doc: Y.Doc): LoadedDoc {
      if (open.has(name)) throw new Error(`The sync document ${name} is already open.`);
      mkdirSync(directory, { recursive: true });
      const path = join(directory, fileName(name));
      const loaded = loadRecordFile(path);
      const updates = loaded.records;
      let confirmed: Uint8Array = new Uint8Array([0]); // an empty state vector
      try {
        confirmed = readFileSync(`${path}.confirmed`);
      } catch {
        // Never confirmed: everything counts as unsent.
      }
      if (updates.length > 0) doc.transact(() => Y.applyUpdate(doc, Y.mergeUpdates(updates)), STORED);
      const { tornBytes } = loaded;
      // A file of many records is folded into one now (cheaper to load next time); a torn tail is cut off.
      let size = loaded.goodBytes;
      if (updates.length > 1) size = compact(path, doc);
      else cutTornTail(path, loaded);
      const fd = openSync(path, 'a');
      const state = { fd, doc, appended: 0, compacted: size, listener: (_u: Uint8Array, _o: unknown) => undefined as void };
      state.listener = (update, origin) => {
        if (origin === STORED) return;
        try {
          const bytesOut = encodeRecord(update);
          writeSync(state.fd, bytesOut);
          state.appended += bytesOut.length;
          if (state.appended >= compactAfter && state.appended > state.compacted) {
            closeSync(state.fd);
            state.compacted = compact(path, doc);
            state.appended = 0;
            state.fd = openSync(path, 'a');
          }
        } catch (error) {
          // A full or failing disk stops the saving of this doc, not the sync: the log fills the gap next start.
          console.error(`Sitrep stopped keeping the sync document ${name} on disk:`, error);
          doc.off('update', state.listener);
          open.delete(name);
          try {
            closeSync(state.fd);
          } catch {
            // Already closed by the compaction that failed.
          }
        }
      };
      doc.on('update', state.listener);
      open.set(name, state);
      return {
        records: updates.length,
        tornBytes,
        unconfirmed: (map) => {
          let stateVector = new Map<number, number>();
          try {
            stateVector = Y.decodeStateVector(confirmed);
          } catch {
            // An unreadable state vector: everything counts as unsent.
          }
          return keysWrittenSince(doc, map, stateVector);
        },
      };
    },

    /** The server has all of `name` up to `stateVector` (written through a rename: a crash keeps the previous one). */
    confirm(name: string, stateVector: Uint8Array): void {
      if (open.has(name)) writeFileAtomically(`${join(directory, fileName(name))}.confirmed`, stateVector);
    },

    /** Stops keeping `name` (its file stays for the next run). */
    detach(name: string): void {
      const state = open.get(name);
      if (!state) return;
      state.doc.off('update', state.listener);
      closeSync(state.fd);
      open.delete(name);
    },

    close(): void {
      for (const name of [...open.keys()]) this.detach(name);
    },
  };
}
export type DocStore = ReturnType<typeof createDocStore>;
