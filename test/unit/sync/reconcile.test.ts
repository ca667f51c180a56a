import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../../src/shared/domain/timeline-entry-factory';
import { nextChangeAt } from '../../../src/shared/domain/entry-versions';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { CONFLICT_AUTHOR, CONFLICT_SUFFIX } from '../../../src/shared/sync/derive-incident';
import { reconcile } from '../../../src/shared/sync/reconcile';

/* What a machine sends up to the shared doc and takes down from it when it starts or hears of a change. */

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const MINUTE = 60_000;

const note = (id: string, text: string, author = 'Ana'): TimelineEntry =>
  makeEntry({ incidentId: 'incident-1', kind: 'note', text, author, source: 'composer' }, { at: T0, newId: () => id });
const edited = (entry: TimelineEntry, text: string, at: number): TimelineEntry => ({ ...entry, text, editedAt: at, changedAt: nextChangeAt(entry, at) });

describe('reconciling a machine with the shared doc', () => {
  it('sends up only what the doc lacks or holds an older copy of, and takes down only what is missing or newer here', () => {
    const same = note('e1', 'Errors started');
    const unsent = note('e2', 'Saved, then the app died before sending');
    const editedHere = edited(note('e3', 'Rolled back'), 'Rolled back the 09:40 deploy', T0 + MINUTE);
    const editedThere = edited(note('e4', 'Paged the DB team', 'Ben'), 'Paged the DB team again', T0 + 2 * MINUTE);
    const fromBen = note('e5', 'Cache hit rate dropped', 'Ben');
    const local = [same, unsent, editedHere, note('e4', 'Paged the DB team', 'Ben')];
    const doc = [same, note('e3', 'Rolled back'), editedThere, fromBen];
    expect(reconcile(doc, local)).toEqual({ toDoc: [unsent, editedHere], toLocal: [editedThere, fromBen] });
  });

  it('never sends up a conflict entry: every machine derives its own', () => {
    const conflict = { ...note(`e6${CONFLICT_SUFFIX}`, 'Sync conflict: the resolve by Ben was not applied.'), author: CONFLICT_AUTHOR };
    expect(reconcile([], [conflict])).toEqual({ toDoc: [], toLocal: [] });
  });
});
