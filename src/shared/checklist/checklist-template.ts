import { z } from 'zod';
import { EpochMsSchema, SeveritySchema, type Severity } from '../domain/incident';
import { ChecklistItemSchema, defaultLeadDuties, type ChecklistItem } from '../handbook/lead-duties';

/** A team's edited list of lead duties for one severity (a row of the checklistTemplates table). */
export const ChecklistTemplateSchema = z.object({
  severity: SeveritySchema,
  items: z.array(ChecklistItemSchema).max(200),
  updatedAt: EpochMsSchema,
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

/** The team's template where edited, else the built-in default. */
export function effectiveTemplate(severity: Severity, stored: ChecklistTemplate | undefined): ChecklistItem[] {
  return (stored?.items ?? defaultLeadDuties[severity]).map((item) => ({ ...item }));
}

export type TemplateEdit = { ok: true; items: ChecklistItem[] } | { ok: false; reason: string };

export const MAX_DUTY_TEXT = 300;

export function addTemplateItem(items: readonly ChecklistItem[], text: string, id: string): TemplateEdit {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'Type the duty first, for example "Page the database owner".' };
  if (trimmed.length > MAX_DUTY_TEXT) return { ok: false, reason: `Keep a duty under ${MAX_DUTY_TEXT} characters; put details in the runbook.` };
  return { ok: true, items: [...items, { id, text: trimmed }] };
}

export function removeTemplateItem(items: readonly ChecklistItem[], id: string): TemplateEdit {
  if (!items.some((item) => item.id === id)) return { ok: false, reason: 'That duty is no longer in the template.' };
  return { ok: true, items: items.filter((item) => item.id !== id) };
}

/** Moves an item one place up (-1) or down (+1); at either end it stays where it is. */
export function moveTemplateItem(items: readonly ChecklistItem[], id: string, by: -1 | 1): TemplateEdit {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return { ok: false, reason: 'That duty is no longer in the template.' };
  const to = Math.min(items.length - 1, Math.max(0, from + by));
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return { ok: true, items: next };
}
