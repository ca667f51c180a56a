import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, declareIncident, type LifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import type { Incident, Severity } from '../../../src/shared/domain/incident';
import type { MilestoneName } from '../../../src/shared/domain/timeline-entry';
import { parseComposerInput } from '../../../src/shared/domain/entry-parser';
import { createIncidentChecklist, templateDiffers, tickItem, untickItem, markNotApplicable } from '../../../src/shared/checklist/incident-checklist';
import { removeTemplateItem } from '../../../src/shared/checklist/checklist-template';
import { defaultLeadDuties, leadDutyIds } from '../../../src/shared/handbook/lead-duties';
import { dueNudges, nextNudgeAt, type NudgeSubject } from '../../../src/shared/nudges/nudge-scheduler';
import { defaultNudgeIntervals, snooze } from '../../../src/shared/nudges/nudge-settings';
import { computeMetrics } from '../../../src/shared/analysis/analysis-metrics';
import { entryAt, incidentAt, MIN } from '../../support/domain-fixtures';
import { HOUR, MINUTE, T0, ctxAt, declared, expectOk, expectRefusal, resolveAction, resolvedIncident, run } from './lifecycle-fixtures';

// Behaviour a lead would notice that no other test pinned (each found as a surviving mutant).

const AT = T0 + HOUR;
const act = (incident: Incident, action: LifecycleAction) => applyLifecycleAction(incident, action, ctxAt(AT));

describe('correcting a closed incident', () => {
  it.each(['resolved', 'analysis-scheduled', 'analysed', 'analysis-skipped'] as const)('a %s incident takes a corrected root cause and fix', (status) => {
    let incident = resolvedIncident();
    if (status !== 'resolved') incident = run(incident, { type: 'schedule-analysis', scheduledFor: T0 + 26 * HOUR });
    if (status === 'analysed') incident = run(incident, { type: 'complete-analysis' });
    if (status === 'analysis-skipped') incident = run(incident, { type: 'skip-analysis', reason: 'uneventful' });
    const { incident: after, entries } = expectOk(act(incident, { type: 'edit-details', rootCause: 'Clock skew', fix: 'NTP pinned' }));
    expect(after).toMatchObject({ status, rootCause: 'Clock skew', fix: 'NTP pinned' });
    expect(entries.map((e) => e.text)).toEqual(['Details edited: root cause, fix']);
  });

  it('a resolved incident keeps its fix: clearing it is refused, and so is clearing the root cause', () => {
    expect(expectRefusal(act(resolvedIncident(), { type: 'edit-details', fix: ' ' }))).toBe('A resolved incident keeps its fix; correct it instead of clearing it.');
    expect(expectRefusal(act(resolvedIncident(), { type: 'edit-details', rootCause: '' }))).toBe('A resolved incident keeps its root cause; correct it instead of clearing it.');
  });

  it('a live incident may clear its draft root cause and summary', () => {
    const drafted = run(declared(), { type: 'edit-details', rootCause: 'Maybe DNS', summary: 'Checkout fails' });
    const { incident, entries } = expectOk(act(drafted, { type: 'edit-details', rootCause: '', summary: '' }));
    expect(incident).toMatchObject({ rootCause: '', summary: '' });
    expect(entries.map((e) => e.text)).toEqual(['Details edited: summary, root cause']);
  });
});

