import { z } from 'zod';
import { SeveritySchema } from '../domain/incident';

export const SeverityGuideEntrySchema = z.object({
  label: z.string().trim().min(1).max(40),
  summary: z.string().trim().min(1).max(2_000),
  /** Whether this severity justifies waking people up (paging) rather than waiting for working hours. */
  pagesPeople: z.boolean(),
  examples: z.array(z.string().trim().min(1).max(300)).max(20),
});
export type SeverityGuideEntry = z.infer<typeof SeverityGuideEntrySchema>;

/** A team's own guide replaces the default whole; every severity must be described. */
export const SeverityGuideSchema = z.record(SeveritySchema, SeverityGuideEntrySchema);
