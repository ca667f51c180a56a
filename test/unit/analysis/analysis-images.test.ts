import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeEntry, makeIncident } from './analysis-fixtures';

// Screenshots attached to timeline entries: each becomes a file beside the document, numbered in timeline
// order, and a redacted entry takes its pictures with it.

describe('images in the analysis document', () => {
  it('writes every picture of every entry, numbered in timeline order, each linked under its own entry', () => {
    const first = makeEntry({ text: 'Error rate climbing' });
    const second = makeEntry({ text: 'Latency after rollback' });
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [second, first],
      images: [
        { entryId: second.id, fileName: 'latency.png' },
        { entryId: first.id, fileName: 'errors.png' },
        { entryId: first.id, fileName: 'errors-eu.png' },
      ],
    });
    expect(doc.images.map((i) => [i.entryId, i.fileName, i.path])).toEqual([
      [first.id, 'errors.png', '2026-11-26-checkout-is-down-images/001-errors.png'],
      [first.id, 'errors-eu.png', '2026-11-26-checkout-is-down-images/002-errors-eu.png'],
      [second.id, 'latency.png', '2026-11-26-checkout-is-down-images/003-latency.png'],
    ]);
    const rowOf = (text: string) => doc.markdown.split('\n').find((l) => l.includes(text)) ?? '';
    expect(rowOf('Error rate climbing')).toContain('(<./2026-11-26-checkout-is-down-images/001-errors.png>)');
    expect(rowOf('Error rate climbing')).toContain('(<./2026-11-26-checkout-is-down-images/002-errors-eu.png>)');
    expect(rowOf('Latency after rollback')).toContain('(<./2026-11-26-checkout-is-down-images/003-latency.png>)');
  });

  it('writes no picture of a redacted entry, and links none', () => {
    const secret = makeEntry({ text: 'Token in the screenshot' });
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [secret],
      images: [{ entryId: secret.id, fileName: 'token.png' }],
      options: { redactEntryIds: [secret.id] },
    });
    expect(doc.images).toEqual([]);
    expect(doc.markdown).not.toContain('token.png');
  });
});