describe('the impact start', () => {
  it('takes any valid edit, earlier or later, and can be cleared; each is recorded', () => {
    const withStart = run(declared(), { type: 'edit-details', impactStartedAt: T0 - 30 * MINUTE });
    expect(withStart.impactStartedAt).toBe(T0 - 30 * MINUTE);
    const later = expectOk(act(withStart, { type: 'edit-details', impactStartedAt: T0 - 10 * MINUTE }));
    expect(later.incident.impactStartedAt).toBe(T0 - 10 * MINUTE);
    expect(later.entries.map((e) => e.text)).toEqual(['Details edited: impact start to 2026-11-26 13:50:00 UTC']);
    const cleared = expectOk(act(withStart, { type: 'edit-details', impactStartedAt: null }));
    expect(cleared.incident.impactStartedAt).toBeNull();
    expect(cleared.entries.map((e) => e.text)).toEqual(['Details edited: impact start (cleared)']);
  });

  it('refuses a time that is not a time', () => {
    expect(expectRefusal(act(declared(), { type: 'edit-details', impactStartedAt: Number.NaN }))).toBe('The impact start time is not a valid time; correct it or clear it.');
    expect(expectRefusal(declareIncident({ title: 'Down', severity: 'major', impactStartedAt: -5 }, ctxAt(T0)))).toBe('The impact start time is not a valid time; correct it or leave it empty.');
  });

  it('is set by the impact-started milestone and left alone by the others', () => {
    const started = run(declared(), { type: 'edit-details', impactStartedAt: T0 - 30 * MINUTE });
    for (const milestone of ['detected', 'mitigated'] as const) {
      const { incident, entries } = expectOk(act(started, { type: 'record-milestone', milestone, occurredAt: T0 + 5 * MINUTE }));
      expect(incident.impactStartedAt).toBe(T0 - 30 * MINUTE);
      expect(entries).toMatchObject([{ kind: 'milestone', milestone, occurredAt: T0 + 5 * MINUTE }]);
    }
    const moved = expectOk(act(started, { type: 'record-milestone', milestone: 'impact-started', occurredAt: T0 - 45 * MINUTE }));
    expect(moved.incident.impactStartedAt).toBe(T0 - 45 * MINUTE);
  });
});

describe('names the rules do not know', () => {
  it('an unknown severity is refused when declaring and when changing', () => {
    expect(expectRefusal(declareIncident({ title: 'Down', severity: 'catastrophic' as Severity }, ctxAt(T0)))).toMatch(/^Choose a severity \(minor, major or critical\)/);
    expect(expectRefusal(act(declared(), { type: 'change-severity', severity: 'sev0' as Severity }))).toBe('Choose a severity: minor, major or critical.');
  });

  it('an unknown milestone is refused, and declared and resolved are sent to their own actions', () => {
    expect(expectRefusal(act(declared(), { type: 'record-milestone', milestone: 'fixed' as MilestoneName, occurredAt: T0 }))).toBe('Choose a milestone: impact started, detected or mitigated.');
    expect(expectRefusal(act(declared(), { type: 'record-milestone', milestone: 'toString' as MilestoneName, occurredAt: T0 }))).toMatch(/^Choose a milestone/);
    expect(expectRefusal(act(declared(), { type: 'record-milestone', milestone: 'declared', occurredAt: T0 }))).toMatch(/^The declared milestone is recorded when/);
    expect(expectRefusal(act(declared(), { type: 'record-milestone', milestone: 'resolved', occurredAt: T0 }))).toMatch(/^Use Resolve to end the incident/);
    expect(expectRefusal(act(declared(), { type: 'record-milestone', milestone: 'detected', occurredAt: Number.NaN }))).toBe('Pick a valid time for the milestone.');
  });

  it('an unknown action is refused by name', () => {
    expect(expectRefusal(act(declared(), { type: 'escalate' } as unknown as LifecycleAction))).toBe('Sitrep does not know the action "escalate".');
  });

  it('"@constructor" and other words every object inherits are mentions, not milestones', () => {
    for (const word of ['constructor', 'tostring', 'valueof', '__proto__']) {
      expect(parseComposerInput(`@${word} is broken again`)).toEqual({ type: 'entry', kind: 'note', text: `@${word} is broken again`, milestone: null });
    }
  });

  it('"ping @mitigated now" is a note that mentions a word, not a milestone', () => {
    expect(parseComposerInput('ping @mitigated now')).toEqual({ type: 'entry', kind: 'note', text: 'ping @mitigated now', milestone: null });
    expect(parseComposerInput('@mitigated now')).toEqual({ type: 'entry', kind: 'milestone', text: 'now', milestone: 'mitigated' });
  });
});

