import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';

/*
 * The checks the kill and concurrency tests share. Each is strict on purpose: an earlier version compared
 * text only, accepted any later lifecycle state and compared final field values only, and so passed with
 * planted bugs in place (see test/harness/planted-faults.ts and the planted-bugs spec).
 */

/** What a writer knows of an entry it was told is saved; every field given must match the stored entry. */
export type ExpectedEntry = Partial<TimelineEntry> & Pick<TimelineEntry, 'incidentId' | 'text' | 'kind' | 'author' | 'source'>;

/**
 * Acknowledged entries missing from `stored` or stored with any field different. An entry is found by id
 * when the writer knew it, else by its (unique) text within its incident.
 */
export function missingOrChanged(expected: readonly ExpectedEntry[], stored: readonly TimelineEntry[]): string[] {
  const byId = new Map(stored.map((e) => [e.id, e]));
  const byText = new Map(stored.map((e) => [`${e.incidentId}\u0000${e.text}`, e]));
  const problems: string[] = [];
  for (const want of expected) {
    const found = want.id !== undefined ? byId.get(want.id) : byText.get(`${want.incidentId}\u0000${want.text}`);
    if (!found) {
      problems.push(`lost: ${want.source} entry "${want.text.slice(0, 60)}"`);
      continue;
    }
    for (const [field, value] of Object.entries(want)) {
      const actual = found[field as keyof TimelineEntry];
      if (actual !== value) {
        problems.push(`changed: ${want.source} entry "${want.text.slice(0, 60)}" has ${field} ${JSON.stringify(actual)}, saved as ${JSON.stringify(value)}`);
      }
    }
  }
  return problems;
}

export interface LifecycleState {
  severity: string;
  lead: string;
  status: string;
}

const changePatterns: [keyof LifecycleState, RegExp][] = [
  ['severity', /^Severity changed from (\S+) to (\S+?)(?::|$)/u],
  ['lead', /^Lead handed over from (.+?) to (.+)$/su],
  ['status', /^Status changed from (\S+) to (\S+)$/u],
];

/**
 * Walks the lifecycle entries of one incident in timeline order. Every change must start from where the
 * previous change of that field ended: a change that starts elsewhere means an update was lost in between.
 * Returns the state the entries lead to and how many changes they record.
 */
export function lifecycleChain(rows: readonly { source: string; text: string }[], initial: LifecycleState) {
  const state = { ...initial };
  const problems: string[] = [];
  let changes = 0;
  for (const row of rows) {
    if (row.source !== 'lifecycle') continue;
    for (const [field, pattern] of changePatterns) {
      const match = pattern.exec(row.text);
      if (!match) continue;
      changes += 1;
      if (match[1] !== state[field]) problems.push(`lost update: "${row.text.slice(0, 80)}" starts from ${match[1]}, the previous change left ${state[field]}`);
      state[field] = match[2]!;
    }
  }
  return { state, changes, problems };
}

export const sameState = (a: LifecycleState, b: LifecycleState): boolean =>
  a.severity === b.severity && a.lead === b.lead && a.status === b.status;

export const stateOf = (incident: LifecycleState): LifecycleState => ({ severity: incident.severity, lead: incident.lead, status: incident.status });
