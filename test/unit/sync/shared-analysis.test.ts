import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis/analysis-document';
import { declareIncident } from '../../../src/shared/domain/incident-lifecycle';
import { makeEntry } from '../../../src/shared/domain/timeline-entry-factory';
import { newId } from '../../../src/shared/domain/ids';
import { baseFor, shareIncident } from '../../../src/shared/sync/incident-doc';
import { Replica, syncPair } from '../../support/sync-replica';

describe('the analysis of a shared incident', () => {
  it('holds every responder’s entries, each with its author', () => {
    const t = Date.UTC(2026, 10, 29, 9, 0, 0);
    const ana = new Replica('Ana');
    const ben = new Replica('Ben');
    const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at: t, newId: () => newId(t) });
    if (!declared.ok) throw new Error(declared.reason);
    ana.commit(declared.entries);
    shareIncident(ana.doc, baseFor(declared.incident, declared.entries), declared.entries);
    syncPair(ana, ben);
    const note = (r: Replica, text: string, at: number) =>
      r.commit([makeEntry({ incidentId: declared.incident.id, kind: 'note', text, author: r.name, source: 'composer' }, { at, newId: () => newId(at) })]);
    note(ana, 'rolled back the config', t + 60_000);
    note(ben, 'payments recovering in eu-west', t + 120_000);
    ben.act({ type: 'resolve', rootCause: 'config push removed the payment host', fix: 'rolled back' }, t + 180_000, () => newId(t + 180_000));
    syncPair(ana, ben);

    const doc = buildAnalysisDocument({ incident: ana.incident()!, entries: ana.entries() });
    const rows = doc.markdown.split('\n').filter((line) => line.startsWith('| 2026-'));
    expect(rows.find((r) => r.includes('rolled back the config'))).toContain('| Ana |');
    expect(rows.find((r) => r.includes('payments recovering in eu-west'))).toContain('| Ben |');
    expect(rows.find((r) => r.includes('Resolved. Root cause'))).toContain('| Ben |');
    expect(doc.markdown).toContain('config push removed the payment host');
  });
});
