import { describe, expect, it } from 'vitest';
import { applyLifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import { peakSeverity } from '../../../src/shared/domain/lifecycle/severity-history';
import { nextChangeAt, supersedes } from '../../../src/shared/domain/entry-versions';
import { headline } from '../../../src/shared/domain/text-headline';
import { compareEntries } from '../../../src/shared/domain/timeline-entry-factory';
import { entryAt, incidentAt } from '../../support/domain-fixtures';
import { ctxAt, declared, expectOk, expectRefusal, HOUR, resolvedIncident, T0 } from './lifecycle-fixtures';

/* Edges of the domain rules that mutation testing found no example for. */

describe('the analysis steps on the timeline', () => {
  it('are status changes, as the phase bar and the document read them', () => {
    const scheduled = expectOk(applyLifecycleAction(resolvedIncident(), { type: 'schedule-analysis', scheduledFor: T0 + 30 * HOUR }, ctxAt(T0 + HOUR)));
    expect(scheduled.entries.map((e) => e.kind)).toEqual(['status-change']);
    const completed = expectOk(applyLifecycleAction(scheduled.incident, { type: 'complete-analysis' }, ctxAt(T0 + 31 * HOUR)));
    expect(completed.entries.map((e) => [e.kind, e.text])).toEqual([['status-change', 'Analysis completed']]);
  });
});

describe('resolving with a time', () => {
  const resolve = { type: 'resolve', rootCause: 'Expired certificate', fix: 'Rotated it' } as const;

  it('may be resolved at the very moment it was declared, not a millisecond before, and the refusal names the declared time', () => {
    expect(expectOk(applyLifecycleAction(declared(), { ...resolve, resolvedAt: T0 }, ctxAt(T0 + HOUR))).incident.resolvedAt).toBe(T0);
    expect(expectRefusal(applyLifecycleAction(declared(), { ...resolve, resolvedAt: T0 - 1 }, ctxAt(T0 + HOUR)))).toBe(
      'The resolved time is before the incident was declared (2026-11-26 14:00:00 UTC); set a later time, or correct the declared time first.',
    );
  });

  it('refuses a resolved time that is not a time, in words', () => {
    expect(expectRefusal(applyLifecycleAction(declared(), { ...resolve, resolvedAt: Number.NaN }, ctxAt(T0 + HOUR)))).toBe(
      'The resolved time is not a valid time; correct it or leave it empty for now.',
    );
  });
});

describe('the peak severity', () => {
  const incident = incidentAt({ severity: 'minor' });

  it('reads severity changes only, and skips one whose text was edited into something else', () => {
    expect(peakSeverity(incident, [entryAt(T0, { kind: 'note', text: 'Severity changed from minor to critical' })])).toBe('minor');
    expect(peakSeverity(incident, [entryAt(T0, { kind: 'severity-change', text: 'Raised it, see the thread' })])).toBe('minor');
    expect(peakSeverity(incident, [entryAt(T0, { kind: 'severity-change', text: 'Severity changed from minor to major' })])).toBe('major');
  });
});

describe('two copies of one entry', () => {
  const base = entryAt(T0, { capturedAt: T0 });

  it('changed in the same millisecond and differing only inside a list, one of them wins on every machine', () => {
    const a = { ...base, lifecycle: { action: { type: 'edit-details', runbookLinks: ['https://a.example'] }, at: T0, leadSeen: 'Ana' } };
    const b = { ...base, lifecycle: { action: { type: 'edit-details', runbookLinks: ['https://b.example'] }, at: T0, leadSeen: 'Ana' } };
    expect(supersedes(a as never, b as never)).not.toBe(supersedes(b as never, a as never));
  });

  it('the same copy, with or without an empty field, does not replace the other', () => {
    const withEmpty = { ...base, followUp: undefined };
    expect(supersedes(withEmpty, base)).toBe(false);
    expect(supersedes(base, withEmpty)).toBe(false);
  });

  it('a change made in the millisecond of the copy it changes is stamped after it', () => {
    expect(nextChangeAt(base, T0)).toBe(T0 + 1);
  });
});

describe('a headline', () => {
  it('shows a line of exactly the limit whole, and cuts a longer one at a word end without a space before the ellipsis', () => {
    expect(headline('abcde', 5)).toBe('abcde');
    expect(headline('abc  def', 5)).toBe('abc…');
  });
});

describe('timeline order', () => {
  it('compares an entry with itself as equal', () => {
    const entry = entryAt(T0, { id: '01JH0000000000000000000000' });
    expect(compareEntries(entry, { ...entry })).toBe(0);
  });
});
