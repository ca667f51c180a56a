import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/renderer/src/data/search-index';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';

const words = ['redis', 'latency', 'rollback', 'deploy', 'café', 'München', 'pager', 'Kafka', 'consumer', 'lag', 'TLS', 'certificate', 'disk', 'failover', 'replica', 'DNS', 'timeout', 'retry', 'checkout', 'payment'];

function syntheticEntries(count: number): TimelineEntry[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) => ({
    id: `E${String(i).padStart(8, '0')}`,
    incidentId: `I${i % 400}`,
    kind: 'note',
    text: Array.from({ length: 8 + Math.floor(random() * 20) }, () => words[Math.floor(random() * words.length)]).join(' ') + ` #${i}`,
    occurredAt: 1_700_000_000_000 + i * 1_000,
    capturedAt: 1_700_000_000_000 + i * 1_000,
    editedAt: null,
    originalOccurredAt: null,
    author: 'Dana',
    source: 'composer',
    deletedAt: i % 50 === 0 ? 1 : null,
    milestone: null,
  }));
}

// Building 100,000 synthetic entries takes seconds on a busy two-core machine; the timing is inside.
describe('search index speed', { timeout: 60_000 }, () => {
  it('answers every query over 100,000 entries within 30 ms', () => {
    const index = new SearchIndex();
    index.replaceAll(syntheticEntries(100_000));
    const queries = ['redis', 'no such thing', 'cafe munchen', '#99999', 'tls certificate failover', 'zz', 'a', 'rollback deploy kafka lag'];
    index.search('warm up', 50);
    // Best of five per query: the cost of the search itself, not of whatever else shares these two cores
    // (the Chromium benchmark measures the real p95).
    const best = queries.map((query) => {
      let fastest = Infinity;
      for (let round = 0; round < 5; round++) {
        const start = performance.now();
        index.search(query, 50);
        fastest = Math.min(fastest, performance.now() - start);
      }
      return fastest;
    });
    console.info(`per query over 100,000 entries (best of 5): ${queries.map((q, i) => `${q}=${best[i]!.toFixed(1)}`).join(' ')} ms`);
    expect(index.search('#99999', 50).map((e) => e.id)).toEqual(['E00099999']);
    expect(Math.max(...best)).toBeLessThan(30);
  });

  it('stays fast when one word of the query is everywhere and the other almost nowhere', () => {
    // Machine-like notes, all alike: "observation 9999" must not walk every note that says "observation".
    const entries = syntheticEntries(100_000).map((e, i) => ({
      ...e,
      text: `Seeded observation ${i % 10_000}: error rate ${i % 97}% on shard ${i % 13}`,
      deletedAt: null,
    }));
    const index = new SearchIndex();
    index.replaceAll(entries);
    const queries = ['observation 9999', 'shard 7', 'error rate 42', 'balancer', 'ÉRROR', 'nothing-matches-this', 'rate 1%', 'seeded'];
    const best = queries.map((query) => {
      let fastest = Infinity;
      for (let round = 0; round < 5; round++) {
        const start = performance.now();
        index.search(query, 50);
        fastest = Math.min(fastest, performance.now() - start);
      }
      return fastest;
    });
    console.info(`machine-like notes, per query (best of 5): ${queries.map((q, i) => `${q}=${best[i]!.toFixed(1)}`).join(' ')} ms`);
    expect(index.search('observation 9999', 50)).toHaveLength(10);
    expect(Math.max(...best)).toBeLessThan(30);
  });

  it('stays within 30 ms for the first search after a new entry arrives', () => {
    const entries = syntheticEntries(100_001);
    const fresh = entries.pop()!;
    const index = new SearchIndex();
    index.replaceAll(entries);
    index.search('warm up', 50);
    const start = performance.now();
    index.upsert([{ ...fresh, text: 'brand new quick note', deletedAt: null }]);
    const hits = index.search('quick note', 50);
    const elapsed = performance.now() - start;
    console.info(`upsert + search over 100,000 entries: ${elapsed.toFixed(2)} ms`);
    expect(hits.map((e) => e.id)).toEqual([fresh.id]);
    expect(elapsed).toBeLessThan(30);
  });
});
