import { describe, expect, it } from 'vitest';
import {
  applyTemplate,
  checklistProgress,
  createIncidentChecklist,
  describeProgress,
  IncidentChecklistSchema,
  lastStatusPageAt,
  markNotApplicable,
  recordCopy,
  templateDiffers,
  tickItem,
  untickItem,
  type IncidentChecklist,
} from '../../../src/shared/checklist/incident-checklist';
import { addTemplateItem, effectiveTemplate, moveTemplateItem, removeTemplateItem } from '../../../src/shared/checklist/checklist-template';
import { defaultLeadDuties, leadDutyIds } from '../../../src/shared/handbook/lead-duties';
import { T0, MIN } from '../../support/domain-fixtures';

const by = 'Dana';
const fresh = (): IncidentChecklist => createIncidentChecklist('inc-1', 'critical', defaultLeadDuties.critical, T0);

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('an incident checklist', () => {
  it('is a copy of the template: editing the template later does not change it', () => {
    const template = effectiveTemplate('major', undefined);
    const checklist = createIncidentChecklist('inc-1', 'major', template, T0);
    template[0]!.text = 'changed afterwards';
    expect(checklist.items[0]!.text).toBe(defaultLeadDuties.major[0]!.text);
    expect(IncidentChecklistSchema.parse(checklist)).toEqual(checklist);
  });

  it('a tick is recorded with who and when, and counts as progress', () => {
    const result = ok(tickItem(fresh(), leadDutyIds.statusPage, { by, at: T0 + MIN }));
    expect(result.checklist.marks[leadDutyIds.statusPage]).toEqual({ state: 'done', at: T0 + MIN, by });
    expect(result.entryText).toBe('Checklist: done: Update the public status page');
    const progress = checklistProgress(result.checklist);
    expect(progress).toEqual({ done: 1, notApplicable: 0, total: defaultLeadDuties.critical.length, open: defaultLeadDuties.critical.length - 1 });
    expect(describeProgress(progress)).toBe(`1 of ${defaultLeadDuties.critical.length} done`);
  });

  it('unticking is the undo and is recorded too; unticking an open item is refused', () => {
    const ticked = ok(tickItem(fresh(), leadDutyIds.keepNotes, { by, at: T0 })).checklist;
    const undone = ok(untickItem(ticked, leadDutyIds.keepNotes, { by, at: T0 + MIN }));
    expect(undone.checklist.marks[leadDutyIds.keepNotes]).toBeUndefined();
    expect(undone.entryText).toBe('Checklist: unticked: Keep timestamped notes');
    expect(untickItem(undone.checklist, leadDutyIds.keepNotes, { by, at: T0 }).ok).toBe(false);
    expect(tickItem(ticked, leadDutyIds.keepNotes, { by, at: T0 }).ok).toBe(false);
  });

  it('not applicable needs a reason and leaves the item out of the total', () => {
    const refused = markNotApplicable(fresh(), leadDutyIds.announceToUsers, '   ', { by, at: T0 });
    expect(refused).toMatchObject({ ok: false });
    const result = ok(markNotApplicable(fresh(), leadDutyIds.announceToUsers, ' internal tool only ', { by, at: T0 }));
    expect(result.checklist.marks[leadDutyIds.announceToUsers]?.reason).toBe('internal tool only');
    expect(result.entryText).toContain('(internal tool only)');
    const progress = checklistProgress(result.checklist);
    expect(progress.total).toBe(defaultLeadDuties.critical.length - 1);
    expect(describeProgress(progress)).toBe(`0 of ${defaultLeadDuties.critical.length - 1} done (1 not applicable)`);
    const back = ok(untickItem(result.checklist, leadDutyIds.announceToUsers, { by, at: T0 }));
    expect(back.entryText).toBe('Checklist: applicable again: Announce it to users');
  });

  it('the same "not applicable" twice is refused, so a double Enter writes one line; a new reason is recorded', () => {
    const first = ok(markNotApplicable(fresh(), leadDutyIds.announceToUsers, 'internal tool only', { by, at: T0 }));
    expect(markNotApplicable(first.checklist, leadDutyIds.announceToUsers, ' internal tool only', { by, at: T0 + 24 })).toMatchObject({ ok: false });
    const changed = ok(markNotApplicable(first.checklist, leadDutyIds.announceToUsers, 'no users affected', { by, at: T0 + 60_000 }));
    expect(changed.entryText).toContain('(no users affected)');
  });

  it('an unknown item is refused with a reason', () => {
    expect(tickItem(fresh(), 'nope', { by, at: T0 })).toMatchObject({ ok: false });
  });

  it('applying a new template keeps the marks of items that are still there', () => {
    let checklist = ok(tickItem(fresh(), leadDutyIds.keepNotes, { by, at: T0 })).checklist;
    checklist = ok(tickItem(checklist, leadDutyIds.announceToUsers, { by, at: T0 })).checklist;
    const newTemplate = defaultLeadDuties.major; // has keep-notes, lacks announce-to-users
    expect(templateDiffers(checklist, 'major', newTemplate)).toBe(true);
    const applied = applyTemplate(checklist, 'major', newTemplate, T0 + MIN);
    expect(Object.keys(applied.checklist.marks)).toEqual([leadDutyIds.keepNotes]);
    expect(applied.checklist.takenAt).toBe(T0 + MIN);
    expect(templateDiffers(applied.checklist, 'major', newTemplate)).toBe(false);
  });

  it('the status page counts as updated when its duty is ticked or its draft copied, whichever is later', () => {
    expect(lastStatusPageAt(fresh())).toBeNull();
    const copied = recordCopy(fresh(), 'status-page', 'Status page update', 'Investigating: x', T0 + 5 * MIN);
    expect(copied.entryText).toBe('Copied the status page update:\nInvestigating: x');
    expect(lastStatusPageAt(copied.checklist)).toBe(T0 + 5 * MIN);
    const ticked = ok(tickItem(copied.checklist, leadDutyIds.statusPage, { by, at: T0 + 9 * MIN })).checklist;
    expect(lastStatusPageAt(ticked)).toBe(T0 + 9 * MIN);
    expect(lastStatusPageAt(recordCopy(fresh(), 'banner', 'In-app banner', 'x', T0).checklist)).toBeNull();
  });
});

describe('template editing', () => {
  const base = defaultLeadDuties.minor;

  it('adds a trimmed duty at the end and refuses an empty one', () => {
    const added = ok(addTemplateItem(base, '  Page the DBA  ', 'custom-1'));
    expect(added.items.at(-1)).toEqual({ id: 'custom-1', text: 'Page the DBA' });
    expect(addTemplateItem(base, ' ', 'x')).toMatchObject({ ok: false });
  });

  it('removes and reorders; moving past either end keeps the order', () => {
    const first = base[0]!.id;
    const second = base[1]!.id;
    expect(ok(removeTemplateItem(base, first)).items.map((i) => i.id)).not.toContain(first);
    expect(ok(moveTemplateItem(base, second, -1)).items.slice(0, 2).map((i) => i.id)).toEqual([second, first]);
    expect(ok(moveTemplateItem(base, first, -1)).items.map((i) => i.id)).toEqual(base.map((i) => i.id));
    expect(removeTemplateItem(base, 'gone')).toMatchObject({ ok: false });
  });

  it('an edited template replaces the default; none stored means the default', () => {
    expect(effectiveTemplate('minor', undefined)).toEqual(base);
    expect(effectiveTemplate('minor', { severity: 'minor', items: [{ id: 'a', text: 'A' }], updatedAt: T0 })).toEqual([{ id: 'a', text: 'A' }]);
  });
});
