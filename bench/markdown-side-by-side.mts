// The analysis document's Markdown writer (src/shared/analysis/markdown-writer.ts, written by hand) beside the
// library it replaced, mdast-util-to-markdown with its GFM extension, on the same document-shaped tree: a
// timeline table, learnings and follow-ups as lists, prose with code, links and styling. Hand-written code
// stays only while it beats the library at equal results: both outputs are parsed back and compared.
import type { PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { writeMarkdown } from '../src/shared/analysis/markdown-writer.ts';
import { percentile, round, sideBySide, type Metric } from './metric.mts';

const ROWS = 10_000;
const ITEMS = 1_000;
const ROUNDS = 5;

const t = (value: string): PhrasingContent => ({ type: 'text', value });
/** Text people type into an incident, with the characters Markdown reads as structure. */
const said = (i: number): PhrasingContent[] => [
  t(`Error rate ${i % 97}% | pool *${i}* at_${i} [shard ${i % 7}] <b> `),
  { type: 'inlineCode', value: `kubectl rollout undo deploy/api-${i % 5}` },
  t(' see '),
  { type: 'link', url: `https://grafana.example/d/${i}?a=1&b=2`, title: null, children: [t(`panel ${i}`)] },
  t(' '),
  { type: 'emphasis', children: [t('still degraded')] },
];

function documentTree(): Root {
  const header: TableRow = { type: 'tableRow', children: ['Time (UTC)', 'Kind', 'Who', 'What'].map((h) => ({ type: 'tableCell', children: [t(h)] })) };
  const rows: TableRow[] = Array.from({ length: ROWS }, (_, i) => ({
    type: 'tableRow',
    children: [[t(`2026-01-14 10:${String(i % 60).padStart(2, '0')}:00`)], [t(i % 3 ? 'note' : 'decision')], [t('Alice Moreau')], said(i)].map((children) => ({ type: 'tableCell', children })),
  }));
  const list = (offset: number): RootContent => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: Array.from({ length: ITEMS }, (_, i) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: said(offset + i) }] })),
  });
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [t('Checkout outage')] },
      { type: 'paragraph', children: said(0) },
      { type: 'heading', depth: 2, children: [t('Timeline')] },
      { type: 'table', align: [null, null, null, null], children: [header, ...rows] },
      { type: 'heading', depth: 2, children: [t('Learnings')] },
      list(ROWS),
      { type: 'heading', depth: 2, children: [t('Root cause')] },
      { type: 'code', lang: 'sql', meta: null, value: 'SELECT count(*) FROM pg_stat_activity;\n-- 500 rows' },
    ],
  };
}

/** The tree a reader's Markdown gets back, without what only layout decides (positions, loose or tight lists). */
function readBack(markdown: string): unknown {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' || key === 'spread' ? undefined : value)));
}

export function markdownSideBySide(): Metric[] {
  const tree = documentTree();
  const { times, outputs } = sideBySide(
    {
      ours: () => writeMarkdown(tree),
      library: () => toMarkdown(tree, { extensions: [gfmToMarkdown()] }),
    },
    ROUNDS,
  );
  const ours = readBack(outputs.ours);
  const library = readBack(outputs.library);
  const equal = JSON.stringify(ours) === JSON.stringify(library);
  return [
    {
      name: 'markdown.side-by-side.10k',
      unit: 'ms',
      value: round(percentile(times.ours, 50), 1),
      baseline: round(percentile(times.library, 50), 1),
      target: `<= 1x baseline (mdast-util-to-markdown 2.2 with GFM, the same ${ROWS.toLocaleString('en')}-row table and ${ITEMS.toLocaleString('en')}-item list, median of ${ROUNDS}); ${equal ? 'equal results (both parsed back to the same tree)' : 'UNEQUAL results: the trees parsed back differ'}`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(markdownSideBySide());
