import { z } from 'zod';
import { MAX_EPOCH_MS, MAX_PERSON_NAME, severities } from './domain-values';

/** How bad it is. The handbook's three levels; the definitions live in the handbook defaults. */
export { severities };
export const SeveritySchema = z.enum(severities);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Where an incident is in its life. Live: investigating → identified → monitoring.
 * Closed: resolved → analysis-scheduled → analysed, or analysis-skipped when it was uneventful.
 */
export const incidentStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'analysis-scheduled',
  'analysed',
  'analysis-skipped',
] as const;
export const IncidentStatusSchema = z.enum(incidentStatuses);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const liveStatuses: readonly IncidentStatus[] = ['investigating', 'identified', 'monitoring'];
export const isLive = (status: IncidentStatus): boolean => liveStatuses.includes(status);

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
