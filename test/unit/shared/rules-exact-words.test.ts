import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, declareIncident, type LifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import type { Incident, IncidentStatus } from '../../../src/shared/domain/incident';
import { parseComposerInput } from '../../../src/shared/domain/entry-parser';
import { HOUR, T0, ctxAt, declared, expectOk, expectRefusal, resolvedIncident, run } from './lifecycle-fixtures';

// What the rules say and do at their edges: a missing field from a half-filled form, a clock that gives
// nonsense, the same value saved again, and the words a person reads when the rules say no.

const AT = T0 + HOUR;
const act = (incident: Incident, action: LifecycleAction) => applyLifecycleAction(incident, action, ctxAt(AT));
const missing = undefined as unknown as string;

describe('a declared incident', () => {
  it('starts with nothing filled in but its title, severity and lead', () => {
    const { incident } = expectOk(declareIncident({ title: ' Checkout down ', severity: 'critical' }, { by: ' Ana ', at: T0, newId: () => 'inc-1' }));
    expect(incident).toEqual({
      id: 'inc-1',
      title: 'Checkout down',
      severity: 'critical',
      status: 'investigating',
      lead: 'Ana',
      declaredBy: 'Ana',
      declaredAt: T0,
      impactStartedAt: null,
      resolvedAt: null,
      rootCause: '',
      fix: '',
      runbookLinks: [],
      summary: '',
      analysisScheduledFor: null,
      updatedAt: T0,
    });
  });

  it('is refused without a title, and when the clock gives no valid time', () => {
    expect(expectRefusal(declareIncident({ title: missing, severity: 'major' }, ctxAt(T0)))).toBe('Give the incident a short title that says what is broken, then declare.');
    expect(expectRefusal(declareIncident({ title: 'Down', severity: 'major' }, ctxAt(Number.NaN)))).toBe('The clock gave an invalid time; check the system clock and try again.');
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'change-severity', severity: 'critical' }, ctxAt(-1)))).toMatch(/^The clock gave an invalid time/);
  });
});

describe('a half-filled form', () => {
  it('is refused with what is missing, never with an error', () => {
    expect(expectRefusal(act(declared(), { type: 'hand-over', to: missing }))).toBe('Name the person who takes over as lead.');
    expect(expectRefusal(act(declared(), { type: 'resolve', rootCause: missing, fix: missing }))).toMatch(/^Write the root cause and the fix first/);
    expect(expectRefusal(act(declared(), { type: 'resolve', rootCause: 'Bad deploy', fix: missing }))).toMatch(/^Describe the fix that is in place first/);
    expect(expectRefusal(act(declared(), { type: 'resolve', rootCause: missing, fix: 'Rolled back' }))).toMatch(/^Write the root cause first/);
    expect(expectRefusal(act(resolvedIncident(), { type: 'reopen', reason: missing }))).toBe('Say why the incident is reopened, so the timeline explains it.');
    expect(expectRefusal(act(resolvedIncident(), { type: 'skip-analysis', reason: missing }))).toBe('Say why the analysis is skipped (for example: the incident was uneventful).');
  });
});

describe('saving the same details again', () => {
  it('records nothing when the root cause, fix, summary, impact start or runbook links are unchanged', () => {
    const links = ['https://r.example/db', 'https://r.example/cache'];
    const filled = run(declared(), { type: 'edit-details', rootCause: 'Bad deploy', fix: 'Rolled back', summary: 'Checkout failed', runbookLinks: links, impactStartedAt: T0 - HOUR });
    const again = expectOk(act(filled, { type: 'edit-details', rootCause: ' Bad deploy ', fix: 'Rolled back', summary: 'Checkout failed', runbookLinks: [...links, ''], impactStartedAt: T0 - HOUR }));
    expect(again.entries).toEqual([]);
    expect(again.incident).toBe(filled);
  });

  it('tells links apart even when their characters run together the same', () => {
    const filled = run(declared(), { type: 'edit-details', runbookLinks: ['https://r.example/a', 'b'] });
    const changed = expectOk(act(filled, { type: 'edit-details', runbookLinks: ['https://r.example/', 'ab'] }));
    expect(changed.incident.runbookLinks).toEqual(['https://r.example/', 'ab']);
  });

  it('records a change of the links alone', () => {
    const filled = run(declared(), { type: 'edit-details', runbookLinks: ['https://r.example/db'] });
    const changed = expectOk(act(filled, { type: 'edit-details', runbookLinks: ['https://r.example/db', 'https://r.example/cache'] }));
    expect(changed.entries.map((e) => e.text)).toEqual(['Details edited: runbook links']);
  });

  it('lets a closed incident clear its summary, which is not what closed it', () => {
    const summarised = run(resolvedIncident(), { type: 'edit-details', summary: 'Checkout failed for 20 minutes' });
    expect(expectOk(act(summarised, { type: 'edit-details', summary: '' })).incident.summary).toBe('');
  });
});

