import { z } from 'zod';
import { EpochMsSchema, PersonNameSchema } from './incident';
import {
  entryKinds,
  entrySources,
  FOLLOW_UP_URL_PATTERN,
  MAX_ENTRY_TEXT,
  MAX_FOLLOW_UP_URL,
  MAX_ID,
  MAX_PERSON_NAME,
  milestoneNames,
  typedEntryKinds,
} from './domain-values';
import { LifecycleRecordSchema } from './lifecycle/lifecycle-record';

// The lists live in domain-values (no zod) so entry-check.ts, the write path's check, reads the same ones.
export { entryKinds, entrySources, milestoneNames, typedEntryKinds };
export const EntryKindSchema = z.enum(entryKinds);
export type EntryKind = z.infer<typeof EntryKindSchema>;

export const EntrySourceSchema = z.enum(entrySources);
export type EntrySource = z.infer<typeof EntrySourceSchema>;

export const MilestoneNameSchema = z.enum(milestoneNames);
export type MilestoneName = z.infer<typeof MilestoneNameSchema>;

/** One megabyte of text is the most a single entry may hold; larger input is refused with a message. */
export { MAX_ENTRY_TEXT };

/**
 * What a follow-up needs after the incident: who owns it, where it is tracked (an issue or pull request), and
 * whether it is done. Absent until someone sets one of them; entries of other kinds never carry it.
 */
export const FollowUpSchema = z.object({
  owner: z.string().trim().max(MAX_PERSON_NAME).nullable(),
  url: z.string().max(MAX_FOLLOW_UP_URL).regex(FOLLOW_UP_URL_PATTERN).nullable(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const TimelineEntrySchema = z.object({
  id: z.string().min(1).max(MAX_ID),
  incidentId: z.string().min(1).max(MAX_ID),
  kind: EntryKindSchema,
  text: z.string().max(MAX_ENTRY_TEXT),
  /** When it happened, as the user says (a quick note: the moment the hotkey was pressed). */
  occurredAt: EpochMsSchema,
  /** When it was written to the log. Never changes. */
  capturedAt: EpochMsSchema,
  /** When it was last edited, or null. */
  editedAt: EpochMsSchema.nullable(),
  /** occurredAt before the first backfill, so an edited time shows where it came from. */
  originalOccurredAt: EpochMsSchema.nullable(),
  author: PersonNameSchema,
  source: EntrySourceSchema,
  /** A tombstone: deleted entries stay, so undo works and the analysis never silently loses a line. */
  deletedAt: EpochMsSchema.nullable(),
  /** Set on milestone entries. */
  milestone: MilestoneNameSchema.nullable(),
  /** Owner, tracking link and done mark of a follow-up (optional: stored rows from before it have none). */
  followUp: FollowUpSchema.optional(),
  /**
   * When this copy last changed in any way (edit, deletion, restore). A restore clears deletedAt, so without
   * it the restored copy would look older than the deleted one on another machine (optional: older rows have none).
   */
  changedAt: EpochMsSchema.optional(),
  /**
   * On the first entry a lifecycle action writes: the action itself, so a shared incident's state can be
   * replayed from its log on every machine (optional: rows from before team sync have none).
   */
  lifecycle: LifecycleRecordSchema.optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
