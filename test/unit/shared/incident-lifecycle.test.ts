import { describe, expect, it } from 'vitest';
import { IncidentSchema } from '../../../src/shared/domain/incident';
import {
  applyLifecycleAction,
  checkIncidentInvariants,
  declareIncident,
  recommendedAnalysisWindow,
} from '../../../src/shared/domain/incident-lifecycle';
import { TimelineEntrySchema } from '../../../src/shared/domain/timeline-entry';
import {
  HOUR,
  MINUTE,
  T0,
  ctxAt,
  declared,
  expectOk,
  expectRefusal,
  resolveAction,
  resolvedIncident,
  run,
} from './lifecycle-fixtures';

describe('declaring an incident', () => {
  it('makes the declarer the lead and records a declared milestone', () => {
    const { incident, entries } = expectOk(
      declareIncident({ title: '  Checkout returns 500  ', severity: 'critical' }, ctxAt(T0, '  Dana ')),
    );
    expect(incident).toMatchObject({
      title: 'Checkout returns 500',
      severity: 'critical',
      status: 'investigating',
      lead: 'Dana',
      declaredBy: 'Dana',
      declaredAt: T0,
      updatedAt: T0,
      resolvedAt: null,
      impactStartedAt: null,
    });
    expect(IncidentSchema.parse(incident)).toEqual(incident);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'milestone',
      milestone: 'declared',
      source: 'lifecycle',
      author: 'Dana',
      occurredAt: T0,
      capturedAt: T0,
      incidentId: incident.id,
    });
    expect(entries[0]?.text).toContain('critical');
    expect(entries[0]?.text).toContain('Checkout returns 500');
  });

  it('records when the impact started, before the declaration', () => {
    const impactStartedAt = T0 - 20 * MINUTE;
    const { incident, entries } = expectOk(
      declareIncident({ title: 'Signups failing', severity: 'major', impactStartedAt }, ctxAt(T0)),
    );
    expect(incident.impactStartedAt).toBe(impactStartedAt);
    expect(entries.map((e) => [e.milestone, e.occurredAt])).toEqual([
      ['impact-started', impactStartedAt],
      ['declared', T0],
    ]);
    for (const entry of entries) expect(TimelineEntrySchema.parse(entry)).toEqual(entry);
  });

  it.each([
    ['an empty title', { title: '   ', severity: 'major' as const }, ctxAt(T0), /title/],
    ['a title over 300 characters', { title: 'x'.repeat(301), severity: 'major' as const }, ctxAt(T0), /300/],
    ['no name for the declarer', { title: 'Down', severity: 'major' as const }, ctxAt(T0, '  '), /Settings/],
    ['an unknown severity', { title: 'Down', severity: 'urgent' as never }, ctxAt(T0), /minor, major or critical/],
    ['an impact start in the future', { title: 'Down', severity: 'minor' as const, impactStartedAt: T0 + 1 }, ctxAt(T0), /future/],
    ['an impact start that is not a time', { title: 'Down', severity: 'minor' as const, impactStartedAt: Number.NaN }, ctxAt(T0), /valid/],
  ])('refuses %s with a sentence that says what to do', (_label, input, ctx, message) => {
    expect(expectRefusal(declareIncident(input, ctx))).toMatch(message);
  });
});

describe('changing severity', () => {
  it('records the old and new severity and the reason in plain words', () => {
    const { incident, entries } = expectOk(
      applyLifecycleAction(declared(), { type: 'change-severity', severity: 'critical', reason: ' EU is down too ' }, ctxAt(T0 + MINUTE)),
    );
    expect(incident.severity).toBe('critical');
    expect(incident.updatedAt).toBe(T0 + MINUTE);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'severity-change', text: 'Severity changed from major to critical: EU is down too' });
  });

  it('leaves the reason out when none is given', () => {
    const { entries } = expectOk(applyLifecycleAction(declared(), { type: 'change-severity', severity: 'minor' }, ctxAt(T0 + MINUTE)));
    expect(entries[0]?.text).toBe('Severity changed from major to minor');
  });

  it('refuses the severity the incident already has', () => {
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'change-severity', severity: 'major' }, ctxAt(T0)))).toMatch(
      /already major/,
    );
  });
});

