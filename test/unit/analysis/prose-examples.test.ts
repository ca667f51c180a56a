import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../src/shared/analysis/markdown-writer';
import { proseBlocks } from '../../../src/shared/analysis/prose-markdown';

/*
 * Prose a lead writes (summary, root cause, fix, learnings), as it is published in the analysis: references
 * resolved within the prose itself, footnotes and raw HTML kept as the text they were, e-mail addresses as typed,
 * web addresses linked, and what a reader would never see (extra table cells, empty list items) left out.
 */
const written = (prose: string): string => writeMarkdown({ type: 'root', children: [...proseBlocks(prose)] });

describe('prose in the published analysis', () => {
  it('resolves a reference link or image against the prose own definitions, the first one winning', () => {
    expect(written('See [the runbook][rb].\n\n[rb]: https://runbooks.test/db "DB runbook"')).toBe('See [the runbook](<https://runbooks.test/db> "DB runbook").\n');
    expect(written('![graph][g]\n\n[g]: https://img.test/g.png "p99"')).toBe('![graph](<https://img.test/g.png> "p99")\n');
    expect(written('[rb]\n\n[rb]: https://a.test\n[rb]: https://b.test')).toBe('[rb](<https://a.test>)\n');
  });

  it('keeps a footnote as the text it was, beside its reference', () => {
    expect(written('Pool ran dry[^Pool].\n\n[^Pool]: max_connections was 100.')).toBe('Pool ran dry\\[^Pool\\].\n\n\\[^Pool\\]: max\\_connections was 100.\n');
    expect(written('See[^e].\n\n[^e]:')).toBe('See\\[^e\\].\n\n\\[^e\\]: \n');
    expect(written('Pool ran dry[^1].\n\n[^1]: max_connections was 100.')).toBe('Pool ran dry\\[^1\\].\n\n\\[^1\\]: max\\_connections was 100.\n');
    expect(written('See[^c].\n\n[^c]:\n    ```\n    SELECT 1;\n    ```')).toBe('See\\[^c\\].\n\n\\[^c\\]: \n\n```\nSELECT 1;\n```\n');
  });

  it('keeps an e-mail address as typed, and a link to one as a link', () => {
    expect(written('Mail oncall@acme.test now')).toBe('Mail oncall@acme.test now\n');
    expect(written('Ask [the on-call](mailto:oncall@acme.test)')).toBe('Ask [the on-call](<mailto:oncall@acme.test>)\n');
  });

  it('links a web address in otherwise plain words', () => {
    expect(written('See http://status.test now')).toBe('See [http\\://status.test](<http://status.test>) now\n');
    expect(written('Status at www.status.test now')).toBe('Status at [www\\.status.test](<http://www.status.test>) now\n');
  });

  it('shows inline HTML as the text it is', () => {
    expect(written('Press <kbd>Ctrl</kbd> to stop')).toBe('Press \\<kbd\\>Ctrl\\</kbd\\> to stop\n');
  });

  it('leaves out table cells past the header and empty list items, which a reader never sees', () => {
    expect(written('| a |\n|-|\n| b | extra |')).toBe('| a |\n| - |\n| b |\n');
    expect(written('- restarted\n-\n- checked')).toBe('- restarted\n- checked\n');
    expect(written('Notes:\n\n-')).toBe('Notes:\n');
  });
});
