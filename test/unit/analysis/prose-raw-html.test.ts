import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeIncident } from './analysis-fixtures';

// Raw HTML typed into the summary (a comment pasted from a template, say) is shown as the text it is, one
// paragraph per block, without the runs of blank lines it held.

describe('raw HTML in the summary of the analysis', () => {
  it('is shown as escaped text, its blank lines closed up to one paragraph break', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ summary: '<!-- draft\n\n\n\n  \n\nfrom the template -->' }), entries: [] });
    const summary = doc.markdown.slice(doc.markdown.indexOf('## Summary'), doc.markdown.indexOf('## Impact'));
    expect(summary).toBe('## Summary\n\n\\<\\!-- draft\n\nfrom the template --\\>\n\n');
  });
});