describe('handing over the lead', () => {
  it('moves the lead to the named person and keeps the declarer', () => {
    const { incident, entries } = expectOk(applyLifecycleAction(declared(), { type: 'hand-over', to: ' Ben ' }, ctxAt(T0 + MINUTE)));
    expect(incident.lead).toBe('Ben');
    expect(incident.declaredBy).toBe('Ana');
    expect(entries[0]).toMatchObject({ kind: 'lead-change', text: 'Lead handed over from Ana to Ben' });
  });

  it.each([
    ['nobody', '  ', /Name the person/],
    ['the current lead', 'ana', /already leads/],
    ['a name over 120 characters', 'b'.repeat(121), /120/],
    ['a name across two lines', 'Ben\nCarla', /one line/],
  ])('refuses a hand-over to %s', (_label, to, message) => {
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'hand-over', to }, ctxAt(T0)))).toMatch(message);
  });

  it('refuses once the incident is finished', () => {
    const finished = run(resolvedIncident(), { type: 'skip-analysis', reason: 'uneventful' });
    expect(expectRefusal(applyLifecycleAction(finished, { type: 'hand-over', to: 'Ben' }, ctxAt(T0 + HOUR)))).toMatch(/finished/);
  });

  it('is allowed after resolution, so someone else can run the analysis', () => {
    const { incident } = expectOk(applyLifecycleAction(resolvedIncident(), { type: 'hand-over', to: 'Tim' }, ctxAt(T0 + HOUR)));
    expect(incident.lead).toBe('Tim');
  });
});

describe('moving between live statuses', () => {
  it('walks investigating → identified → monitoring → investigating', () => {
    let incident = declared();
    for (const status of ['identified', 'monitoring', 'investigating'] as const) {
      const before = incident.status;
      const result = expectOk(applyLifecycleAction(incident, { type: 'set-status', status }, ctxAt(T0 + MINUTE)));
      expect(result.entries[0]).toMatchObject({ kind: 'status-change', text: `Status changed from ${before} to ${status}` });
      incident = result.incident;
      expect(incident.status).toBe(status);
    }
  });

  it('refuses the current status', () => {
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'set-status', status: 'investigating' }, ctxAt(T0)))).toMatch(
      /already investigating/,
    );
  });

  it('sends "resolved" to the Resolve action', () => {
    const action = { type: 'set-status', status: 'resolved' } as never;
    expect(expectRefusal(applyLifecycleAction(declared(), action, ctxAt(T0)))).toMatch(/Use Resolve/);
  });

  it('refuses after resolution and says to reopen', () => {
    expect(expectRefusal(applyLifecycleAction(resolvedIncident(), { type: 'set-status', status: 'monitoring' }, ctxAt(T0 + HOUR)))).toMatch(
      /reopen it first/,
    );
  });
});

