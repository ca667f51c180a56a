import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { compareEntries } from '../../../shared/domain/timeline-entry-factory';

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

/** Newest first: the timeline order, reversed. */
const newer = (a: TimelineEntry, b: TimelineEntry): number => compareEntries(b, a);

function mergeSorted(a: Indexed[], b: Indexed[]): Indexed[] {
  if (b.length === 0) return a;
  const out: Indexed[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = newer(a[i]!.entry, b[j]!.entry) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Changes since the packed text was built; past this many, searching pays for repacking. */
const MAX_OVERLAY = 1_000;
const SEPARATOR = '\n';
/** A word with more occurrences than this is common: scanning by it finds matches quickly anyway. */
const RARE_WORD_CAP = 2_000;
/** Packed entries per block of the trigram filter. */
const BLOCK_ITEMS = 64;
/** Bits of each block's trigram filter (a power of two): about a fifth are set for 64 typical notes. */
const FILTER_BITS = 1 << 14;
const FILTER_WORDS = FILTER_BITS >>> 5;
const FILTER_SHIFT = 32 - 14;

/** Which of a block filter's bits stands for the three characters a, b, c. */
function trigramBit(a: number, b: number, c: number): number {
  // Integer-only mixing: this runs for every character of every note when the index is packed.
  return Math.imul(Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ c, 0x9e3779b1) >>> FILTER_SHIFT;
}

/** The filter bits every block holding `term` must have set (none for words shorter than three). */
function termBits(term: string): number[] {
  const bits = new Set<number>();
  for (let i = 0; i + 2 < term.length; i++) bits.add(trigramBit(term.charCodeAt(i), term.charCodeAt(i + 1), term.charCodeAt(i + 2)));
  return [...bits];
}

/**
 * Every entry's folded text in memory. IndexedDB cannot scan 100,000 rows within a keystroke, and even a
 * loop over 100,000 strings takes tens of milliseconds in a busy renderer; so the texts are packed, newest
 * first, into one string that the engine's native indexOf scans in a few milliseconds. Entries that change
 * afterwards go to a small overlay (their packed copy is skipped) until the next repack, so a new note is
 * searchable at once without rebuilding the packed text on every keystroke.
 */
export class SearchIndex {
  private readonly byId = new Map<string, Indexed>();
  private packed = '';
  private packedItems: Indexed[] = [];
  private starts = new Int32Array(0);
  /**
   * For each block of BLOCK_ITEMS packed entries, a bitset of the character trigrams in their texts. A word
   * of three characters or more can only be in blocks that have all its trigrams' bits, so a rare word (a
   * request id, a host) is found by visiting a few blocks instead of scanning a million notes' text.
   */
  private filters: Int32Array = new Int32Array(0);
  /** Ids changed (or removed) since packing: their packed text is stale. */
  private readonly overlay = new Set<string>();

  get size(): number {
    return this.byId.size;
  }

  /** How many changes wait for the next repack (for tests and diagnostics). */
  get pendingChanges(): number {
    return this.overlay.size;
  }

  replaceAll(entries: readonly TimelineEntry[]): void {
    this.byId.clear();
    for (const entry of entries) this.byId.set(entry.id, { entry, folded: foldForSearch(entry.text) });
    this.pack([...this.byId.values()].sort((a, b) => newer(a.entry, b.entry)));
  }

  upsert(entries: readonly TimelineEntry[]): void {
    for (const entry of entries) {
      const existing = this.byId.get(entry.id);
      const folded = existing && existing.entry.text === entry.text ? existing.folded : foldForSearch(entry.text);
      this.byId.set(entry.id, { entry, folded });
      this.overlay.add(entry.id);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) if (this.byId.delete(id)) this.overlay.add(id);
  }

  /**
   * Folds the overlay into the packed text. The packed items are already in order, so only the few changed
   * ones are sorted and merged in; the cost is one pass and one join (a few milliseconds at 100,000).
   */
  repack(): void {
    const changed = [...this.overlay]
      .map((id) => this.byId.get(id))
      .filter((item): item is Indexed => item !== undefined)
      .sort((a, b) => newer(a.entry, b.entry));
    const kept = this.overlay.size === 0 ? this.packedItems : this.packedItems.filter((item) => !this.overlay.has(item.entry.id));
    this.pack(mergeSorted(kept, changed));
  }

  private pack(items: Indexed[]): void {
    const starts = new Int32Array(items.length);
    let offset = 0;
    items.forEach((item, i) => {
      starts[i] = offset;
      offset += item.folded.length + SEPARATOR.length;
    });
    this.packed = items.map((item) => item.folded).join(SEPARATOR);
    // Point each item's folded text into the packed string: engines keep such substrings as views of the
    // parent, so the 100,000 separate copies can be collected (tens of megabytes on a large log).
    items.forEach((item, i) => {
      item.folded = this.packed.slice(starts[i]!, starts[i]! + item.folded.length);
    });
    this.packedItems = items;
    this.starts = starts;
    this.filters = this.buildFilters(items.length);
    this.overlay.clear();
  }

  private buildFilters(count: number): Int32Array {
    const filters = new Int32Array(Math.ceil(count / BLOCK_ITEMS) * FILTER_WORDS);
    const text = this.packed;
    for (let i = 0; i < count; i++) {
      const base = Math.floor(i / BLOCK_ITEMS) * FILTER_WORDS;
      const end = i + 1 < count ? this.starts[i + 1]! - SEPARATOR.length : text.length;
      let a = -1;
      let b = -1;
      for (let at = this.starts[i]!; at < end; at++) {
        const c = text.charCodeAt(at);
        if (a >= 0) {
          const bit = trigramBit(a, b, c);
          filters[base + (bit >>> 5)]! |= 1 << (bit & 31);
        }
        a = b;
        b = c;
      }
    }
    return filters;
  }

  /** Live (not deleted) entries whose text holds every word of the query, newest first, at most `limit`. */
  search(query: string, limit: number): TimelineEntry[] {
    // Words never contain the separator (it is whitespace), so a match can never span two entries.
    const terms = foldForSearch(query).split(/\s+/u).filter(Boolean);
    if (terms.length === 0 || limit <= 0) return [];
    if (this.overlay.size > MAX_OVERLAY) this.repack();
    const matches = (item: Indexed): boolean => item.entry.deletedAt === null && terms.every((term) => item.folded.includes(term));

    const fresh: TimelineEntry[] = [];
    for (const id of this.overlay) {
      const item = this.byId.get(id);
      if (item && matches(item)) fresh.push(item.entry);
    }
    const packedHits = this.scanPacked(terms, matches, limit);
    if (fresh.length === 0) return packedHits;
    return [...fresh, ...packedHits].sort(newer).slice(0, limit);
  }

  /**
   * Matches in the packed text, newest first. With several words, the rarest one leads: "observation 9999"
   * over notes that all say "observation" must visit the few places "9999" occurs, not every note.
   */
  private scanPacked(terms: string[], matches: (item: Indexed) => boolean, limit: number): TimelineEntry[] {
    const bits = [...new Set(terms.flatMap(termBits))];
    if (bits.length > 0) return this.scanBlocks(bits, matches, limit);
    const hits: TimelineEntry[] = [];
    const take = (at: number): number => {
      const i = this.itemAt(at);
      const item = this.packedItems[i]!;
      if (!this.overlay.has(item.entry.id) && matches(item)) hits.push(item.entry);
      return i + 1 < this.starts.length ? this.starts[i + 1]! : this.packed.length;
    };
    if (terms.length > 1) {
      // Find every occurrence of each word, giving up on a word once it is common; a word that finished
      // under the cap is rare, and its occurrences are all the candidates there are.
      let rarest: number[] | null = null;
      for (const term of [...terms].sort((a, b) => b.length - a.length)) {
        const found = this.occurrences(term, RARE_WORD_CAP);
        if (found && (!rarest || found.length < rarest.length)) rarest = found;
        if (rarest && rarest.length === 0) return hits;
      }
      if (rarest) {
        let next = 0;
        for (const at of rarest) {
          if (hits.length >= limit) break;
          if (at >= next) next = take(at);
        }
        return hits;
      }
    }
    const needle = terms.reduce((longest, term) => (term.length > longest.length ? term : longest));
    let from = 0;
    while (hits.length < limit) {
      const at = this.packed.indexOf(needle, from);
      if (at < 0) break;
      from = take(at);
    }
    return hits;
  }

  /** Matches among the blocks whose filters have every one of `bits`, newest first. */
  private scanBlocks(bits: number[], matches: (item: Indexed) => boolean, limit: number): TimelineEntry[] {
    const hits: TimelineEntry[] = [];
    const words = bits.map((bit) => bit >>> 5);
    const masks = bits.map((bit) => 1 << (bit & 31));
    const blocks = this.filters.length / FILTER_WORDS;
    for (let block = 0; block < blocks && hits.length < limit; block++) {
      const base = block * FILTER_WORDS;
      let possible = true;
      for (let k = 0; k < words.length && possible; k++) possible = (this.filters[base + words[k]!]! & masks[k]!) !== 0;
      if (!possible) continue;
      const end = Math.min(this.packedItems.length, (block + 1) * BLOCK_ITEMS);
      for (let i = block * BLOCK_ITEMS; i < end && hits.length < limit; i++) {
        const item = this.packedItems[i]!;
        if (!this.overlay.has(item.entry.id) && matches(item)) hits.push(item.entry);
      }
    }
    return hits;
  }

  /** Every position of `term` in the packed text, or null once there are more than `cap`. */
  private occurrences(term: string, cap: number): number[] | null {
    const found: number[] = [];
    for (let at = this.packed.indexOf(term); at >= 0; at = this.packed.indexOf(term, at + 1)) {
      if (found.length >= cap) return null;
      found.push(at);
    }
    return found;
  }

  /** The packed item whose text holds position `at` (binary search over the start offsets). */
  private itemAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
