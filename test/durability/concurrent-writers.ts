import type { BrowserContext, Page } from '@playwright/test';
import { checkIncidentInvariants } from '../../src/shared/domain/incident-lifecycle';
import type { Incident } from '../../src/shared/domain/incident';
import type { Harness } from '../harness/harness';
import type { PlantName } from '../harness/planted-faults';
import { lifecycleChain, sameState, stateOf } from './durability-checks';

/*
 * Three windows of one profile write to the same incident at once, each through the data path of the window
 * it stands in for (harness pages on the app's origin, so each has its own Dexie connection as a window does):
 *  - main window: the composer's path (addEntry, and applyIncidentAction for /sev and /status);
 *  - quick note: saveQuickNote, the quick note's own save function, slash commands included (/lead);
 *  - checklist: recordCommsCopy, the checklist's write path (a checklist row and a timeline entry per copy).
 * Many notes share a timestamp, to test the order of equal times. Afterwards nothing may be lost or
 * duplicated, no action may be refused (each writer's actions are valid in sequence, so a refusal means one
 * acted on a stale incident), every recorded change must start from where the previous change of that field
 * left it and the incident must hold where the last one ended (no lost update), the lifecycle invariants
 * hold, and the timeline reads in the same order from every page and every paging.
 */

type WithHarness = { harness: Harness };
type Writer = 'main' | 'quick' | 'checklist';
const BY = 'Dana Scully';

export interface WriterLog {
  /** Texts of the notes whose save resolved successfully. */
  saved: string[];
  /** Lifecycle actions accepted, in order: [kind, value]. */
  accepted: [string, string][];
  refused: string[];
}

export interface ConcurrencyResult {
  perWriter: number;
  written: number;
  /** Lifecycle actions accepted and refused (a correct run refuses none: each refusal is also a problem). */
  actionsAccepted: number;
  actionsRefused: number;
  /** Entries that share their timestamp with another. */
  ties: number;
  lost: string[];
  duplicated: string[];
  problems: string[];
}

