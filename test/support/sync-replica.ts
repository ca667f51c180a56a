import * as Y from 'yjs';
import type { Incident } from '../../src/shared/domain/incident';
import { applyLifecycleAction, type LifecycleAction } from '../../src/shared/domain/incident-lifecycle';
import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';
import { supersedes } from '../../src/shared/domain/entry-versions';
import { readBase, readEntries, writeEntries } from '../../src/shared/sync/incident-doc';
import { deriveIncident, isDerivedEntry, type DerivedIncident } from '../../src/shared/sync/derive-incident';
import { reconcile } from '../../src/shared/sync/reconcile';

/**
 * One responder's machine as the sync layer sees it: a local store (Dexie in the app) and the incident's
 * Y.Doc, joined by the shared functions the app uses, the same way: a local write is committed to the store
 * first (that is when it is acknowledged) and then written to the doc; a remote change is reconciled.
 */
export class Replica {
  readonly doc = new Y.Doc();
  readonly store = new Map<string, TimelineEntry>();
  /** Every copy acknowledged here (committed to the store), for the "nothing acknowledged is lost" check. */
  readonly acknowledged: TimelineEntry[] = [];
  /** Set when the app died after a store commit and before the doc write; cleared by restart(). */
  private dead = false;

  constructor(readonly name: string) {}

  /** Commits to the store (acknowledged), then to the doc unless the app died in between. */
  commit(entries: readonly TimelineEntry[], options: { dieBeforeDoc?: boolean } = {}): void {
    for (const entry of entries) {
      this.store.set(entry.id, entry);
      this.acknowledged.push(entry);
    }
    if (options.dieBeforeDoc) this.dead = true;
    else if (!this.dead) writeEntries(this.doc, entries);
  }

  /** The app starting again (or a remote change arriving): store and doc each take what wins from the other. */
  reconcile(): void {
    this.dead = false;
    const { toDoc, toLocal } = reconcile(readEntries(this.doc), [...this.store.values()]);
    for (const entry of toLocal) {
      const here = this.store.get(entry.id);
      if (!here || supersedes(entry, here)) this.store.set(entry.id, entry);
    }
    if (toDoc.length > 0) writeEntries(this.doc, toDoc);
  }

  entries(): TimelineEntry[] {
    return [...this.store.values()].filter((e) => !isDerivedEntry(e)).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  derived(): DerivedIncident | null {
    const base = readBase(this.doc);
    return base ? deriveIncident(base, [...this.store.values()]) : null;
  }

  incident(): Incident | null {
    return this.derived()?.incident ?? null;
  }

  /** Applies an action the way the app does: the rules decide against the current state, then commit. */
  act(action: LifecycleAction, at: number, newId: () => string): boolean {
    const incident = this.incident();
    if (!incident) return false;
    const result = applyLifecycleAction(incident, action, { by: this.name, at, newId });
    if (!result.ok || result.entries.length === 0) return false;
    this.commit(result.entries);
    return true;
  }
}

/** Exchanges what each doc lacks, as a provider does on reconnect, then both reconcile. */
export function syncPair(a: Replica, b: Replica): void {
  const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
  const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc));
  Y.applyUpdate(b.doc, toB);
  Y.applyUpdate(a.doc, toA);
  a.reconcile();
  b.reconcile();
}
