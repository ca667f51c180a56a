import { newId } from '../../../shared/domain/ids';
import type { Severity } from '../../../shared/domain/incident';
import {
  applyLifecycleAction,
  declareIncident as declareRule,
  type ActionContext,
  type LifecycleAction,
  type LifecycleResult,
  type Retime,
} from '../../../shared/domain/incident-lifecycle';
import { effectiveTemplate } from '../../../shared/checklist/checklist-template';
import { createIncidentChecklist } from '../../../shared/checklist/incident-checklist';
import type { SitrepDatabase } from './db';
import { guardStorage } from './storage-error';
import { recordEntries } from './entry-repository';
import { editEntry } from './entry-edits';

function context(by: string, occurredAt?: number): ActionContext {
  const at = Date.now();
  return { by, at, newId: () => newId(at), ...(occurredAt !== undefined ? { occurredAt } : {}) };
}

/**
 * Moves the milestone rows a corrected incident time names (declared, resolved, impact started), the way an
 * edit of the row's time would: the first move keeps the original time. The row a correction means is the
 * latest "resolved" (a reopened incident's last end) and the earliest of the others.
 */
async function retimeMilestones(db: SitrepDatabase, incidentId: string, retimed: readonly Retime[]): Promise<void> {
  if (retimed.length === 0) return;
  // The incident's milestones only, through the [phase+incidentId] index: not its whole timeline.
  const rows = (await db.entries.where('[phase+incidentId]').equals(['milestone', incidentId]).toArray()).filter((e) => e.deletedAt === null);
  for (const { milestone, occurredAt } of retimed) {
    const named = rows.filter((e) => e.milestone === milestone).sort((a, b) => a.occurredAt - b.occurredAt);
    const row = milestone === 'resolved' ? named[named.length - 1] : named[0];
    if (!row || row.occurredAt === occurredAt) continue;
    // Through the one write path: the same check, and the first move keeps the original time.
    await editEntry(db, row.id, { occurredAt });
  }
}

/**
 * Declares an incident: the incident, its first timeline entries and its own copy of the lead's checklist
 * for that severity (the team's edited template if there is one) are written together or not at all.
 */
export async function declareIncident(
  db: SitrepDatabase,
  input: { title: string; severity: Severity; impactStartedAt?: number | null; declaredAt?: number | null },
  by: string,
): Promise<LifecycleResult> {
  const result = declareRule(input, context(by));
  if (!result.ok) return result;
  const { incident, entries } = result;
  await guardStorage(() =>
    db.transaction('rw', [db.incidents, db.entries, db.checklistTemplates, db.incidentChecklists], async () => {
      const template = await db.checklistTemplates.get(incident.severity);
      await db.incidents.add(incident);
      await recordEntries(db, entries);
      await db.incidentChecklists.put(
        createIncidentChecklist(incident.id, incident.severity, effectiveTemplate(incident.severity, template), incident.declaredAt),
      );
    }),
  );
  return result;
}

/**
 * Applies a lifecycle action. The incident is read inside the write transaction and the pure rule decides
 * there, so two windows acting at once are serialised by IndexedDB instead of overwriting each other.
 * A refused action writes nothing and returns the rule's reason. `occurredAt` dates the change back (the
 * composer's Set time); the rule says whether that action can be.
 */
export async function applyIncidentAction(
  db: SitrepDatabase,
  incidentId: string,
  action: LifecycleAction,
  by: string,
  options: { occurredAt?: number } = {},
): Promise<LifecycleResult> {
  const ctx = context(by, options.occurredAt);
  const outcome = await guardStorage(() =>
    db.transaction('rw', db.incidents, db.entries, async (): Promise<LifecycleResult> => {
      const incident = await db.incidents.get(incidentId);
      if (!incident) return { ok: false, reason: 'That incident is no longer in the log. Reload the incident list.' };
      const result = applyLifecycleAction(incident, action, ctx);
      // An action that changed nothing (an edit to the same text) records nothing and writes nothing.
      if (!result.ok || result.entries.length === 0) return result;
      await db.incidents.put(result.incident);
      await recordEntries(db, result.entries);
      await retimeMilestones(db, incidentId, result.retimed ?? []);
      return result;
    }),
  );
  return outcome;
}
