import { z } from 'zod';
import type { InvokeSpec } from './contract-types';
import { SAFETY_BATCH_MAX_BYTES, SAFETY_BATCH_MAX_ROWS, SAFETY_BATCH_TARGET_BYTES } from './bridge-constants';
import { ChecklistTemplateSchema } from '../checklist/checklist-template';
import { IncidentChecklistSchema } from '../checklist/incident-checklist';
import { EpochMsSchema, IncidentSchema } from '../domain/incident';
import { SettingRowSchema } from '../domain/setting-row';
import { TimelineEntrySchema } from '../domain/timeline-entry';

/*
 * The safety copy of the log: main keeps the main window's incidents, entries, checklists and settings in a file
 * of its own, outside IndexedDB, so a log that Chromium threw away after a crash can be brought back. The page
 * sends what changed and asks for it back; main decides the file, its size and what it keeps. Spread into the
 * contract in ipc-contract.ts.
 */
const NoArgs = z.undefined();

export { SAFETY_BATCH_MAX_BYTES, SAFETY_BATCH_MAX_ROWS, SAFETY_BATCH_TARGET_BYTES };

/**
 * Rows of the log, whole, as they are now, at most `maxRows` of each table (main's file folds many batches into
 * one record, so it reads them without a limit). Attachments are not kept: their files are too large to copy.
 */
export function safetyCopyRowsSchema(maxRows = Number.MAX_SAFE_INTEGER) {
  const rows = <T extends z.ZodType>(schema: T) => z.array(schema).max(maxRows);
  return z.object({
    incidents: rows(IncidentSchema),
    entries: rows(TimelineEntrySchema),
    incidentChecklists: rows(IncidentChecklistSchema),
    checklistTemplates: rows(ChecklistTemplateSchema),
    settings: rows(SettingRowSchema),
  });
}
export const SafetyCopyRowsSchema = safetyCopyRowsSchema(SAFETY_BATCH_MAX_ROWS);
export type SafetyCopyRows = z.infer<typeof SafetyCopyRowsSchema>;

export const SafetyCopyBatchSchema = SafetyCopyRowsSchema.extend({
  /**
   * Where the writer's reading of the log stands once this batch is kept (it reads entries stored or changed at or
   * after it), or null when this batch does not move it. Main gives it back at the next start.
   */
  mark: EpochMsSchema.nullable(),
});
export type SafetyCopyBatch = z.infer<typeof SafetyCopyBatchSchema>;

export const SafetyCopyStatusSchema = z.object({
  incidents: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
  /** When main last wrote to the copy; null while it is empty. */
  lastWrittenAt: EpochMsSchema.nullable(),
  /** The mark of the last batch kept (see SafetyCopyBatchSchema); null when there is none. */
  mark: EpochMsSchema.nullable(),
  bytes: z.number().int().nonnegative(),
  capBytes: z.number().int().positive(),
  /** Why the last write was refused or failed, in words for the user; null when it went well. */
  problem: z.string().max(1_000).nullable(),
});
export type SafetyCopyStatus = z.infer<typeof SafetyCopyStatusSchema>;

/** A page for a restore: all of the few small tables (a copy may hold more incidents than a batch), some entries. */
export const SafetyCopyPageSchema = safetyCopyRowsSchema().extend({
  entries: z.array(TimelineEntrySchema).max(SAFETY_BATCH_MAX_ROWS),
  /** Where the next page starts, or null after the last one. */
  next: z.number().int().nonnegative().nullable(),
  totalEntries: z.number().int().nonnegative(),
});
export type SafetyCopyPage = z.infer<typeof SafetyCopyPageSchema>;

export const safetyCopyInvokeContract = {
  getSafetyCopyStatus: { channel: 'safety-copy:get-status', request: NoArgs, response: SafetyCopyStatusSchema },
  /** Rows that changed in the log; main keeps those that are new or newer than its copy. */
  writeSafetyCopy: {
    channel: 'safety-copy:write',
    request: SafetyCopyBatchSchema,
    response: z.object({ ok: z.boolean(), message: z.string().max(1_000), status: SafetyCopyStatusSchema }),
  },
  /** One page of the copy, for a restore: the few incidents, checklists and settings on the first page only. */
  readSafetyCopy: {
    channel: 'safety-copy:read',
    request: z.object({ from: z.number().int().nonnegative() }),
    response: SafetyCopyPageSchema,
  },
} satisfies Record<string, InvokeSpec>;
