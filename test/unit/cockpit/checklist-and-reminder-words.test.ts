import { describe, expect, it } from 'vitest';
import { applyTemplate, createIncidentChecklist, lastStatusPageAt, markNotApplicable, recordCopy, templateDiffers, tickItem, untickItem } from '../../../src/shared/checklist/incident-checklist';
import { addTemplateItem, moveTemplateItem } from '../../../src/shared/checklist/checklist-template';
import { defaultLeadDuties, leadDutyIds } from '../../../src/shared/handbook/lead-duties';
import { defaultNudgeIntervals, intervalMs, setNudgeOff, snooze } from '../../../src/shared/nudges/nudge-settings';
import { MIN, T0 } from '../../support/domain-fixtures';

// What the checklist window and the reminder settings tell the lead, word for word, and the edges of
// moving duties and of snoozing: the older tests checked only that a refusal happened.

const by = 'Dana';
const fresh = () => createIncidentChecklist('inc-1', 'critical', defaultLeadDuties.critical, T0);

describe('checklist refusals say what happened', () => {
  it('for a duty no longer on the list, one already ticked, one not ticked, and a blank reason', () => {
    expect(tickItem(fresh(), 'gone', { by, at: T0 })).toEqual({ ok: false, reason: 'This duty (gone) is no longer on the checklist; reopen the checklist to see the current list.' });
    expect(untickItem(fresh(), 'gone', { by, at: T0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/^This duty \(gone\)/) });
    expect(markNotApplicable(fresh(), 'gone', 'why', { by, at: T0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/^This duty \(gone\)/) });
    const ticked = tickItem(fresh(), leadDutyIds.keepNotes, { by, at: T0 });
    if (!ticked.ok) throw new Error(ticked.reason);
    expect(tickItem(ticked.checklist, leadDutyIds.keepNotes, { by, at: T0 })).toEqual({ ok: false, reason: '"Keep timestamped notes" is already ticked.' });
    expect(untickItem(fresh(), leadDutyIds.keepNotes, { by, at: T0 })).toEqual({ ok: false, reason: '"Keep timestamped notes" is not ticked.' });
    expect(markNotApplicable(fresh(), leadDutyIds.keepNotes, '  ', { by, at: T0 })).toEqual({ ok: false, reason: 'Say why this duty does not apply (for example "no public impact").' });
  });

  it('for the same "not applicable" twice, and records a ticked duty marked not applicable', () => {
    const first = markNotApplicable(fresh(), leadDutyIds.announceToUsers, 'internal only', { by, at: T0 });
    if (!first.ok) throw new Error(first.reason);
    expect(first.entryText).toBe('Checklist: not applicable: Announce it to users (internal only)');
    expect(markNotApplicable(first.checklist, leadDutyIds.announceToUsers, 'internal only ', { by, at: T0 })).toEqual({ ok: false, reason: '"Announce it to users" is already marked not applicable for that reason.' });
    const ticked = tickItem(fresh(), leadDutyIds.announceToUsers, { by, at: T0 });
    if (!ticked.ok) throw new Error(ticked.reason);
    expect(markNotApplicable(ticked.checklist, leadDutyIds.announceToUsers, 'internal only', { by, at: T0 + MIN })).toMatchObject({ ok: true });
  });
});

describe('applying a template', () => {
  it('says which template and how many duties, and offers itself only when something differs', () => {
    const applied = applyTemplate(fresh(), 'major', defaultLeadDuties.major, T0 + MIN);
    expect(applied.entryText).toBe(`Checklist: applied the current major template (${defaultLeadDuties.major.length} duties)`);
    expect(templateDiffers(fresh(), 'critical', [...defaultLeadDuties.critical, { id: 'extra', text: 'Extra duty' }])).toBe(true);
    const plain = createIncidentChecklist('inc-1', 'minor', [{ id: 'a', text: 'A' }], T0);
    expect(templateDiffers(plain, 'minor', [{ id: 'a', text: 'A', detail: '' }])).toBe(false);
    expect(templateDiffers(plain, 'minor', [{ id: 'b', text: 'A' }])).toBe(true);
  });
});

describe('moving duties in a template', () => {
  const items = defaultLeadDuties.minor;
  it('keeps the last one last when moved down, and refuses a duty that is gone', () => {
    const last = items.at(-1)!.id;
    const moved = moveTemplateItem(items, last, 1);
    expect(moved).toEqual({ ok: true, items: [...items] });
    const second = moveTemplateItem(items, items[0]!.id, 1);
    expect(second.ok && second.items.slice(0, 2).map((i) => i.id)).toEqual([items[1]!.id, items[0]!.id]);
    expect(moveTemplateItem(items, 'gone', 1)).toEqual({ ok: false, reason: 'That duty is no longer in the template.' });
    expect(addTemplateItem(items, '', 'x')).toEqual({ ok: false, reason: 'Type the duty first, for example "Page the database owner".' });
  });
});

describe('when the status page counts as updated', () => {
  it('a copy later than the tick wins, and marking the duty not applicable is no update', () => {
    const ticked = tickItem(fresh(), leadDutyIds.statusPage, { by, at: T0 + 2 * MIN });
    if (!ticked.ok) throw new Error(ticked.reason);
    expect(lastStatusPageAt(recordCopy(ticked.checklist, 'status-page', 'Status page update', 'x', T0 + 7 * MIN).checklist)).toBe(T0 + 7 * MIN);
    expect(lastStatusPageAt(ticked.checklist)).toBe(T0 + 2 * MIN);
    const na = markNotApplicable(fresh(), leadDutyIds.statusPage, 'no public page', { by, at: T0 + MIN });
    if (!na.ok) throw new Error(na.reason);
    expect(lastStatusPageAt(na.checklist)).toBeNull();
    expect(lastStatusPageAt(undefined)).toBeNull();
  });
});

describe('reminder settings', () => {
  it('turn minutes and hours into the clock’s milliseconds, and "never" into no reminder', () => {
    expect(intervalMs(defaultNudgeIntervals, 'status-page', 'critical')).toBe(30 * MIN);
    expect(intervalMs(defaultNudgeIntervals, 'status-page', 'minor')).toBeNull();
    expect(intervalMs(defaultNudgeIntervals, 'quiet-log', 'minor')).toBe(60 * MIN);
    expect(intervalMs(defaultNudgeIntervals, 'analysis', 'major')).toBe(24 * 60 * MIN);
    expect(intervalMs({ ...defaultNudgeIntervals, analysisAfterResolveHours: null }, 'analysis', 'major')).toBeNull();
  });

  it('switching a reminder off drops its snooze; switching it on keeps one still set; a snooze keeps it off', () => {
    const snoozed = snooze({}, 'quiet-log', T0 + 30 * MIN);
    expect(snoozed).toEqual({ 'quiet-log': { off: false, snoozedUntil: T0 + 30 * MIN } });
    expect(setNudgeOff(snoozed, 'quiet-log', true)).toEqual({ 'quiet-log': { off: true, snoozedUntil: null } });
    expect(setNudgeOff(snoozed, 'quiet-log', false)).toEqual({ 'quiet-log': { off: false, snoozedUntil: T0 + 30 * MIN } });
    expect(setNudgeOff({}, 'analysis', false)).toEqual({ analysis: { off: false, snoozedUntil: null } });
    expect(snooze({ 'status-page': { off: true, snoozedUntil: null } }, 'status-page', T0)).toEqual({ 'status-page': { off: true, snoozedUntil: T0 } });
  });
});
