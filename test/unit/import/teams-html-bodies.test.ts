import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/shared/import/teams-messages';

/** Message bodies as Teams stores them (contentType "html"), and the text the user read in the chat. */
describe('a Teams HTML body read as text', () => {
  it.each([
    ['<p>first</p><p>second</p>', 'first\nsecond\n'],
    ['line one<br>line two', 'line one\nline two'],
    ['<ul><li>restart pods</li><li>raise the pool</li></ul>', 'restart pods\nraise the pool\n'],
    ['<h1>Update</h1><h2>Impact</h2><h3>Next</h3><h4>Owner</h4>', 'Update\nImpact\nNext\nOwner\n'],
    ['<blockquote>quoted</blockquote>after', 'quoted\nafter'],
    ['<table><tr><td>api</td></tr><tr><td>db</td></tr></table>', 'api\ndb\n'],
    ['<div>a</div><div>b</div>', 'a\nb\n'],
    ['<span>inline</span> <b>bold</b>', 'inline bold'],
    ['<p>a</p><p></p><p></p><p></p><p>b</p>', 'a\n\nb\n'],
    ['paging <at id="0">Bob Ng</at>', 'paging @Bob Ng'],
    ['<a href="https://grafana.example/d/1">board</a>', 'board (https://grafana.example/d/1)'],
    ['<a href="https://status.example">https://status.example</a>', 'https://status.example'],
    ['<a>no address</a>', 'no address'],
    ['run <code>kubectl get pods</code>', 'run `kubectl get pods`'],
    ['<pre>SELECT 1;\nSELECT 2;</pre>done', '```SELECT 1;\nSELECT 2;```\ndone'],
    ['<pre><code>rollout undo</code></pre>', '```rollout undo```\n'],
    ['<img src="x.png" alt="error rate">', '[image: error rate]'],
    ['<img src="x.png" alt="">', '[image]'],
    ['<img src="x.png">', '[image]'],
    ['a<script>alert(1)</script><style>p{}</style>b', 'ab'],
    ['a&nbsp;b&nbsp;&nbsp;c', 'a b  c'],
    ['<!-- a comment -->kept', 'kept'],
    ['error rate &gt; 5% &amp; rising', 'error rate > 5% & rising'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('code blocks in a Teams body', () => {
  it('keeps backticks the writer put inside a code block', () => {
    expect(htmlToText('<pre>run `date` now</pre>')).toBe('```run `date` now```\n');
  });
});
