// bench/report.html: how each cost grows with the size of the log, drawn from the figures of one run as
// inline SVG (no script, no network), so the growth shows at a glance in any browser or in a pull request.
import { writeFileSync } from 'node:fs';
import type { Metric } from './metric.mts';

/** The sizes on the x axis, with the label used in metric names. */
const sizes = [
  { count: 10_000, label: '10k' },
  { count: 50_000, label: '50k' },
  { count: 100_000, label: '100k' },
  { count: 200_000, label: '200k' },
  { count: 500_000, label: '500k' },
  { count: 1_000_000, label: '1m' },
] as const;

interface Curve {
  title: string;
  /** The metric holding the figure at each size; sizes without one are left out of the line. */
  metricAt: (label: string) => string;
  /** The target's ceiling in ms, drawn as a dashed line, and the size it is set for. */
  target?: { ms: number; at: string };
  note: string;
  /** Sizes this curve is measured at, when not the five shared ones. */
  extraSizes?: string[];
}

const curves: Curve[] = [
  {
    title: 'Timeline first paint (cold open of one incident)',
    metricAt: (label) => (label === '50k' ? 'timeline.first-paint.50k' : `timeline.first-paint.${label}`),
    target: { ms: 100, at: '500k' },
    note: 'Median of cold opens; one incident grown in IndexedDB. 50k from the data group.',
  },
  {
    title: 'Capture to paint in the other window (p50)',
    metricAt: (label) => (label === '50k' ? 'capture.visible.p50' : `capture.visible.p50.${label}`),
    target: { ms: 16, at: '500k' },
    note: 'A note written in one page until painted in the other page, which shows the incident. 50k from the data group.',
  },
  {
    title: 'Search p95 (200 incidents, word and substring queries)',
    metricAt: (label) => `search.p95.${label}`,
    target: { ms: 30, at: '1m' },
    note: "Sitrep's index, 20 queries x 5 rounds, entries in memory. 100k comes from the data group (10 incidents read from IndexedDB), a different corpus.",
  },
  {
    title: 'Analysis document build',
    metricAt: (label) => `doc.build.${label}`,
    target: { ms: 800, at: '200k' },
    extraSizes: ['200k'],
    note: 'Median of builds in Node (same V8 as the renderer). 50k from the export group.',
  },
];

const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function chart(curve: Curve, byName: Map<string, Metric>): string {
  const expected = sizes.filter((size) => size.label !== '200k' || curve.extraSizes?.includes(size.label));
  const points = expected
    .map((size) => ({ ...size, metric: byName.get(curve.metricAt(size.label)) }))
    .filter((p): p is typeof p & { metric: Metric } => p.metric !== undefined);
  const width = 560;
  const height = 300;
  const pad = { left: 60, right: 20, top: 20, bottom: 40 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const minLog = Math.log10(sizes[0].count);
  const maxLog = Math.log10(sizes[sizes.length - 1]!.count);
  const x = (count: number): number => pad.left + ((Math.log10(count) - minLog) / (maxLog - minLog)) * plotW;
  const top = Math.max(1, curve.target?.ms ?? 0, ...points.map((p) => p.metric.value)) * 1.15;
  const y = (ms: number): number => pad.top + plotH - (ms / top) * plotH;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const ms = (top / 4) * i;
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(ms)}" y2="${y(ms)}" class="grid"/>`, `<text x="${pad.left - 6}" y="${y(ms) + 4}" text-anchor="end">${ms < 10 ? ms.toFixed(1) : Math.round(ms)}</text>`);
  }
  for (const size of sizes) parts.push(`<text x="${x(size.count)}" y="${height - pad.bottom + 18}" text-anchor="middle">${size.label}</text>`);
  parts.push(`<text x="${pad.left + plotW / 2}" y="${height - 6}" text-anchor="middle">entries (log scale)</text>`, `<text x="14" y="${pad.top + plotH / 2}" transform="rotate(-90 14 ${pad.top + plotH / 2})" text-anchor="middle">ms</text>`);
  if (curve.target) {
    const ty = y(curve.target.ms);
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${ty}" y2="${ty}" class="target"/>`, `<text x="${width - pad.right}" y="${ty - 4}" text-anchor="end" class="target-label">target ${curve.target.ms} ms at ${curve.target.at}</text>`);
  }
  if (points.length > 1) parts.push(`<polyline class="line" points="${points.map((p) => `${x(p.count)},${y(p.metric.value)}`).join(' ')}"/>`);
  for (const p of points) {
    parts.push(`<circle cx="${x(p.count)}" cy="${y(p.metric.value)}" r="4" class="dot"><title>${escape(`${p.metric.name}: ${p.metric.value} ${p.metric.unit}`)}</title></circle>`, `<text x="${x(p.count)}" y="${y(p.metric.value) - 9}" text-anchor="middle" class="value">${p.metric.value}</text>`);
  }
  const missing = expected.filter((size) => !points.some((p) => p.label === size.label)).map((size) => size.label);
  return `<figure>
<figcaption>${escape(curve.title)}</figcaption>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(`${curve.title}: ${points.map((p) => `${p.label} ${p.metric.value} ms`).join(', ') || 'no figures'}`)}">${parts.join('')}</svg>
<p>${escape(curve.note)}${missing.length > 0 ? ` No figure in this run at ${missing.join(', ')} (not measured, or failed: see the run's log).` : ''}</p>
</figure>`;
}

function table(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => `<tr><td>${escape(m.name)}</td><td>${m.value} ${escape(m.unit)}</td><td>${m.baseline === null ? '' : `${m.baseline} ${escape(m.unit)}`}</td><td>${escape(m.target)}</td></tr>`);
  return `<table><thead><tr><th>metric</th><th>value</th><th>baseline</th><th>target</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function reportHtml(metrics: readonly Metric[], when: Date): string {
  const byName = new Map(metrics.map((m) => [m.name, m]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="color-scheme" content="light dark">
<title>Sitrep benchmark: cost against size</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1.5rem; }
figure { margin: 0; } figcaption { font-weight: 600; }
svg { width: 100%; height: auto; font-size: 11px; fill: currentColor; }
.grid { stroke: currentColor; stroke-opacity: .15; }
.target { stroke: #d33; stroke-dasharray: 6 4; } .target-label { fill: #d33; }
.line { fill: none; stroke: #2a7ae2; stroke-width: 2; } .dot { fill: #2a7ae2; } .value { font-weight: 600; }
table { border-collapse: collapse; margin-top: 2rem; } td, th { border-bottom: 1px solid #8884; padding: .2rem .6rem; text-align: left; }
</style>
</head>
<body>
<h1>Cost against size</h1>
<p>From <code>npm run bench</code> on ${escape(when.toISOString())}. Each line is one run's figures; the dashed line is the target where one is set.</p>
<div class="charts">
${curves.map((curve) => chart(curve, byName)).join('\n')}
</div>
<h2>Every figure of the run</h2>
${table(metrics)}
</body>
</html>
`;
}

export function writeReport(file: string, metrics: readonly Metric[], when = new Date()): void {
  writeFileSync(file, reportHtml(metrics, when));
}