describe('handing over the lead', () => {
  it('is refused once the analysis is done or skipped, and allowed until then', () => {
    const scheduled = run(resolvedIncident(), { type: 'schedule-analysis', scheduledFor: T0 + 26 * HOUR });
    expect(expectOk(act(resolvedIncident(), { type: 'hand-over', to: 'Ben' })).incident.lead).toBe('Ben');
    expect(expectOk(act(scheduled, { type: 'hand-over', to: 'Ben' })).incident.lead).toBe('Ben');
    for (const finished of [run(scheduled, { type: 'complete-analysis' }), run(resolvedIncident(), { type: 'skip-analysis', reason: 'uneventful' })]) {
      expect(expectRefusal(act(finished, { type: 'hand-over', to: 'Ben' }))).toBe('This incident is finished; there is no lead role left to hand over.');
    }
  });

  it('refuses the same person in other letter case, and a name on two lines', () => {
    expect(expectRefusal(act(declared(), { type: 'hand-over', to: ' ANA ' }))).toBe('Ana already leads this incident; name someone else to hand over to.');
    expect(expectRefusal(act(declared(), { type: 'hand-over', to: 'Ben\nCarl' }))).toBe('Write the name of the new lead on one line.');
    expect(expectRefusal(act(declared(), { type: 'hand-over', to: 'Ben\u2028Carl' }))).toBe('Write the name of the new lead on one line.');
  });
});

describe('the checklist', () => {
  const checklist = () => createIncidentChecklist('inc-1', 'critical', defaultLeadDuties.critical, T0);
  const ctx = { by: 'Dana', at: T0 + MIN };

  it('unticking one duty keeps every other mark', () => {
    const a = tickItem(checklist(), leadDutyIds.statusPage, ctx);
    if (!a.ok) throw new Error(a.reason);
    const b = markNotApplicable(a.checklist, leadDutyIds.announceToUsers, 'internal only', ctx);
    if (!b.ok) throw new Error(b.reason);
    const c = tickItem(b.checklist, leadDutyIds.keepNotes, ctx);
    if (!c.ok) throw new Error(c.reason);
    const undone = untickItem(c.checklist, leadDutyIds.statusPage, { by: 'Dana', at: T0 + 2 * MIN });
    expect(undone).toMatchObject({ ok: true, entryText: 'Checklist: unticked: Update the public status page' });
    if (!undone.ok) return;
    expect(Object.keys(undone.checklist.marks).sort()).toEqual([leadDutyIds.announceToUsers, leadDutyIds.keepNotes].sort());
    expect(undone.checklist.marks[leadDutyIds.keepNotes]).toEqual({ state: 'done', at: T0 + MIN, by: 'Dana' });
    const again = untickItem(undone.checklist, leadDutyIds.announceToUsers, ctx);
    expect(again).toMatchObject({ ok: true, entryText: expect.stringMatching(/^Checklist: applicable again: /) });
  });

  it('removing one duty from a template keeps the others, in order', () => {
    const items = defaultLeadDuties.critical;
    const result = removeTemplateItem(items, leadDutyIds.statusPage);
    expect(result).toEqual({ ok: true, items: items.filter((i) => i.id !== leadDutyIds.statusPage) });
    if (result.ok) expect(result.items).toHaveLength(items.length - 1);
    expect(removeTemplateItem(items, 'gone')).toEqual({ ok: false, reason: 'That duty is no longer in the template.' });
  });

  it('offers the new template when a duty’s text or detail was edited, and not when nothing changed', () => {
    const mine = checklist();
    expect(templateDiffers(mine, 'critical', defaultLeadDuties.critical)).toBe(false);
    const renamed = defaultLeadDuties.critical.map((item, i) => (i === 2 ? { ...item, text: `${item.text} (EU too)` } : item));
    expect(templateDiffers(mine, 'critical', renamed)).toBe(true);
    const detailed = defaultLeadDuties.critical.map((item, i) => (i === 0 ? { ...item, detail: 'Page the DBA on call' } : item));
    expect(templateDiffers(mine, 'critical', detailed)).toBe(true);
    const reordered = [...defaultLeadDuties.critical].reverse();
    expect(templateDiffers(mine, 'critical', reordered)).toBe(true);
    expect(templateDiffers(mine, 'major', defaultLeadDuties.critical)).toBe(true);
  });
});

