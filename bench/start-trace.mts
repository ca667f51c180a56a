// Where a cold start's time goes: `npx tsx bench/start-trace.mts [main|quick] [rounds] [dirA] [dirB]`.
// Not a benchmark group (nothing is written to results.json): a diagnostic for app.start.main-window and
// quick-note.ready, with the same cold load and the same "ready" conditions. Each round loads the page cold
// in a fresh context under a Chromium trace (CDP Tracing) and splits the page's main thread up to ready into
// HTML parse, script compile, module evaluation, later JavaScript (IndexedDB callbacks, React),
// style/layout/paint and the rest, both as wall time and as thread (CPU) time (`cpu.*`): on a machine others
// load, wall time mostly measures waiting for a core, thread time stays comparable. Marks taken in the page
// say when IndexedDB was opened and first queried, when React first committed, and when the paints came.
// Given two built renderer folders, rounds alternate (A, B, A, B …) so both see the same machine; the
// medians, their ratio B/A and the per-round paired ratios are printed. NOTRACE=1 skips the trace (the
// tracing itself costs time), TRACE_DUMP=<prefix> writes each trace out, TRACE_NAMES=1 lists event names.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { launchOptions, defineEsbuildName } from '../test/browser/support/chromium.ts';
import { serveRenderer } from '../test/browser/support/static-server.ts';
import type { Harness } from '../test/harness/harness.ts';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const kind = process.argv[2] === 'quick' ? 'quick' : 'main';
const rounds = Number(process.argv[3] ?? 5);
const dirs = process.argv.slice(4).map((d) => resolve(d));
if (dirs.length === 0) dirs.push(resolve('out/renderer'));

const page = kind === 'quick' ? 'quick-note.html' : 'index.html';
const ready = kind === 'quick'
  ? 'document.activeElement instanceof HTMLTextAreaElement'
  : "document.querySelector('nav[aria-label=\"Incidents\"] button') !== null";

// Marks taken inside the page, relative to its navigation start, without touching the app's code.
const probes = `(() => {
  const at = (name) => { window.__marks ??= {}; window.__marks[name] ??= performance.now(); };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    at('idb.open.call');
    const request = open.apply(this, args);
    request.addEventListener('success', () => at('idb.open.success'));
    request.addEventListener('upgradeneeded', () => at('idb.open.upgrade'));
    return request;
  };
  const tx = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    at('idb.tx.first');
    const t = tx.apply(this, args);
    t.addEventListener('complete', () => at('idb.tx.first-complete'));
    return t;
  };
  // Web Storage answers synchronously: its first read in a page waits for the browser process.
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (...args) {
    const t = performance.now();
    try { return getItem.apply(this, args); } finally {
      window.__marks ??= {};
      window.__marks['storage.read.ms'] = (window.__marks['storage.read.ms'] ?? 0) + performance.now() - t;
    }
  };
  // The quick note's page has a static box React replaces; the main window's root starts empty.
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root');
    if (root && root.firstElementChild && !root.firstElementChild.matches('main.quick-note:not([aria-busy])') ) { at('react.first-commit'); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  const check = () => { if (${ready}) { at('ready'); performance.mark('probe:ready'); } else requestAnimationFrame(check); };
  requestAnimationFrame(check);
})();`;

async function returningUser(context: BrowserContext, origin: string): Promise<void> {
  const p = await context.newPage();
  await p.addInitScript(defineEsbuildName);
  await p.goto(`${origin}/__harness/harness.html`);
  await p.waitForFunction(() => 'harness' in window);
  await p.evaluate(async () => {
    const h = (window as unknown as { harness: Harness }).harness;
    await h.setUserName('Bench');
    for (const title of ['Checkout errors', 'Login latency', 'Search outage']) await h.declare(title, 'major', 'Bench');
  });
  await p.close();
}

const categories = ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];

async function tracedLoad(browser: Browser, origin: string): Promise<Record<string, number>> {
  const context = await browser.newContext();
  try {
    if (kind === 'main') await returningUser(context, origin);
    await context.addInitScript(probes);
    const p = await context.newPage();
    const trace = !process.env.NOTRACE;
    const cdp = await context.newCDPSession(p);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    if (trace) await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    await p.goto(`${origin}/${page}`, { waitUntil: 'commit' });
    await p.waitForFunction(() => (window as unknown as { __marks?: { ready?: number } }).__marks?.ready);
    const marks = (await p.evaluate(() => {
      const m = { ...(window as unknown as { __marks: Record<string, number> }).__marks };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      m['html.responseEnd'] = nav.responseEnd;
      m['html.domInteractive'] = nav.domInteractive;
      const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')) as PerformanceResourceTiming[];
      m['scripts.allFetched'] = Math.max(0, ...scripts.filter((s) => s.startTime < (m.ready ?? 0)).map((s) => s.responseEnd));
      m['css.fetched'] = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.css')).length;
      for (const e of performance.getEntriesByType('paint')) m[`paint.${e.name}`] = e.startTime;
      return m;
    })) as Record<string, number>;
    if (!trace) return marks;
    await cdp.send('Tracing.end');
    await done;
    if (process.env.TRACE_DUMP) writeFileSync(`${process.env.TRACE_DUMP}-${dumped++}.json`, JSON.stringify({ marks, events }));
    return { ...marks, ...split(events, marks.ready!) };
  } finally {
    await context.close();
  }
}