describe('resolving', () => {
  it('needs a root cause and a fix, then records the resolved milestone', () => {
    const at = T0 + 2 * HOUR;
    const { incident, entries } = expectOk(
      applyLifecycleAction(declared(), { type: 'resolve', rootCause: ' Expired certificate ', fix: ' Rotated it ' }, ctxAt(at)),
    );
    expect(incident).toMatchObject({ status: 'resolved', resolvedAt: at, rootCause: 'Expired certificate', fix: 'Rotated it' });
    expect(entries.map((e) => e.kind)).toEqual(['status-change', 'milestone']);
    expect(entries[0]?.text).toBe('Resolved. Root cause: Expired certificate. Fix: Rotated it');
    expect(entries[1]).toMatchObject({ milestone: 'resolved', occurredAt: at });
    expect(checkIncidentInvariants(incident)).toEqual([]);
  });

  it('keeps the timeline line short when the root cause runs to paragraphs; the incident keeps the whole text', () => {
    const paragraph = 'The connection pool was sized for the old replica count and exhausted under the retry storm. '.repeat(4);
    const rootCause = Array.from({ length: 5 }, () => paragraph.trim()).join('\n\n');
    const fix = 'Raised the pool size.\n\nAdded a circuit breaker around the retries.';
    const { incident, entries } = expectOk(applyLifecycleAction(declared(), { type: 'resolve', rootCause, fix }, ctxAt(T0 + HOUR)));
    expect(incident).toMatchObject({ rootCause, fix });
    const line = entries[0]?.text ?? '';
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThan(160);
    expect(line).toBe(
      'Resolved. Root cause: The connection pool was sized for the old replica count and… Fix: Raised the pool size.',
    );
  });

  it.each([
    ['neither root cause nor fix', { rootCause: '', fix: ' ' }, /root cause and the fix/],
    ['a blank root cause', { rootCause: ' \n ', fix: 'Rolled back' }, /root cause first/],
    ['a blank fix', { rootCause: 'Bad deploy', fix: '' }, /fix that is in place/],
    ['a root cause over 20,000 characters', { rootCause: 'x'.repeat(20_001), fix: 'y' }, /20,000/],
  ])('refuses %s', (_label, fields, message) => {
    const incident = declared();
    const result = applyLifecycleAction(incident, { type: 'resolve', ...fields }, ctxAt(T0 + HOUR));
    expect(expectRefusal(result)).toMatch(message);
  });

  it('refuses an incident that is already resolved', () => {
    expect(expectRefusal(applyLifecycleAction(resolvedIncident(), resolveAction, ctxAt(T0 + HOUR)))).toMatch(/already resolved/);
  });
});

describe('reopening', () => {
  it('goes back to investigating, clears resolvedAt and keeps the drafts of cause and fix', () => {
    const { incident, entries } = expectOk(
      applyLifecycleAction(resolvedIncident(), { type: 'reopen', reason: 'Errors are back' }, ctxAt(T0 + HOUR)),
    );
    expect(incident).toMatchObject({ status: 'investigating', resolvedAt: null, rootCause: 'Expired TLS certificate' });
    expect(entries[0]).toMatchObject({ kind: 'status-change', text: 'Reopened, back to investigating: Errors are back' });
  });

  it('also works once the analysis is scheduled, and drops the schedule', () => {
    const scheduled = run(resolvedIncident(), { type: 'schedule-analysis', scheduledFor: T0 + 30 * HOUR });
    const { incident } = expectOk(applyLifecycleAction(scheduled, { type: 'reopen', reason: 'Back' }, ctxAt(T0 + 2 * HOUR)));
    expect(incident).toMatchObject({ status: 'investigating', analysisScheduledFor: null });
  });

  it('needs a reason', () => {
    expect(expectRefusal(applyLifecycleAction(resolvedIncident(), { type: 'reopen', reason: ' ' }, ctxAt(T0 + HOUR)))).toMatch(/why/);
  });

  it('refuses a live incident and a finished one', () => {
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'reopen', reason: 'x' }, ctxAt(T0)))).toMatch(/still open/);
    const skipped = run(resolvedIncident(), { type: 'skip-analysis', reason: 'uneventful' });
    expect(expectRefusal(applyLifecycleAction(skipped, { type: 'reopen', reason: 'x' }, ctxAt(T0 + HOUR)))).toMatch(
      /declare a new incident/,
    );
  });
});

