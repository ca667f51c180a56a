// window.searchBench: the search comparison driven step by step from bench/scale-metrics.mts, so memory can
// be read from outside (DevTools protocol, after a forced collection) between building an engine and
// dropping it. Entries live in the page, generated here; IndexedDB is not involved.
import { corpusEntries, corpusQueries } from './bench-corpus';
import { buildEngine, referenceSearch, sameIds, timeEngine, type EngineName } from './search-compare';
import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';
import { compareEntries } from '../../src/shared/domain/timeline-entry-factory';
import { foldForSearch } from '../../src/renderer/src/data/search-index';

const LIMIT = 50;
let entries: TimelineEntry[] = [];
let reference: string[][] = [];
let built: ReturnType<typeof buildEngine> | null = null;

const searchBench = {
  queries: corpusQueries,
  /** Makes `count` entries over `incidents` incidents and the reference results for every query. */
  generate(count: number, incidents: number): { referenceHits: number[] } {
    built = null;
    const incidentIds = Array.from({ length: incidents }, (_, i) => `bench-incident-${i}`);
    entries = corpusEntries({ count, incidentIds, from: Date.now() - count * 1_000 - 60_000 });
    const sorted = [...entries].sort((a, b) => compareEntries(b, a));
    const ranked = { entries: sorted, folded: sorted.map((entry) => foldForSearch(entry.text)) };
    reference = corpusQueries.map((query) => referenceSearch(ranked, query, LIMIT));
    return { referenceHits: reference.map((ids) => ids.length) };
  },
  /** Builds one engine over the entries and keeps it; returns the build time in ms. */
  build(name: EngineName): number {
    built = null;
    const start = performance.now();
    built = buildEngine(name, entries);
    return performance.now() - start;
  },
  /** Times every query `rounds` times on the engine built last; `unequal` lists queries whose ids differ from the reference. */
  time(rounds: number): { times: number[]; unequal: string[] } {
    if (!built) throw new Error('Build an engine first.');
    const { times, results } = timeEngine(built.engine, corpusQueries, LIMIT, rounds);
    return { times, unequal: corpusQueries.filter((_, q) => !sameIds(results[q]!, reference[q]!)) };
  },
  drop(): void {
    built = null;
  },
  /** Drops everything, entries included, before the next size. */
  clear(): void {
    built = null;
    entries = [];
    reference = [];
  },
};

export type SearchBench = typeof searchBench;
(window as unknown as { searchBench: SearchBench }).searchBench = searchBench;
document.title = 'Sitrep search comparison (ready)';
