import * as Y from 'yjs';
import { IncidentSchema, type Incident } from '../domain/incident';
import { TimelineEntrySchema, type TimelineEntry } from '../domain/timeline-entry';
import { supersedes } from '../domain/entry-versions';

/*
 * One Y.Doc per shared incident. It holds two things:
 * - `entries`: a grow-only map from entry id (ULIDs, unique across machines) to the whole entry. A change
 *   (edit, new time, deletion as a tombstone, restore) replaces the value only with a copy that wins
 *   (entry-versions.ts). Two machines writing one key at once are settled by Yjs; whichever copy it keeps,
 *   the machine holding the winning copy writes it again (see reconcile.ts), so the last writer wins.
 * - `base`: the incident as it was when it was first shared, with the lifecycle entries already folded into
 *   it. Its state from then on is never written here: each machine replays the lifecycle entries on it.
 */

const ENTRIES = 'entries';
const BASE = 'base';

export interface SharedBase {
  incident: Incident;
  /** Ids of lifecycle entries whose action is already part of `incident`. */
  applied: string[];
}

export const entriesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ENTRIES);

/** Every entry in the doc that is well formed; a malformed value (a compromised client) is left out. */
export function readEntries(doc: Y.Doc): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  entriesOf(doc).forEach((value, key) => {
    const parsed = TimelineEntrySchema.safeParse(value);
    if (parsed.success && parsed.data.id === key) out.push(parsed.data);
  });
  return out;
}

/** The doc's copy of one entry, if it has a well-formed one. */
export function readEntry(doc: Y.Doc, id: string): TimelineEntry | null {
  const parsed = TimelineEntrySchema.safeParse(entriesOf(doc).get(id));
  return parsed.success && parsed.data.id === id ? parsed.data : null;
}

/**
 * Writes the entries that win over the doc's copies (new ones, later changes), in one Yjs transaction so
 * they travel as one update. Returns how many were written.
 */
export function writeEntries(doc: Y.Doc, entries: readonly TimelineEntry[], origin: unknown = null): number {
  let written = 0;
  doc.transact(() => {
    const map = entriesOf(doc);
    for (const entry of entries) {
      const current = readEntry(doc, entry.id);
      if (current && !supersedes(entry, current)) continue;
      map.set(entry.id, entry);
      written += 1;
    }
  }, origin);
  return written;
}

export function readBase(doc: Y.Doc): SharedBase | null {
  const base = doc.getMap(BASE);
  const incident = IncidentSchema.safeParse(base.get('incident'));
  const applied = base.get('applied');
  if (!incident.success || !Array.isArray(applied)) return null;
  return { incident: incident.data, applied: applied.filter((id): id is string => typeof id === 'string') };
}

/**
 * Starts sharing an incident: its base (unless the doc already has one, from whoever shared it first) and
 * its entries.
 */
export function shareIncident(doc: Y.Doc, base: SharedBase, entries: readonly TimelineEntry[], origin: unknown = null): void {
  doc.transact(() => {
    const map = doc.getMap(BASE);
    if (!readBase(doc)) {
      map.set('incident', base.incident);
      map.set('applied', base.applied);
    }
    writeEntries(doc, entries, origin);
  }, origin);
}

/** The base for an incident shared now: its current state, which already includes every action in its log. */
export function baseFor(incident: Incident, entries: readonly TimelineEntry[]): SharedBase {
  return { incident, applied: entries.filter((e) => e.lifecycle !== undefined).map((e) => e.id) };
}