const buckets: [string, RegExp][] = [
  ['parse.html', /^ParseHTML$/],
  ['compile', /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.ScriptCompiler|v8\.produceModuleCache|V8\.CompileLazy|v8\.compileLazy)/i],
  ['gc', /^(MinorGC|MajorGC|V8\.GC|ScavengeTask|V8\.GCScavenger|V8\.GCFinalizeMC|BlinkGC)/],
  ['style.layout.paint', /^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|UpdateLayer|ParseAuthorStyleSheet|RecalculateStyles|Commit|ScheduleStyleRecalculation|CompositeLayers|HitTest)$/],
  ['js.evaluate-modules', /^(v8\.evaluateModule|EvaluateScript)$/],
  ['js.callbacks', /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|V8\.Execute|v8\.callFunction|v8\.run)$/],
];

/** Self time per bucket on the page's main thread, from navigation start to ready. */
function split(events: TraceEvent[], readyMs: number): Record<string, number> {
  // The page commits in a renderer process of its own; the mark taken at ready pins its clock to the trace's.
  const mark = events.find((e) => e.name === 'probe:ready');
  if (!mark) throw new Error('The trace has no probe:ready mark: blink.user_timing was not recorded.');
  const main = { pid: mark.pid, tid: events.find((e) => e.pid === mark.pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid ?? mark.tid };
  const end = mark.ts;
  const start = end - readyMs * 1000;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= start && e.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: Record<string, number> = { 'main.busy': 0, 'other': 0 };
  for (const [b] of buckets) out[b] = 0;
  // Self time: each event's duration minus its children's, charged to the innermost named bucket.
  const stack: { e: TraceEvent; child: number; cpuChild: number }[] = [];
  const charge = (e: TraceEvent, self: number) => {
    const hit = buckets.find(([, re]) => re.test(e.name));
    const bucket = hit ? hit[0] : 'other';
    out[bucket] = (out[bucket] ?? 0) + self / 1000;
    if (process.env.TRACE_NAMES) names.set(e.name, (names.get(e.name) ?? 0) + self / 1000);
  };
  const pop = () => {
    const top = stack.pop()!;
    charge(top.e, top.e.dur! - top.child);
    // Thread time (CPU actually spent by this thread): what stays comparable on a machine others load.
    const cpuSelf = (top.e.tdur ?? 0) - top.cpuChild;
    const hit = buckets.find(([, re]) => re.test(top.e.name));
    out[`cpu.${hit ? hit[0] : 'other'}`] = (out[`cpu.${hit ? hit[0] : 'other'}`] ?? 0) + cpuSelf / 1000;
  };
  for (const e of mine) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) pop();
    if (stack.length) {
      stack.at(-1)!.child += e.dur!;
      stack.at(-1)!.cpuChild += e.tdur ?? 0;
    } else {
      out['main.busy'] = (out['main.busy'] ?? 0) + e.dur! / 1000;
      out['cpu.main'] = (out['cpu.main'] ?? 0) + (e.tdur ?? 0) / 1000;
    }
    stack.push({ e, child: 0, cpuChild: 0 });
  }
  while (stack.length) pop();
  out['main.idle'] = readyMs - (out['main.busy'] ?? 0);
  return out;
}

let dumped = 0;
const names = new Map<string, number>();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await chromium.launch(launchOptions());
const servers = await Promise.all(dirs.map((d) => serveRenderer(d, 0, { isolated: true })));
const samples: Record<string, number>[][] = dirs.map(() => []);
try {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < dirs.length; i++) samples[i]!.push(await tracedLoad(browser, servers[i]!.origin));
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
  await browser.close();
}
const keys = [...new Set(samples.flat().flatMap((s) => Object.keys(s)))].sort((a, b) => median(samples[0]!.map((s) => s[a] ?? NaN)) - median(samples[0]!.map((s) => s[b] ?? NaN)));
console.log(`${kind}: ${rounds} rounds, medians in ms${dirs.length > 1 ? ', then each against A' : ''}`);
console.log(`${''.padEnd(26)}${dirs.map((_, i) => String.fromCharCode(65 + i).padStart(9)).join('')}`);
for (const k of keys) {
  const m = samples.map((s) => median(s.map((x) => x[k] ?? NaN)));
  const ratio = m.length > 1 && m[0] ? m.slice(1).map((v) => `   ${(v / m[0]!).toFixed(2)}x`).join('') : '';
  console.log(`${k.padEnd(26)}${m.map((v) => v.toFixed(1).padStart(9)).join('')}${ratio}`);
}
if (process.env.TRACE_NAMES) console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([n, v]) => `${n} ${v.toFixed(0)}`).join('\n'));
// Paired: each later folder's load against the A load of the same round, which saw nearly the same machine.
for (let i = 1; i < dirs.length; i++) {
  const label = `${String.fromCharCode(65 + i)}/A`;
  for (const key of ['ready', 'cpu.main']) {
    const ratios = samples[i]!.map((b, r) => b[key]! / samples[0]![r]![key]!).filter((x) => Number.isFinite(x));
    if (ratios.length === 0) continue;
    const geo = Math.exp(ratios.reduce((sum, x) => sum + Math.log(x), 0) / ratios.length);
    console.log(`${key} ${label} per round: median ${median(ratios).toFixed(2)}x, geometric mean ${geo.toFixed(2)}x (${ratios.map((x) => x.toFixed(2)).join(' ')})`);
  }
}
