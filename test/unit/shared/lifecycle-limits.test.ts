import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, declareIncident, type LifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import type { Incident } from '../../../src/shared/domain/incident';
import { parseComposerInput } from '../../../src/shared/domain/entry-parser';
import { MAX_ENTRY_TEXT } from '../../../src/shared/domain/domain-values';
import { addTemplateItem, MAX_DUTY_TEXT } from '../../../src/shared/checklist/checklist-template';
import { HOUR, MINUTE, T0, ctxAt, declared, expectOk, expectRefusal, resolvedIncident } from './lifecycle-fixtures';

// Every limit a person can run into, tested at the limit (accepted), one below (accepted) and one above
// (refused with the message that names the limit): a rule that refuses too much fails here as surely as one
// that refuses too little.

const x = (n: number): string => 'x'.repeat(n);
const AT = T0 + HOUR;
const act = (incident: Incident, action: LifecycleAction, by = 'Ana') => applyLifecycleAction(incident, action, ctxAt(AT, by));

function expectLimit(limit: number, attempt: (value: number) => ReturnType<typeof act>, refusal: RegExp): void {
  expectOk(attempt(limit - 1));
  expectOk(attempt(limit));
  expect(expectRefusal(attempt(limit + 1))).toMatch(refusal);
}

describe('the title', () => {
  it('is declared with up to 300 characters', () => {
    expectLimit(300, (n) => declareIncident({ title: x(n), severity: 'minor' }, ctxAt(T0)), /Shorten the title to 300 characters or fewer; put the detail in the summary\./);
  });

  it('counts without the spaces around it', () => {
    expect(expectOk(declareIncident({ title: `  ${x(300)}  `, severity: 'minor' }, ctxAt(T0))).incident.title).toBe(x(300));
  });

  it('is edited to up to 300 characters', () => {
    expectLimit(300, (n) => act(declared(), { type: 'edit-details', title: x(n) }), /^Shorten the title to 300 characters or fewer\.$/);
  });
});

describe('a name', () => {
  it('of a new lead has up to 120 characters', () => {
    expectLimit(120, (n) => act(declared(), { type: 'hand-over', to: x(n) }), /^Shorten the name to 120 characters or fewer\.$/);
  });

  it('of whoever acts has up to 120 characters', () => {
    expectLimit(120, (n) => act(declared(), { type: 'change-severity', severity: 'critical' }, x(n)), /^Set your name in Settings first/);
  });

  it('after /lead has up to 120 characters', () => {
    expect(parseComposerInput(`/lead ${x(119)}`)).toMatchObject({ type: 'action', action: { type: 'hand-over', to: x(119) } });
    expect(parseComposerInput(`/lead ${x(120)}`)).toMatchObject({ type: 'action', action: { type: 'hand-over', to: x(120) } });
    expect(parseComposerInput(`/lead ${x(121)}`)).toEqual({ type: 'error', message: 'That name is too long; use at most 120 characters.' });
  });
});

describe('long text (20,000 characters)', () => {
  const limited = /20,000 characters/;
  it('bounds the reason for a severity change', () => {
    expectLimit(20_000, (n) => act(declared(), { type: 'change-severity', severity: 'critical', reason: x(n) }), /^Shorten the reason to 20,000 characters or fewer\.$/);
  });

  it('bounds the root cause and the fix when resolving, each on its own', () => {
    expectLimit(20_000, (n) => act(declared(), { type: 'resolve', rootCause: x(n), fix: 'Rolled back' }), /^Shorten the root cause and the fix to 20,000 characters each/);
    expectLimit(20_000, (n) => act(declared(), { type: 'resolve', rootCause: 'Bad deploy', fix: x(n) }), /^Shorten the root cause and the fix to 20,000 characters each/);
  });

  it('bounds the summary, root cause and fix when editing', () => {
    expectLimit(20_000, (n) => act(declared(), { type: 'edit-details', summary: x(n) }), /^Shorten the summary to 20,000 characters or fewer\.$/);
    expectLimit(20_000, (n) => act(declared(), { type: 'edit-details', rootCause: x(n) }), /^Shorten the root cause to 20,000 characters or fewer\.$/);
    expectLimit(20_000, (n) => act(declared(), { type: 'edit-details', fix: x(n) }), /^Shorten the fix to 20,000 characters or fewer\.$/);
  });

  it('bounds the reason for reopening and for skipping the analysis', () => {
    expectLimit(20_000, (n) => act(resolvedIncident(), { type: 'reopen', reason: x(n) }), limited);
    expectLimit(20_000, (n) => act(resolvedIncident(), { type: 'skip-analysis', reason: x(n) }), limited);
  });
});

