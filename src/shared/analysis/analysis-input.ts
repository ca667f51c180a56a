import { z } from 'zod';
import { IncidentSchema } from '../domain/incident';
import { TimelineEntrySchema } from '../domain/timeline-entry';
import { TemplateSchema } from './analysis-template';

/** One checklist duty as the lead's checklist record gives it. */
export const ChecklistRecordItemSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().max(2_000),
  detail: z.string().max(4_000).optional(),
});

/** Whether and when a duty was ticked; an item with no state was never ticked. */
export const ChecklistItemStateSchema = z.object({
  done: z.boolean(),
  at: z.number().int().nonnegative().nullable().optional(),
  by: z.string().max(120).nullable().optional(),
});

export const ChecklistRecordSchema = z.object({
  items: z.array(ChecklistRecordItemSchema).max(200),
  states: z.record(z.string(), ChecklistItemStateSchema),
});
export type ChecklistRecord = z.infer<typeof ChecklistRecordSchema>;

/** An image attached to an entry; bytes travel separately (the document only references the file). */
export const AnalysisImageSchema = z.object({
  entryId: z.string().min(1).max(64),
  fileName: z.string().min(1).max(255),
  mediaType: z.string().max(100).optional(),
});
export type AnalysisImage = z.infer<typeof AnalysisImageSchema>;

/** Per-export choices; none of them changes the log itself. */
export const AnalysisOptionsSchema = z.object({
  /** Entries left out of this export entirely. */
  excludeEntryIds: z.array(z.string().max(64)).max(100_000).default([]),
  /** Entries kept on the timeline with their text replaced by "[redacted]". */
  redactEntryIds: z.array(z.string().max(64)).max(100_000).default([]),
  /** Repository folder for the document, e.g. "incidents". */
  folder: z.string().max(300).default(''),
  /** The lead's zone, named beside the UTC times, e.g. "Europe/Berlin". */
  localTimeZone: z.string().max(100).default('UTC'),
});
export type AnalysisOptions = z.input<typeof AnalysisOptionsSchema>;

export const AnalysisInputSchema = z.object({
  incident: IncidentSchema,
  entries: z.array(TimelineEntrySchema),
  checklist: ChecklistRecordSchema.nullable().optional(),
  images: z.array(AnalysisImageSchema).optional(),
  template: TemplateSchema.optional(),
  options: AnalysisOptionsSchema.partial().optional(),
});