async function openHarness(context: BrowserContext, origin: string, plant: PlantName | undefined): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/__harness/harness.html${plant ? `?plant=${plant}` : ''}`);
  await page.waitForFunction(() => 'harness' in window);
  return page;
}

function write(page: Page, writer: Writer, incidentId: string, count: number, base: number): Promise<WriterLog> {
  return page.evaluate(
    async ({ writer, incidentId, count, base, by }) => {
      const h = (window as unknown as WithHarness).harness;
      const log: WriterLog = { saved: [], accepted: [], refused: [] };
      const severities = ['critical', 'minor', 'major'] as const;
      const statuses = ['identified', 'monitoring', 'investigating'] as const;
      const leads = ['Fox Mulder', 'Walter Skinner', by];
      for (let i = 0; i < count; i++) {
        const text = `${writer} note ${i} — ملاحظة ${i} 👩🏽‍💻`;
        // Five timestamps shared by every writer's notes: ties everywhere.
        const at = base + (i % 5);
        if (writer === 'main') {
          if (i % 10 === 9) {
            const severity = severities[(i / 10) % 3 | 0]!;
            const result = await h.act(incidentId, { type: 'change-severity', severity }, by);
            if (result.ok) log.accepted.push(['severity', severity]);
            else log.refused.push(result.reason ?? '');
          }
          if (i % 10 === 4) {
            const status = statuses[(i / 10) % 3 | 0]!;
            const result = await h.act(incidentId, { type: 'set-status', status }, by);
            if (result.ok) log.accepted.push(['status', status]);
            else log.refused.push(result.reason ?? '');
          }
          await h.append({ incidentId, kind: 'note', text, author: by, source: 'composer', occurredAt: at });
          log.saved.push(text);
        } else if (writer === 'quick') {
          if (i % 25 === 12) {
            const lead = leads[(i / 25) % 3 | 0]!;
            const outcome = await h.quickNote(incidentId, `/lead ${lead}`, by, Date.now());
            if (outcome.ok) log.accepted.push(['lead', lead]);
            else log.refused.push(outcome.message);
          }
          const outcome = await h.quickNote(incidentId, text, by, at);
          if (!outcome.ok) throw new Error(`The quick note refused "${text}": ${outcome.message}`);
          log.saved.push(text);
        } else {
          await h.checklistCopy(incidentId, text, by);
          // The checklist records the copied text under a heading line.
          log.saved.push(`Copied the status page update:\n${text}`);
        }
      }
      return log;
    },
    { writer, incidentId, count, base, by: BY },
  );
}

const last = (logs: WriterLog[], kind: string): string | undefined =>
  logs.flatMap((l) => l.accepted).filter(([k]) => k === kind).at(-1)?.[1];

/** Runs the three writers at once on a fresh incident of `context` and checks what they left behind. */
export async function runConcurrentWriters(
  context: BrowserContext,
  origin: string,
  perWriter: number,
  plant?: PlantName,
): Promise<ConcurrencyResult> {
  const pages = await Promise.all([0, 1, 2].map(() => openHarness(context, origin, plant)));
  const [main, quick, checklist] = pages as [Page, Page, Page];
  const incidentId = await main.evaluate(async (by) => {
    const h = (window as unknown as WithHarness).harness;
    await h.setUserName(by);
    return h.declare('Three windows at once: payments degraded', 'major', by);
  }, BY);
  const base = Date.now() - 60_000;
  const logs = await Promise.all([
    write(main, 'main', incidentId, perWriter, base),
    write(quick, 'quick', incidentId, perWriter, base),
    write(checklist, 'checklist', incidentId, perWriter, base),
  ]);

  const read = (page: Page) => page.evaluate((id) => (window as unknown as WithHarness).harness.timelineRows(id), incidentId);
  const [fromMain, fromQuick, again] = [await read(main), await read(quick), await read(main)];
  const paged = await checklist.evaluate((id) => (window as unknown as WithHarness).harness.timelinePagedIds(id, 97), incidentId);
  const incident = (await main.evaluate((id) => (window as unknown as WithHarness).harness.incident(id), incidentId)) as Incident | undefined;
  await Promise.all(pages.map((page) => page.close()));

  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const row of fromMain) counts.set(row.text, (counts.get(row.text) ?? 0) + 1);
  const saved = logs.flatMap((l) => l.saved);
  const lost = saved.filter((text) => !counts.has(text));
  const duplicated = saved.filter((text) => (counts.get(text) ?? 0) > 1);
  if (new Set(fromMain.map((r) => r.id)).size !== fromMain.length) problems.push('an id appears twice on the timeline');
  for (const [writer, log] of ['main', 'quick', 'checklist'].map((w, i) => [w, logs[i]!] as const)) {
    if (log.saved.length !== perWriter) problems.push(`${writer} saved ${log.saved.length} of ${perWriter}`);
  }

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).join(',');
  if (ids(fromMain) !== ids(fromQuick)) problems.push('two pages read the timeline in different orders');
  if (ids(fromMain) !== ids(again)) problems.push('reading the timeline twice gave different orders');
  if (ids(fromMain) !== paged.join(',')) problems.push('reading the timeline page by page gave another order');
  const ordered = [...fromMain].sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (ids(ordered) !== ids(fromMain)) problems.push('the timeline is not ordered by time, then id');
  const ties = fromMain.length - new Set(fromMain.map((r) => r.occurredAt)).size;
  if (ties < perWriter) problems.push(`only ${ties} entries share a timestamp: the order of equal times was not tested`);

  if (!incident) problems.push('the incident is gone');
  else {
    problems.push(...checkIncidentInvariants(incident).map((p) => `invariant: ${p}`));
    // Each kind of action comes from one writer only, so its last accepted value must be the incident's.
    const expected = { severity: last(logs, 'severity') ?? 'major', status: last(logs, 'status') ?? 'investigating', lead: last(logs, 'lead') ?? BY };
    if (!sameState(stateOf(incident), expected)) {
      problems.push(`lost update: the incident is ${JSON.stringify(stateOf(incident))}, the last accepted actions left ${JSON.stringify(expected)}`);
    }
    const chain = lifecycleChain(fromMain, { severity: 'major', status: 'investigating', lead: BY });
    problems.push(...chain.problems);
    if (!sameState(chain.state, stateOf(incident))) {
      problems.push(`the incident is ${JSON.stringify(stateOf(incident))} but its timeline records ${JSON.stringify(chain.state)}`);
    }
    const accepted = logs.reduce((n, l) => n + l.accepted.length, 0);
    if (chain.changes !== accepted) problems.push(`${accepted} actions accepted but the timeline records ${chain.changes} changes`);
    if (accepted < 3) problems.push(`only ${accepted} lifecycle actions were accepted`);
  }
  const actionsAccepted = logs.reduce((n, l) => n + l.accepted.length, 0);
  const actionsRefused = logs.reduce((n, l) => n + l.refused.length, 0);
  for (const reason of logs.flatMap((l) => l.refused)) problems.push(`refused: ${reason}`);
  return { perWriter, written: saved.length, actionsAccepted, actionsRefused, ties, lost, duplicated, problems };
}
