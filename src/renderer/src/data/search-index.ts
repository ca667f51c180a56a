import type { TimelineEntry } from '../../../shared/domain/timeline-entry';

/**
 * Folds text for matching: lower case, accents removed (é → e, Ü → u), so "cafe" finds "Café" and
 * "MUNCHEN" finds "München". NFKD also unfolds ligatures and full-width letters.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

interface Indexed {
  entry: TimelineEntry;
  folded: string;
}

const newestFirst = (a: Indexed, b: Indexed): number =>
  b.entry.occurredAt - a.entry.occurredAt || (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : 0);

/**
 * Every entry's folded text in memory, newest first. IndexedDB cannot scan 100,000 rows within a
 * keystroke; a linear substring scan over folded strings in memory takes a few milliseconds.
 */
export class SearchIndex {
  private readonly byId = new Map<string, Indexed>();
  private ordered: Indexed[] = [];
  private orderStale = false;

  get size(): number {
    return this.byId.size;
  }

  replaceAll(entries: readonly TimelineEntry[]): void {
    this.byId.clear();
    for (const entry of entries) this.byId.set(entry.id, { entry, folded: foldForSearch(entry.text) });
    this.orderStale = true;
  }

  upsert(entries: readonly TimelineEntry[]): void {
    for (const entry of entries) {
      const existing = this.byId.get(entry.id);
      if (existing) {
        if (existing.entry.text !== entry.text) existing.folded = foldForSearch(entry.text);
        existing.entry = entry;
      } else {
        this.byId.set(entry.id, { entry, folded: foldForSearch(entry.text) });
      }
    }
    if (entries.length > 0) this.orderStale = true;
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) if (this.byId.delete(id)) this.orderStale = true;
  }

  /** Live (not deleted) entries whose text holds every word of the query, newest first, at most `limit`. */
  search(query: string, limit: number): TimelineEntry[] {
    const terms = foldForSearch(query).split(/\s+/u).filter(Boolean);
    if (terms.length === 0 || limit <= 0) return [];
    if (this.orderStale) {
      // Mostly sorted already after incremental changes, which the engine's merge sort handles in near-linear time.
      this.ordered = [...this.byId.values()].sort(newestFirst);
      this.orderStale = false;
    }
    const hits: TimelineEntry[] = [];
    for (const item of this.ordered) {
      if (item.entry.deletedAt !== null) continue;
      if (terms.every((term) => item.folded.includes(term))) {
        hits.push(item.entry);
        if (hits.length >= limit) break;
      }
    }
    return hits;
  }
}
