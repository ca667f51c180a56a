import { z } from 'zod';
import type { DeclareGuidance } from './declare-guidance';

/**
 * The limits a team's own declare guidance is held to, as for the severity guide. Apart from the guidance
 * itself so that the home screen, which shows it, does not load zod before its first paint.
 */
export const DeclareGuidanceSchema = z.object({
  rule: z.string().trim().min(1).max(2_000),
  declare: z.array(z.string().trim().min(1).max(300)).max(30),
  doNotDeclare: z.array(z.string().trim().min(1).max(300)).max(30),
}) satisfies z.ZodType<DeclareGuidance>;