describe('runbook links', () => {
  it('are up to 50', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://runbooks.example/${i}`);
    expectLimit(50, (n) => act(declared(), { type: 'edit-details', runbookLinks: links(n) }), /^Keep to 50 runbook links or fewer\.$/);
  });

  it('each have up to 2,000 characters', () => {
    expectLimit(2_000, (n) => act(declared(), { type: 'edit-details', runbookLinks: [`https://a.example/${x(n - 18)}`] }), /^Each runbook link must be 2000 characters or fewer\.$/);
  });

  it('count without blank lines and outer spaces', () => {
    const result = expectOk(act(declared(), { type: 'edit-details', runbookLinks: ['  https://a.example  ', '', '   '] }));
    expect(result.incident.runbookLinks).toEqual(['https://a.example']);
  });
});

describe('times', () => {
  it('accept a milestone up to this very moment, not a millisecond later', () => {
    expectLimit(AT, (t) => act(declared(), { type: 'record-milestone', milestone: 'detected', occurredAt: t }), /^A milestone cannot be in the future/);
  });

  it('accept an impact start up to this very moment when declaring and when editing', () => {
    expectLimit(T0, (t) => declareIncident({ title: 'Checkout down', severity: 'major', impactStartedAt: t }, ctxAt(T0)), /^The impact cannot start in the future/);
    expectLimit(AT, (t) => act(declared(), { type: 'edit-details', impactStartedAt: t }), /^The impact cannot start in the future/);
  });

  it('schedule the analysis only after the resolution, from one millisecond later', () => {
    const resolved = resolvedIncident();
    const resolvedAt = resolved.resolvedAt!;
    expect(expectRefusal(act(resolved, { type: 'schedule-analysis', scheduledFor: resolvedAt }))).toMatch(/^Pick a time after the incident was resolved/);
    expect(expectRefusal(act(resolved, { type: 'schedule-analysis', scheduledFor: resolvedAt - 1 }))).toMatch(/^Pick a time after/);
    expect(expectOk(act(resolved, { type: 'schedule-analysis', scheduledFor: resolvedAt + 1 })).incident.analysisScheduledFor).toBe(resolvedAt + 1);
  });

  it('measure from the last change when an incident has no resolvedAt to go by', () => {
    // A resolved incident restored from an old backup may lack resolvedAt; its last change stands in for it.
    const legacy: Incident = { ...resolvedIncident(), resolvedAt: null, updatedAt: T0 + 10 * MINUTE };
    expect(expectRefusal(act(legacy, { type: 'schedule-analysis', scheduledFor: T0 + 10 * MINUTE }))).toMatch(/^Pick a time after/);
    expectOk(act(legacy, { type: 'schedule-analysis', scheduledFor: T0 + 10 * MINUTE + 1 }));
  });
});

describe('entries typed into the composer', () => {
  it('hold up to 1,000,000 characters', () => {
    expect(parseComposerInput(x(MAX_ENTRY_TEXT))).toMatchObject({ type: 'entry', kind: 'note' });
    expect(parseComposerInput(`! ${x(MAX_ENTRY_TEXT)}`)).toMatchObject({ type: 'entry', kind: 'decision' });
    expect(parseComposerInput(x(MAX_ENTRY_TEXT + 1))).toEqual({
      type: 'error',
      message: 'This entry has 1,000,001 characters; one entry holds at most 1,000,000. Split it into several entries.',
    });
    expect(parseComposerInput(`/sev major ${x(MAX_ENTRY_TEXT)}`)).toMatchObject({ type: 'action' });
    expect(parseComposerInput(`/sev major ${x(MAX_ENTRY_TEXT + 1)}`)).toMatchObject({ type: 'error', message: expect.stringMatching(/^This entry has 1,000,001/) });
  });
});

describe('a duty in a checklist template', () => {
  it('has up to 300 characters', () => {
    expect(MAX_DUTY_TEXT).toBe(300);
    expect(addTemplateItem([], x(299), 'a')).toEqual({ ok: true, items: [{ id: 'a', text: x(299) }] });
    expect(addTemplateItem([], ` ${x(300)} `, 'a')).toEqual({ ok: true, items: [{ id: 'a', text: x(300) }] });
    expect(addTemplateItem([], x(301), 'a')).toEqual({ ok: false, reason: 'Keep a duty under 300 characters; put details in the runbook.' });
  });
});
