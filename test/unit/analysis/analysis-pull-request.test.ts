import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument, toAnalysisExport } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// What main is asked to publish for an analysis: the branch and pull request a reviewer sees, and the files.

const MIN = 60_000;

describe('publishing an analysis', () => {
  it('opens a pull request named for the incident, with the metrics and entry counts in its body and no entry text', () => {
    const incident = makeIncident({ severity: 'critical', impactStartedAt: T0 - 10 * MIN, resolvedAt: T0 + 50 * MIN });
    const secret = makeEntry({ text: 'password=hunter2' });
    const gone = makeEntry({ text: 'typo', deletedAt: T0 + MIN });
    const out = makeEntry({ text: 'off topic' });
    const doc = buildAnalysisDocument({
      incident,
      entries: [makeEntry({ text: 'Rolled back' }), secret, gone, out],
      options: { redactEntryIds: [secret.id], excludeEntryIds: [out.id], folder: 'incidents' },
    });
    const exp = toAnalysisExport(incident, doc);
    expect(exp.incidentId).toBe(incident.id);
    expect(exp.title).toBe('Incident analysis: Checkout is down (2026-11-26)');
    expect(exp.commitMessage).toBe('Add the analysis of "Checkout is down"');
    expect(exp.body).toBe(
      [
        'Analysis document for the **critical** incident declared 2026-11-26.',
        '',
        '- Time to detect: unknown',
        '- Time to mitigate: unknown',
        '- Time to resolve: 1 h 00 min',
        '- Total duration: 50 min',
        '- Timeline entries: 2 shown, 1 redacted, 1 left out, 1 deleted',
        '',
        'Document: `incidents/2026-11-26-checkout-is-down.md`',
        '',
        'Opened by Sitrep. Review the learnings in the analysis sync; follow-ups stay with the people who own them.',
      ].join('\n'),
    );
    expect(exp.files).toEqual([{ path: 'incidents/2026-11-26-checkout-is-down.md', encoding: 'utf8', content: doc.markdown }]);
  });

  it('keeps one branch per incident, from its declaration date and id, whatever the title becomes', () => {
    const incident = makeIncident({ id: '01JTESTINCIDENT0000000001' });
    const renamed = { ...incident, title: 'Payments outage (renamed)' };
    const branch = toAnalysisExport(incident, buildAnalysisDocument({ incident, entries: [] })).branch;
    expect(branch).toBe('sitrep/analysis-2026-11-26-01jtestincident0000000001');
    expect(toAnalysisExport(renamed, buildAnalysisDocument({ incident: renamed, entries: [] })).branch).toBe(branch);
  });

  it('cuts a very long title to 250 characters in the pull request and 100 in the commit message', () => {
    const incident = makeIncident({ title: 'x'.repeat(300) });
    const exp = toAnalysisExport(incident, buildAnalysisDocument({ incident, entries: [] }));
    expect(exp.title).toBe(`Incident analysis: ${'x'.repeat(231)}`);
    expect(exp.commitMessage).toBe(`Add the analysis of "${'x'.repeat(100)}"`);
  });

  it('sends each image whose bytes were read, beside the document, and skips one whose bytes are missing', () => {
    const incident = makeIncident();
    const shot = makeEntry({ text: 'Graph' });
    const doc = buildAnalysisDocument({
      incident,
      entries: [shot],
      images: [
        { entryId: shot.id, fileName: 'errors.png' },
        { entryId: shot.id, fileName: 'lost.png' },
      ],
    });
    const exp = toAnalysisExport(incident, doc, new Map([[`${shot.id}/errors.png`, 'iVBORw0KGgo=']]));
    expect(exp.files.slice(1)).toEqual([{ path: '2026-11-26-checkout-is-down-images/001-errors.png', encoding: 'base64', content: 'iVBORw0KGgo=' }]);
  });
});
