import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// The Kind and Provenance columns of the analysis timeline: what each entry is, where it came from, and
// whether it was written late or changed afterwards, so a reader can weigh its time.

const MIN = 60_000;
const rowOf = (entry: TimelineEntry): string[] => {
  const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [entry] });
  const row = doc.markdown.split('\n').find((l) => l.startsWith('| 2026-'))!;
  return row.split(' | ').map((c) => c.replace(/^\| | \|$/g, ''));
};

describe('the provenance of a timeline row', () => {
  it('names where each entry came from', () => {
    const sources: [TimelineEntry['source'], string][] = [
      ['composer', 'typed in the app'],
      ['quick-note', 'quick note'],
      ['checklist', 'checklist tick'],
      ['lifecycle', 'recorded by the app'],
      ['import', 'imported'],
    ];
    for (const [source, words] of sources) expect(rowOf(makeEntry({ source, occurredAt: T0 + MIN }))[4]).toBe(words);
  });

  it('shows when a line was written only if that was more than five minutes from the moment it records', () => {
    const at = T0 + 10 * MIN;
    expect(rowOf(makeEntry({ occurredAt: at, capturedAt: at + 5 * MIN }))[4]).toBe('typed in the app');
    expect(rowOf(makeEntry({ occurredAt: at, capturedAt: at + 5 * MIN + 1000 }))[4]).toBe('typed in the app; written 2026-11-26 14:15:01');
    // A line stamped later than it was written (a time moved forward) is a backfill too.
    expect(rowOf(makeEntry({ occurredAt: at, capturedAt: at - 6 * MIN }))[4]).toBe('typed in the app; written 2026-11-26 14:04:00');
  });

  it('says a time was changed only when it differs from the one first given', () => {
    const at = T0 + 10 * MIN;
    expect(rowOf(makeEntry({ occurredAt: at, capturedAt: at, originalOccurredAt: at }))[4]).toBe('typed in the app');
    expect(rowOf(makeEntry({ occurredAt: at, capturedAt: at, originalOccurredAt: at + MIN }))[4]).toBe(
      'typed in the app; time changed from 2026-11-26 14:11:00',
    );
    expect(rowOf(makeEntry({ occurredAt: at, capturedAt: at, editedAt: at + 2 * MIN }))[4]).toBe('typed in the app; edited 2026-11-26 14:12:00');
  });
});

describe('the kind of a timeline row', () => {
  it('reads as a word, and a milestone names which one', () => {
    expect(rowOf(makeEntry({ kind: 'ruled-out' }))[1]).toBe('ruled out');
    expect(rowOf(makeEntry({ kind: 'status-change' }))[1]).toBe('status');
    expect(rowOf(makeEntry({ kind: 'severity-change' }))[1]).toBe('severity');
    expect(rowOf(makeEntry({ kind: 'lead-change' }))[1]).toBe('lead');
    expect(rowOf(makeEntry({ kind: 'milestone', milestone: 'mitigated' }))[1]).toBe('milestone: mitigated');
    expect(rowOf(makeEntry({ kind: 'milestone', milestone: null }))[1]).toBe('milestone');
  });
});
