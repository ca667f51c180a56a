import { effectiveTemplate } from '../../../shared/checklist/checklist-template';
import {
  applyTemplate,
  createIncidentChecklist,
  recordCopy,
  recordSend,
  type ChecklistChange,
  type IncidentChecklist,
} from '../../../shared/checklist/incident-checklist';
import { commsLabels, type CommsKind } from '../../../shared/comms/comms-input';
import type { Incident } from '../../../shared/domain/incident';
import type { NudgePrefs } from '../../../shared/nudges/nudge-settings';
import type { SitrepDatabase } from '../data/db';
import type { CommsSendView } from '../../../shared/contract/comms-schemas';
import { addEntries, addEntry } from '../data/entry-repository';
import { guardStorage } from '../data/storage-error';

/*
 * Writes of the checklist window. Every change to an incident's checklist and the timeline line that records
 * it go in one transaction: the main window never shows a tick without its entry, or the other way round.
 */

export type ChecklistWriteResult = { ok: true; checklist: IncidentChecklist } | { ok: false; reason: string };

/**
 * The incident's own copy of the duties. Normally taken at declare; an incident that has none yet (declared
 * before this feature, or restored from a backup) gets one from the current template when first opened.
 */
export async function ensureIncidentChecklist(db: SitrepDatabase, incident: Incident): Promise<IncidentChecklist> {
  return guardStorage(() =>
    db.transaction('rw', db.incidentChecklists, db.checklistTemplates, async () => {
      const existing = await db.incidentChecklists.get(incident.id);
      if (existing) return existing;
      const template = effectiveTemplate(incident.severity, await db.checklistTemplates.get(incident.severity));
      const created = createIncidentChecklist(incident.id, incident.severity, template, Date.now());
      await db.incidentChecklists.put(created);
      return created;
    }),
  );
}

async function recordAndPut(db: SitrepDatabase, checklist: IncidentChecklist, entryText: string, author: string, at: number) {
  await db.incidentChecklists.put(checklist);
  await addEntry(db, { incidentId: checklist.incidentId, kind: 'checklist', text: entryText, author, source: 'checklist', occurredAt: at });
}

const tables = (db: SitrepDatabase) => [db.incidents, db.entries, db.incidentChecklists];

/** Applies a pure checklist change (tick, untick, not applicable) and records it on the timeline. */
export async function changeChecklist(
  db: SitrepDatabase,
  incidentId: string,
  author: string,
  change: (checklist: IncidentChecklist, ctx: { by: string; at: number }) => ChecklistChange,
): Promise<ChecklistWriteResult> {
  const at = Date.now();
  return guardStorage(() =>
    db.transaction('rw', tables(db), async (): Promise<ChecklistWriteResult> => {
      const current = await db.incidentChecklists.get(incidentId);
      if (!current) return { ok: false, reason: 'This incident has no checklist yet; close and reopen the checklist window.' };
      const result = change(current, { by: author, at });
      if (!result.ok) return result;
      await recordAndPut(db, result.checklist, result.entryText, author, at);
      return { ok: true, checklist: result.checklist };
    }),
  );
}

/**
 * Records that a comms draft was copied, with the text as it left the app. Throws when nothing was recorded
 * (no checklist for the incident), so the window says the copy is not on the timeline instead of implying it is.
 */
export async function recordCommsCopy(db: SitrepDatabase, incidentId: string, kind: CommsKind, text: string, author: string): Promise<void> {
  const result = await changeChecklist(db, incidentId, author, (checklist, { at }) => ({ ok: true, ...recordCopy(checklist, kind, commsLabels[kind], text, at) }));
  if (!result.ok) throw new Error(result.reason);
}

/**
 * Records on the timeline the sends main reports as delivered, each once: the check and the write share one
 * transaction, so two windows told of the same send (or one told twice) write one line. Sends of incidents
 * without a checklist (none open here yet) wait until there is one. Returns how many were recorded.
 */
export async function recordCommsSends(db: SitrepDatabase, sends: readonly CommsSendView[], author: string): Promise<number> {
  const delivered = sends.filter((s) => s.state === 'sent' && s.sentAt !== null);
  let recorded = 0;
  for (const incidentId of new Set(delivered.map((s) => s.incidentId))) {
    recorded += await guardStorage(() =>
      db.transaction('rw', tables(db), async () => {
        let checklist = await db.incidentChecklists.get(incidentId);
        if (!checklist) return 0;
        const lines: { text: string; at: number }[] = [];
        for (const send of delivered.filter((s) => s.incidentId === incidentId)) {
          // Main's clock and this window's are one machine's, but never let a line land in the future.
          const at = Math.min(send.sentAt!, Date.now());
          const label = send.kind === 'handover-brief' ? 'Handover brief' : commsLabels[send.kind];
          const change = recordSend(checklist, { id: send.id, kind: send.kind, where: send.where, text: send.text, sentAt: at }, label);
          if (!change) continue;
          checklist = change.checklist;
          lines.push({ text: change.entryText, at });
        }
        if (lines.length === 0) return 0;
        await db.incidentChecklists.put(checklist);
        await addEntries(db, lines.map((l) => ({ incidentId, kind: 'checklist' as const, text: l.text, author, source: 'checklist' as const, occurredAt: l.at })));
        return lines.length;
      }),
    );
  }
  return recorded;
}

/** Replaces the incident's copy with the current template for its severity, keeping ticks on items still there. */
export async function applyCurrentTemplate(db: SitrepDatabase, incident: Incident, author: string): Promise<ChecklistWriteResult> {
  const template = effectiveTemplate(incident.severity, await db.checklistTemplates.get(incident.severity));
  return changeChecklist(db, incident.id, author, (checklist, { at }) => ({
    ok: true,
    ...applyTemplate(checklist, incident.severity, template, at),
  }));
}

/** Snoozes or switches off a reminder for one incident. Not a timeline event: it concerns the lead alone. */
export async function updateNudgePrefs(db: SitrepDatabase, incidentId: string, update: (prefs: NudgePrefs) => NudgePrefs): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.incidentChecklists, async () => {
      const current = await db.incidentChecklists.get(incidentId);
      if (!current) return;
      await db.incidentChecklists.put({ ...current, nudgePrefs: update(current.nudgePrefs), updatedAt: Date.now() });
    }),
  );
}
