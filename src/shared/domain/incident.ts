import { z } from 'zod';
import { MAX_EPOCH_MS, MAX_PERSON_NAME, severities, incidentStatuses, liveStatuses, isLive, type IncidentStatus } from './domain-values';

/** How bad it is. The handbook's three levels; the definitions live in the handbook defaults. */
export { severities };
export const SeveritySchema = z.enum(severities);
export type Severity = z.infer<typeof SeveritySchema>;

// The statuses are plain values in domain-values.ts, so the windows' first screens can tell live from closed
// without loading zod; the schema is built from the same list.
export { incidentStatuses, liveStatuses, isLive, type IncidentStatus };
export const IncidentStatusSchema = z.enum(incidentStatuses);

/** Epoch milliseconds, UTC. Every instant the app stores has this shape. */
export const EpochMsSchema = z.number().int().nonnegative().max(MAX_EPOCH_MS);
export type EpochMs = z.infer<typeof EpochMsSchema>;

export const PersonNameSchema = z.string().trim().min(1).max(MAX_PERSON_NAME);

export const IncidentSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(300),
  severity: SeveritySchema,
  status: IncidentStatusSchema,
  /** The current incident lead; the declarer until a handover. */
  lead: PersonNameSchema,
  declaredBy: PersonNameSchema,
  declaredAt: EpochMsSchema,
  /** When customers started to feel it, if known (often before declaredAt). */
  impactStartedAt: EpochMsSchema.nullable(),
  resolvedAt: EpochMsSchema.nullable(),
  rootCause: z.string().max(20_000),
  fix: z.string().max(20_000),
  runbookLinks: z.array(z.string().max(2_000)).max(50),
  summary: z.string().max(20_000),
  /** When the analysis sync is planned, once scheduled. */
  analysisScheduledFor: EpochMsSchema.nullable(),
  updatedAt: EpochMsSchema,
});
export type Incident = z.infer<typeof IncidentSchema>;
