import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeIncident } from './analysis-fixtures';

// Raw HTML pasted into prose (a <details> block, a template's comment) is shown as the text it is, line for
// line: no line lost or run into the next, and blank lines inside a comment still part paragraphs.

const section = (markdown: string, heading: string): string => {
  const from = markdown.indexOf(heading);
  return markdown.slice(from, markdown.indexOf('\n## ', from) + 1);
};

describe('raw HTML in the root cause of the analysis document', () => {
  it('keeps every line of a block, each on its own line, and splits a comment at its blank lines', () => {
    const rootCause = [
      'The pool was too small.',
      '',
      '<details>',
      '<summary>Settings</summary>',
      'max=10 idle=2',
      '</details>',
      '',
      '<!-- to fill in:',
      'who approved it',
      '',
      '',
      'and when -->',
    ].join('\n');
    const doc = buildAnalysisDocument({ incident: makeIncident({ rootCause }), entries: [] });
    expect(section(doc.markdown, '## Root cause')).toBe(
      '## Root cause\n\n' +
        'The pool was too small.\n\n' +
        '\\<details\\>\\\n\\<summary\\>Settings\\</summary\\>\\\nmax=10 idle=2\\\n\\</details\\>\n\n' +
        '\\<\\!-- to fill in:\\\nwho approved it\n\n' +
        'and when --\\>\n\n',
    );
  });
});
