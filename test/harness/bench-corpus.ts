// A deterministic incident log of any size for the scale benchmark: varied words (services, hosts, numbers,
// accented names) so that search has rare and common words to find, built through the domain's own
// makeEntry so rows have the shape the app writes. Shared by the data harness and the search comparison.
import { newId } from '../../src/shared/domain/ids';
import { makeEntry } from '../../src/shared/domain/timeline-entry-factory';
import type { EntryKind } from '../../src/shared/domain/timeline-entry';
import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';

/** mulberry32: a tiny seeded generator, so every run searches the same text. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const verbs = ['restarted', 'checked', 'rolled back', 'paged', 'scaled', 'drained', 'failed over', 'throttled', 'deployed', 'muted'];
const services = ['checkout', 'payments', 'search', 'auth', 'inventory', 'balancer', 'gateway', 'ledger', 'notifier', 'Café-api', 'München-edge', 'scheduler'];
const symptoms = ['timeout', 'latency spike', 'connection reset', 'OOM kill', 'ÉRROR 503', 'error 500', 'slow queries', 'cache miss storm', 'TLS handshake failure', 'queue backlog'];
const kinds: EntryKind[] = ['note', 'note', 'action', 'note', 'decision', 'note', 'action', 'hypothesis', 'note', 'impact'];

/** The text of entry number i: a sentence a lead might type, with a request id unique to the entry. */
export function corpusText(i: number, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return `${pick(verbs)} ${pick(services)}-${Math.floor(random() * 40)} after ${pick(symptoms)} on shard ${Math.floor(random() * 64)}: error rate ${Math.floor(random() * 100)}% (req r${i.toString(36)})`;
}

/**
 * `count` entries spread over the given incidents (round robin), one second apart from `from`, oldest first.
 * `offset` continues a log grown in steps, so its texts and times carry on where the last step stopped.
 */
export function corpusEntries(options: { count: number; incidentIds: readonly string[]; from: number; offset?: number; author?: string; seed?: number }): TimelineEntry[] {
  const { count, incidentIds, from, offset = 0, author = 'Bench', seed = 9 } = options;
  const random = seeded(seed + offset);
  const out: TimelineEntry[] = new Array(count);
  for (let n = 0; n < count; n++) {
    const i = offset + n;
    const occurredAt = from + i * 1_000;
    out[n] = makeEntry(
      { incidentId: incidentIds[i % incidentIds.length]!, kind: kinds[i % kinds.length]!, text: corpusText(i, random), author, source: 'import', occurredAt },
      { at: occurredAt, newId: () => newId(occurredAt) },
    );
  }
  return out;
}

/**
 * The queries timed at every size: whole words, several words, parts of words (infix and prefix), accents
 * typed without them and the other way round, a rare request id, and one that matches nothing.
 */
export const corpusQueries: readonly string[] = [
  'balancer', 'timeout', 'rolled back', 'shard 7', 'error rate 42', 'payments timeout', 'alanc', 'eout', 'checkout-1',
  'rate 1%', '503', 'munchen', 'cafe-api', 'Error 503', `req r${(7_777).toString(36)}`, `r${(777_777).toString(36)}`, 'tls handshake', 'drained ledger', 'oom', 'nothing-matches-this',
];
