import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// An entry of several lines, pasted from a terminal or a chat (Windows, old Mac or Unix line endings), as the
// analysis document shows it: one line per line in the lists, joined by <br> in the timeline table, blank
// lines dropped from the lists, and an image placed after the text.

const MIN = 60_000;

describe('an entry of several lines in the analysis document', () => {
  it('keeps each line on its own line of a listed decision, whatever the line endings, dropping blank ones', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [makeEntry({ kind: 'decision', text: 'Roll back the config\r\n\r\n  \rthen page the DB owner\nand wait', occurredAt: T0 + MIN })],
    });
    expect(doc.markdown).toContain('- 2026-11-26 14:01:00 UTC, Dana: Roll back the config\\\n  then page the DB owner\\\n  and wait\n');
  });

  it('leaves a decision of blank lines as just its time and author', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [makeEntry({ kind: 'decision', text: '   ', occurredAt: T0 + MIN })] });
    expect(doc.markdown).toContain('- 2026-11-26 14:01:00 UTC, Dana: \n');
  });

  it('joins the lines with <br> in one timeline cell, keeping blank ones, and puts a screenshot after the text', () => {
    const shot = makeEntry({ text: 'first\r\n\r\nthird', occurredAt: T0 + MIN });
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [shot], images: [{ entryId: shot.id, fileName: 'graph.png' }] });
    expect(doc.markdown).toContain('| first<br><br>third ![graph.png](<./2026-11-26-checkout-is-down-images/001-graph.png>) |');
    const plain = buildAnalysisDocument({ incident: makeIncident(), entries: [makeEntry({ text: 'one\rtwo', occurredAt: T0 + MIN })] });
    expect(plain.markdown).toContain('| one<br>two |');
  });

  it('shows only the screenshot when the entry has no text', () => {
    const shot = makeEntry({ text: '', occurredAt: T0 + MIN });
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [shot], images: [{ entryId: shot.id, fileName: 'graph.png' }] });
    expect(doc.markdown).toContain('| note | ![graph.png](<./2026-11-26-checkout-is-down-images/001-graph.png>) |');
  });
});
