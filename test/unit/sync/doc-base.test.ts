import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, declareIncident } from '../../../src/shared/domain/incident-lifecycle';
import { makeEntry } from '../../../src/shared/domain/timeline-entry-factory';
import { newId } from '../../../src/shared/domain/ids';
import { baseFor, readBase, shareIncident } from '../../../src/shared/sync/incident-doc';
import { deriveIncident } from '../../../src/shared/sync/derive-incident';

/* The base of a shared incident: its state when it was first shared, which every machine replays from. */

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const MINUTE = 60_000;

/** Ana's incident, resolved and noted on before she shares it. */
function resolvedBeforeSharing() {
  const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at: T0, newId: () => newId(T0) });
  if (!declared.ok) throw new Error(declared.reason);
  const at = T0 + MINUTE;
  const resolved = applyLifecycleAction(declared.incident, { type: 'resolve', rootCause: 'cache stampede', fix: 'rolled back' }, { by: 'Ana', at, newId: () => newId(at) });
  if (!resolved.ok) throw new Error(resolved.reason);
  const note = makeEntry({ incidentId: declared.incident.id, kind: 'note', text: 'Error rate back to normal', author: 'Ana', source: 'composer' }, { at, newId: () => newId(at) });
  return { incident: resolved.incident, entries: [...declared.entries, ...resolved.entries, note], resolveEntry: resolved.entries[0]! };
}

describe('sharing an incident', () => {
  it('names in its base only the actions already folded into the shared state, so a teammate replays none of them again', () => {
    const { incident, entries, resolveEntry } = resolvedBeforeSharing();
    const base = baseFor(incident, entries);
    expect(base.applied).toEqual([resolveEntry.id]);
    expect(deriveIncident(base, entries)).toEqual({ incident, conflicts: [] });
  });

  it('keeps the base of whoever shared first when a teammate shares the same incident again', () => {
    const { incident, entries } = resolvedBeforeSharing();
    const doc = new Y.Doc();
    shareIncident(doc, baseFor(incident, entries), entries);
    const stale = { ...incident, title: 'Checkout slow', status: 'investigating' as const, resolvedAt: null };
    shareIncident(doc, baseFor(stale, []), []);
    expect(readBase(doc)).toEqual(baseFor(incident, entries));
  });

  it('reads no base from a doc whose base was only half written, and skips ids that are not text', () => {
    const { incident, resolveEntry } = resolvedBeforeSharing();
    const doc = new Y.Doc();
    doc.getMap('base').set('incident', incident);
    expect(readBase(doc)).toBeNull();
    doc.getMap('base').set('applied', [resolveEntry.id, 42, null]);
    expect(readBase(doc)).toEqual({ incident, applied: [resolveEntry.id] });
    expect(readBase(new Y.Doc())).toBeNull();
  });
});