describe('reminders', () => {
  const HOUR_MS = 60 * MIN;
  const subject = (overrides: Partial<NudgeSubject> = {}, incident = incidentAt()): NudgeSubject => ({
    incident,
    lastEntryAt: T0,
    lastStatusPageAt: null,
    prefs: {},
    ...overrides,
  });

  it('an ended snooze no longer holds the quiet-log reminder once the log has moved on', () => {
    // Snoozed until T0+20; a note at T0+30 restarts the 15-minute clock from the note, not from the snooze.
    const s = subject({ lastEntryAt: T0 + 30 * MIN, prefs: snooze({}, 'quiet-log', T0 + 20 * MIN) });
    expect(dueNudges([s], defaultNudgeIntervals, T0 + 45 * MIN).map((n) => n.kind)).toContain('quiet-log');
    expect(dueNudges([s], defaultNudgeIntervals, T0 + 45 * MIN - 1).map((n) => n.kind)).not.toContain('quiet-log');
  });

  it('a snooze still running holds the reminder until it ends', () => {
    const s = subject({ lastEntryAt: T0, prefs: snooze({}, 'quiet-log', T0 + 40 * MIN) });
    expect(dueNudges([s], defaultNudgeIntervals, T0 + 40 * MIN - 1).map((n) => n.kind)).not.toContain('quiet-log');
    expect(dueNudges([s], defaultNudgeIntervals, T0 + 40 * MIN).find((n) => n.kind === 'quiet-log')?.dueAt).toBe(T0 + 40 * MIN);
  });

  it('"never" for the analysis reminder never fires, and gives no due time', () => {
    const resolved = incidentAt({ status: 'resolved', rootCause: 'x', fix: 'y', resolvedAt: T0 + HOUR_MS });
    const never = { ...defaultNudgeIntervals, analysisAfterResolveHours: null };
    const s = subject({ lastEntryAt: T0 + HOUR_MS }, resolved);
    expect(dueNudges([s], never, T0 + 30 * 24 * HOUR_MS)).toEqual([]);
    expect(nextNudgeAt([s], never, T0 + HOUR_MS)).toBeNull();
    expect(nextNudgeAt([s], defaultNudgeIntervals, T0 + HOUR_MS)).toBe(T0 + 25 * HOUR_MS);
  });
});

describe('analysis metrics from milestones', () => {
  const metric = (name: string, incident: Incident, entries: ReturnType<typeof entryAt>[]) => computeMetrics(incident, entries).find((m) => m.name === name)!;
  const milestone = (name: MilestoneName, at: number, extra = {}) => entryAt(at, { id: `m-${name}-${at}`, kind: 'milestone', milestone: name, ...extra });

  it('measures time to detect from the earliest of two "detected" milestones', () => {
    const incident = incidentAt({ impactStartedAt: T0 - 30 * MIN });
    const entries = [milestone('detected', T0 - 5 * MIN), milestone('detected', T0 - 20 * MIN)];
    expect(metric('Time to detect', incident, entries)).toMatchObject({ valueMs: 10 * MIN, text: '10 min' });
    expect(metric('Time to detect', incident, [...entries].reverse()).valueMs).toBe(10 * MIN);
  });

  it('ignores a deleted milestone and a milestone entry without a name', () => {
    const incident = incidentAt({ impactStartedAt: T0 - 30 * MIN });
    const entries = [milestone('detected', T0 - 25 * MIN, { deletedAt: T0 }), milestone('detected', T0 - 10 * MIN), entryAt(T0 - 29 * MIN, { kind: 'milestone' }), entryAt(T0 - 28 * MIN, { kind: 'note', milestone: 'detected' })];
    expect(metric('Time to detect', incident, entries).valueMs).toBe(20 * MIN);
  });

  it('says "out of order" instead of a negative duration', () => {
    const incident = incidentAt({ impactStartedAt: T0 - 10 * MIN });
    const m = metric('Time to mitigate', incident, [milestone('mitigated', T0 - 20 * MIN)]);
    expect(m).toEqual({ name: 'Time to mitigate', valueMs: null, text: 'unknown', basis: 'impact-started → mitigated (out of order)' });
    expect(metric('Time to mitigate', incident, [milestone('mitigated', T0 - 10 * MIN)])).toMatchObject({ valueMs: 0 });
  });

  it('names both missing milestones when neither was recorded', () => {
    expect(metric('Time to detect', incidentAt(), []).basis).toBe('impact-started → detected (no impact-started and detected milestone)');
    expect(metric('Total duration', incidentAt(), []).basis).toBe('declared → resolved (no resolved milestone)');
  });
});

it('a resolve through the fixtures is what the other tests build on', () => {
  expect(resolvedIncident()).toMatchObject({ status: 'resolved', rootCause: resolveAction.type === 'resolve' ? resolveAction.rootCause : '' });
});