describe('the analysis after resolution', () => {
  it('schedules, reschedules and completes the analysis sync', () => {
    const resolved = resolvedIncident();
    const first = expectOk(applyLifecycleAction(resolved, { type: 'schedule-analysis', scheduledFor: T0 + 25 * HOUR }, ctxAt(T0 + HOUR)));
    expect(first.incident).toMatchObject({ status: 'analysis-scheduled', analysisScheduledFor: T0 + 25 * HOUR });
    expect(first.entries[0]?.text).toBe('Analysis sync scheduled for 2026-11-27 15:00:00 UTC');
    const second = expectOk(
      applyLifecycleAction(first.incident, { type: 'schedule-analysis', scheduledFor: T0 + 40 * HOUR }, ctxAt(T0 + 2 * HOUR)),
    );
    expect(second.entries[0]?.text).toBe('Analysis sync rescheduled for 2026-11-28 06:00:00 UTC');
    const done = expectOk(applyLifecycleAction(second.incident, { type: 'complete-analysis' }, ctxAt(T0 + 41 * HOUR)));
    expect(done.incident.status).toBe('analysed');
    expect(done.entries[0]?.text).toBe('Analysis completed');
    expect(checkIncidentInvariants(done.incident)).toEqual([]);
  });

  it('recommends a window 24 to 48 hours after resolution', () => {
    expect(recommendedAnalysisWindow(T0)).toEqual({ from: T0 + 24 * HOUR, to: T0 + 48 * HOUR });
  });

  it('refuses a sync at or before the resolution, and an invalid time', () => {
    const resolved = resolvedIncident();
    const at = resolved.resolvedAt ?? 0;
    expect(expectRefusal(applyLifecycleAction(resolved, { type: 'schedule-analysis', scheduledFor: at }, ctxAt(at)))).toMatch(
      /after the incident was resolved/,
    );
    expect(expectRefusal(applyLifecycleAction(resolved, { type: 'schedule-analysis', scheduledFor: -5 }, ctxAt(at)))).toMatch(/valid/);
  });

  it('refuses to schedule, skip or complete while the incident is live', () => {
    const live = declared();
    expect(expectRefusal(applyLifecycleAction(live, { type: 'schedule-analysis', scheduledFor: T0 + 30 * HOUR }, ctxAt(T0)))).toMatch(
      /Resolve the incident first/,
    );
    expect(expectRefusal(applyLifecycleAction(live, { type: 'skip-analysis', reason: 'x' }, ctxAt(T0)))).toMatch(/Resolve the incident first/);
    expect(expectRefusal(applyLifecycleAction(live, { type: 'complete-analysis' }, ctxAt(T0)))).toMatch(/Resolve the incident/);
  });

  it('skips an uneventful analysis with a reason, and refuses without one', () => {
    const resolved = resolvedIncident();
    expect(expectRefusal(applyLifecycleAction(resolved, { type: 'skip-analysis', reason: '  ' }, ctxAt(T0 + HOUR)))).toMatch(/uneventful/);
    const { incident, entries } = expectOk(
      applyLifecycleAction(resolved, { type: 'skip-analysis', reason: 'Uneventful: fixed in minutes' }, ctxAt(T0 + HOUR)),
    );
    expect(incident.status).toBe('analysis-skipped');
    expect(entries[0]?.text).toBe('Analysis skipped: Uneventful: fixed in minutes');
  });

  it('refuses to complete an analysis that was never scheduled, or twice', () => {
    expect(expectRefusal(applyLifecycleAction(resolvedIncident(), { type: 'complete-analysis' }, ctxAt(T0 + HOUR)))).toMatch(
      /Schedule the analysis sync first/,
    );
    const analysed = run(resolvedIncident(), { type: 'schedule-analysis', scheduledFor: T0 + 30 * HOUR }, { type: 'complete-analysis' });
    expect(expectRefusal(applyLifecycleAction(analysed, { type: 'complete-analysis' }, ctxAt(T0 + 40 * HOUR)))).toMatch(/already analysed/);
    expect(
      expectRefusal(applyLifecycleAction(analysed, { type: 'schedule-analysis', scheduledFor: T0 + 50 * HOUR }, ctxAt(T0 + 40 * HOUR))),
    ).toMatch(/no analysis left/);
    expect(expectRefusal(applyLifecycleAction(analysed, { type: 'skip-analysis', reason: 'x' }, ctxAt(T0 + 40 * HOUR)))).toMatch(
      /no analysis left/,
    );
  });
});