describe('statuses', () => {
  it('name the way out when the status asked for is not a live one', () => {
    expect(expectRefusal(act(declared(), { type: 'set-status', status: 'resolved' as 'monitoring' }))).toBe('Use Resolve to end an incident: it asks for the root cause and the fix.');
    expect(expectRefusal(act(declared(), { type: 'set-status', status: 'analysed' as 'monitoring' }))).toBe('Choose investigating, identified or monitoring.');
    expect(expectRefusal(act(resolvedIncident(), { type: 'set-status', status: 'monitoring' }))).toBe('This incident is resolved; reopen it first if you need to change its status.');
  });

  it('say "analysis scheduled" in plain words when that status stops an action', () => {
    const scheduled = run(resolvedIncident(), { type: 'schedule-analysis', scheduledFor: T0 + 26 * HOUR });
    expect(expectRefusal(act(scheduled, { type: 'set-status', status: 'monitoring' }))).toBe('This incident is analysis scheduled; reopen it first if you need to change its status.');
    expect(expectRefusal(act(scheduled, { type: 'resolve', rootCause: 'x', fix: 'y' }))).toBe('This incident is already analysis scheduled.');
  });

  it('let a scheduled analysis be skipped, and say where a finished one stands', () => {
    const scheduled = run(resolvedIncident(), { type: 'schedule-analysis', scheduledFor: T0 + 26 * HOUR });
    expect(expectOk(act(scheduled, { type: 'skip-analysis', reason: 'nothing new to learn' })).incident).toMatchObject({ status: 'analysis-skipped', analysisScheduledFor: null });
    const finished: [IncidentStatus, Incident][] = [
      ['analysed', run(scheduled, { type: 'complete-analysis' })],
      ['analysis-skipped', run(resolvedIncident(), { type: 'skip-analysis', reason: 'uneventful' })],
    ];
    for (const [status, incident] of finished) {
      const words = status === 'analysed' ? 'analysed' : 'analysis skipped';
      expect(expectRefusal(act(incident, { type: 'skip-analysis', reason: 'again' }))).toBe(`This incident is ${words}; there is no analysis left to skip.`);
      expect(expectRefusal(act(incident, { type: 'schedule-analysis', scheduledFor: T0 + 30 * HOUR }))).toBe(`This incident is ${words}; there is no analysis left to schedule.`);
      expect(expectRefusal(act(incident, { type: 'reopen', reason: 'again' }))).toBe(`This incident is ${words}; declare a new incident for a new problem.`);
      expect(expectRefusal(act(incident, { type: 'complete-analysis' }))).toBe(`This incident is already ${words}.`);
    }
  });
});

describe('what the composer reads', () => {
  it('asks for text after a prefix typed alone, naming what it would log', () => {
    expect(parseComposerInput('!')).toEqual({ type: 'error', message: 'Write something after "!" to log a decision that was made.' });
    expect(parseComposerInput('?')).toEqual({ type: 'error', message: 'Write something after "?" to log a hypothesis to check.' });
    expect(parseComposerInput(' > ')).toEqual({ type: 'error', message: 'Write something after ">" to log an action someone took or is taking.' });
    expect(parseComposerInput('TODO:')).toEqual({ type: 'error', message: 'Write something after "todo" to log a follow-up for after the incident.' });
    expect(parseComposerInput('learn')).toEqual({ type: 'error', message: 'Write something after "learn" to log something learned, for the analysis.' });
    expect(parseComposerInput('Impact:')).toEqual({ type: 'error', message: 'Write something after "impact" to log what users feel.' });
  });

  it('takes the milestone spellings people reach for, with a default text when none follows', () => {
    expect(parseComposerInput('@detect')).toEqual({ type: 'entry', kind: 'milestone', text: 'Detected', milestone: 'detected' });
    expect(parseComposerInput('@Detected alert fired')).toEqual({ type: 'entry', kind: 'milestone', text: 'alert fired', milestone: 'detected' });
    expect(parseComposerInput('@mitigate')).toEqual({ type: 'entry', kind: 'milestone', text: 'Mitigated', milestone: 'mitigated' });
    expect(parseComposerInput('@impact-start EU first')).toEqual({ type: 'entry', kind: 'milestone', text: 'EU first', milestone: 'impact-started' });
    expect(parseComposerInput('@impact')).toEqual({ type: 'entry', kind: 'milestone', text: 'Impact started', milestone: 'impact-started' });
    expect(parseComposerInput('@impact-started')).toEqual({ type: 'entry', kind: 'milestone', text: 'Impact started', milestone: 'impact-started' });
  });

  it('sends @resolved and @declared to where they are recorded', () => {
    for (const word of ['@resolved', '@resolve', '@RESOLVED now']) {
      expect(parseComposerInput(word)).toEqual({ type: 'error', message: 'An incident is resolved with the Resolve action, which records the root cause and the fix.' });
    }
    for (const word of ['@declared', '@declare']) {
      expect(parseComposerInput(word)).toEqual({ type: 'error', message: 'The declared milestone is recorded when an incident is declared; it cannot be typed.' });
    }
  });

  it('answers anything that is not text with a request to type', () => {
    expect(parseComposerInput(undefined as unknown as string)).toEqual({ type: 'error', message: 'Type the note first: an empty entry is not saved.' });
  });

  it('shows an unknown command of up to 30 letters whole, and a longer one cut', () => {
    const thirty = 'a'.repeat(30);
    expect(parseComposerInput(`/${thirty}`)).toEqual({
      type: 'error',
      message: `"/${thirty}" is not a command. Known commands: /sev, /lead, /status. To log a note that starts with "/", begin it with "//" ("//${thirty} …").`,
    });
    expect(parseComposerInput(`/${thirty}b`)).toMatchObject({ type: 'error', message: expect.stringMatching(new RegExp(`^"/${thirty}…" is not a command`)) });
  });
});
