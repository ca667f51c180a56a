// The side-by-side the house rule asks for: Sitrep's hand-written search index against MiniSearch and
// FlexSearch on the same entries and queries. "Equal results" means: for every query, the same entry ids in
// the same order as a brute-force scan with the search's promise (live entries whose accent- and case-folded
// text contains every word of the query as a substring, newest first, at most `limit`). The libraries match
// tokens, not substrings, so each gets the glue it needs to keep that promise: its hits are the candidates,
// checked against the folded text and ordered newest first. A library whose candidates miss true matches
// (MiniSearch has no infix search) is counted as unequal on that query, not silently forgiven.
import MiniSearch from 'minisearch';
import { Encoder, Index } from 'flexsearch';
import { SearchIndex, foldForSearch } from '../../src/renderer/src/data/search-index';
import { compareEntries } from '../../src/shared/domain/timeline-entry-factory';
import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';

/** FlexSearch twice: 'full' indexes every part of every word (infix search), 'forward' only word starts. */
export type EngineName = 'sitrep' | 'minisearch' | 'flexsearch-full' | 'flexsearch-forward';

interface Engine {
  /** Entry ids of the hits, newest first. */
  search(query: string, limit: number): string[];
}

const queryTerms = (query: string): string[] => foldForSearch(query).split(/\s+/u).filter(Boolean);

/** The entries newest first, with their folded texts: what the libraries' glue checks candidates against. */
interface Ranked {
  entries: TimelineEntry[];
  folded: string[];
}

function rank(entries: readonly TimelineEntry[]): Ranked {
  const sorted = [...entries].sort((a, b) => compareEntries(b, a));
  return { entries: sorted, folded: sorted.map((entry) => foldForSearch(entry.text)) };
}

/** Candidate ranks (0 = newest) to ids: checked against the promise, newest first, at most `limit`. */
function settle(candidates: Iterable<number>, ranked: Ranked, terms: string[], limit: number): string[] {
  const order = Uint32Array.from(candidates).sort();
  const out: string[] = [];
  for (const at of order) {
    if (out.length >= limit) break;
    const entry = ranked.entries[at]!;
    if (entry.deletedAt === null && terms.every((term) => ranked.folded[at]!.includes(term))) out.push(entry.id);
  }
  return out;
}

/** What the search promises, by brute force: the reference every engine is held to. */
export function referenceSearch(ranked: Ranked, query: string, limit: number): string[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  return settle(ranked.entries.keys(), ranked, terms, limit);
}

function buildSitrep(entries: readonly TimelineEntry[]): Engine {
  const index = new SearchIndex();
  index.replaceAll(entries);
  return { search: (query, limit) => index.search(query, limit).map((entry) => entry.id) };
}

function buildMiniSearch(ranked: Ranked): Engine {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [], processTerm: (term) => foldForSearch(term) });
  index.addAll(ranked.entries.map((entry, at) => ({ id: at, text: entry.text })));
  return {
    search(query, limit) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      // Prefix search and AND: the closest MiniSearch comes to "contains every word".
      const hits = index.search(query, { prefix: true, combineWith: 'AND' });
      return settle(hits.map((hit) => hit.id as number), ranked, terms, limit);
    },
  };
}

function buildFlexSearch(ranked: Ranked, tokenize: 'full' | 'forward'): Engine {
  // 'full' tokenisation indexes every part of every word: FlexSearch's way to find "alanc" in "balancer".
  const encoder = new Encoder({ normalize: (text: string) => foldForSearch(text), split: /[^\p{L}\p{N}]+/u, dedupe: false, numeric: false });
  const index = new Index({ tokenize, encoder, cache: false, fastupdate: false });
  ranked.entries.forEach((entry, at) => index.add(at, entry.text));
  const all = ranked.entries.length;
  return {
    search(query, limit) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const hits = index.search(query, { limit: all }) as number[];
      return settle(hits, ranked, terms, limit);
    },
  };
}

/** One engine built over the entries; the page keeps it while memory is read from outside, then drops it. */
export function buildEngine(name: EngineName, entries: readonly TimelineEntry[]): { engine: Engine; ranked: Ranked | null } {
  if (name === 'sitrep') return { engine: buildSitrep(entries), ranked: null };
  const ranked = rank(entries);
  const engine = name === 'minisearch' ? buildMiniSearch(ranked) : buildFlexSearch(ranked, name === 'flexsearch-full' ? 'full' : 'forward');
  return { engine, ranked };
}

export interface Timing {
  /** Milliseconds per query, every query `rounds` times after one warm-up pass. */
  times: number[];
  /** The ids each query returned (from the last round). */
  results: string[][];
}

export function timeEngine(engine: Engine, queries: readonly string[], limit: number, rounds: number): Timing {
  const results = queries.map((query) => engine.search(query, limit));
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let q = 0; q < queries.length; q++) {
      const start = performance.now();
      results[q] = engine.search(queries[q]!, limit);
      times.push(performance.now() - start);
    }
  }
  return { times, results };
}

export const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);