describe('editing details', () => {
  it('changes the named fields in any status and records what changed', () => {
    const { incident, entries } = expectOk(
      applyLifecycleAction(
        run(resolvedIncident(), { type: 'skip-analysis', reason: 'uneventful' }),
        { type: 'edit-details', title: 'TLS expiry broke checkout', summary: 'Short one', runbookLinks: [' https://r/1 ', ''] },
        ctxAt(T0 + 3 * HOUR),
      ),
    );
    expect(incident).toMatchObject({ title: 'TLS expiry broke checkout', summary: 'Short one', runbookLinks: ['https://r/1'] });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.text).toBe('Details edited: title to "TLS expiry broke checkout", summary, runbook links');
  });

  it('changes nothing and writes nothing when the values are the same', () => {
    const incident = declared();
    const result = expectOk(applyLifecycleAction(incident, { type: 'edit-details', title: incident.title }, ctxAt(T0 + HOUR)));
    expect(result.incident).toBe(incident);
    expect(result.entries).toEqual([]);
  });

  it.each([
    ['an empty title', { title: ' ' }, /title cannot be empty/],
    ['an impact start in the future', { impactStartedAt: T0 + 10 * HOUR }, /future/],
    ['too many runbook links', { runbookLinks: Array.from({ length: 51 }, (_, i) => `https://r/${i}`) }, /50/],
    ['a summary over 20,000 characters', { summary: 's'.repeat(20_001) }, /summary/],
  ])('refuses %s', (_label, fields, message) => {
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'edit-details', ...fields }, ctxAt(T0 + MINUTE)))).toMatch(message);
  });

  it('refuses to clear the root cause or fix of a resolved incident', () => {
    for (const fields of [{ rootCause: ' ' }, { fix: '' }]) {
      expect(expectRefusal(applyLifecycleAction(resolvedIncident(), { type: 'edit-details', ...fields }, ctxAt(T0 + HOUR)))).toMatch(
        /keeps its/,
      );
    }
  });
});

describe('recording milestones', () => {
  it('records a backdated milestone at the time given', () => {
    const { incident, entries } = expectOk(
      applyLifecycleAction(declared(), { type: 'record-milestone', milestone: 'mitigated', occurredAt: T0 + 5 * MINUTE }, ctxAt(T0 + HOUR)),
    );
    expect(entries[0]).toMatchObject({ kind: 'milestone', milestone: 'mitigated', text: 'Mitigated', occurredAt: T0 + 5 * MINUTE, capturedAt: T0 + HOUR });
    expect(incident.updatedAt).toBe(T0 + HOUR);
  });

  it('keeps the impact start field in step with the impact-started milestone', () => {
    const { incident } = expectOk(
      applyLifecycleAction(declared(), { type: 'record-milestone', milestone: 'impact-started', occurredAt: T0 - HOUR }, ctxAt(T0 + HOUR)),
    );
    expect(incident.impactStartedAt).toBe(T0 - HOUR);
  });

  it.each([
    ['declared', T0, /recorded when the incident is declared/],
    ['resolved', T0, /Use Resolve/],
    ['detected', T0 + 2 * HOUR, /future/],
    ['detected', Number.POSITIVE_INFINITY, /valid time/],
  ] as const)('refuses the %s milestone at %s', (milestone, occurredAt, message) => {
    expect(
      expectRefusal(applyLifecycleAction(declared(), { type: 'record-milestone', milestone, occurredAt }, ctxAt(T0 + HOUR))),
    ).toMatch(message);
  });
});

describe('every action', () => {
  it('needs to know who acts', () => {
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'hand-over', to: 'Ben' }, ctxAt(T0, '')))).toMatch(/Set your name/);
  });

  it('never moves updatedAt backwards when the clock does', () => {
    const later = run(declared(), { type: 'set-status', status: 'identified' });
    const { incident, entries } = expectOk(applyLifecycleAction(later, { type: 'hand-over', to: 'Ben' }, ctxAt(T0 - HOUR)));
    expect(incident.updatedAt).toBe(later.updatedAt);
    expect(entries[0]?.capturedAt).toBe(later.updatedAt);
  });

  it('records the actor as the author of every entry, from the lifecycle', () => {
    const { entries } = expectOk(applyLifecycleAction(declared(), resolveAction, ctxAt(T0 + HOUR, 'Ben')));
    expect(entries.every((e) => e.author === 'Ben' && e.source === 'lifecycle')).toBe(true);
  });
});
