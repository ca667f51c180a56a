import { z } from 'zod';
import { EpochMsSchema, SeveritySchema } from '../incident';
import { milestoneNames } from '../domain-values';
import type { LifecycleAction } from '../lifecycle-action';

/*
 * A lifecycle action as it is kept on the timeline entry that records it. A shared incident's state is not
 * sent between machines: each one replays these records through the same rules, so all of them end in the
 * same state. The shapes are checked here; the rules check the values again when the action is replayed.
 */

const text = z.string().max(20_000);

const LifecycleActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('change-severity'), severity: SeveritySchema, reason: text.optional() }),
  z.object({ type: z.literal('hand-over'), to: z.string().max(200) }),
  z.object({ type: z.literal('set-status'), status: z.enum(['investigating', 'identified', 'monitoring']) }),
  z.object({ type: z.literal('resolve'), rootCause: text, fix: text, resolvedAt: EpochMsSchema.optional() }),
  z.object({ type: z.literal('reopen'), reason: text }),
  z.object({ type: z.literal('schedule-analysis'), scheduledFor: EpochMsSchema }),
  z.object({ type: z.literal('skip-analysis'), reason: text }),
  z.object({ type: z.literal('complete-analysis') }),
  z.object({
    type: z.literal('edit-details'),
    title: z.string().max(400).optional(),
    summary: text.optional(),
    rootCause: text.optional(),
    fix: text.optional(),
    impactStartedAt: EpochMsSchema.nullable().optional(),
    declaredAt: EpochMsSchema.optional(),
    resolvedAt: EpochMsSchema.optional(),
    runbookLinks: z.array(z.string().max(2_000)).max(60).optional(),
  }),
  z.object({ type: z.literal('record-milestone'), milestone: z.enum(milestoneNames), occurredAt: EpochMsSchema }),
]) satisfies z.ZodType<LifecycleAction>;

export const LifecycleRecordSchema = z.object({
  action: LifecycleActionSchema,
  /** When the action was taken (the rules' "now"); replays are ordered by it. */
  at: EpochMsSchema,
  /** The time the person dated the change back to, if any. */
  occurredAt: EpochMsSchema.optional(),
  /** Who led when the action was taken: a handover from someone who no longer leads is a conflict. */
  leadSeen: z.string().max(200),
});
export type LifecycleRecord = z.infer<typeof LifecycleRecordSchema>;
