import { z } from 'zod';
import { statuspageStatuses } from '../comms/statuspage-status';
import { EpochMsSchema } from '../domain/incident';

/*
 * What the checklist and main windows may say to main about sending comms. A page asks "send this update for
 * incident X"; the credentials, the addresses and the requests are main's. Nothing here carries a secret out.
 */

/** Where an update goes: the team's Slack channel (incoming webhook) or the public status page (Statuspage). */
export const CommsDestinationSchema = z.enum(['slack', 'statuspage']);
export type CommsDestination = z.infer<typeof CommsDestinationSchema>;

/** Statuspage's states of a realtime incident. */
export const StatuspageStatusSchema = z.enum(statuspageStatuses);
export type StatuspageStatus = z.infer<typeof StatuspageStatusSchema>;

const Text = z.string().trim().min(1).max(20_000);

/** One press of the send key: the drafts as the lead left them, for one incident. */
export const CommsUpdateRequestSchema = z.object({
  incidentId: z.string().min(1).max(64),
  /** The status-page incident's name (Statuspage allows 255 characters). */
  title: z.string().trim().min(1).max(255),
  status: StatuspageStatusSchema,
  statusPageText: Text,
  announcementText: Text,
  /** Added to the Slack post, so the team sees the banner wording too. */
  bannerText: z.string().trim().max(2_000).optional(),
});
export type CommsUpdateRequest = z.infer<typeof CommsUpdateRequestSchema>;

/** A handover brief for the team's Slack channel: the text the lead read in the brief dialog. */
export const HandoverBriefSendRequestSchema = z.object({
  incidentId: z.string().min(1).max(64),
  text: Text,
});
export type HandoverBriefSendRequest = z.infer<typeof HandoverBriefSendRequestSchema>;

/** What a send carries. The brief goes to Slack only: it is for the team, not the public status page. */
export const CommsSendKindSchema = z.enum(['status-page', 'announcement', 'handover-brief']);
export type CommsSendKind = z.infer<typeof CommsSendKindSchema>;

/**
 * One send as main tracks it. `unknown`: the request left but no answer came back, and Slack cannot tell
 * whether it posted, so only the lead may send it again after looking at the channel.
 */
export const CommsSendStateSchema = z.enum(['queued', 'sending', 'sent', 'unknown', 'failed']);
export type CommsSendState = z.infer<typeof CommsSendStateSchema>;

export const CommsSendViewSchema = z.object({
  id: z.string().max(64),
  incidentId: z.string().max(64),
  destination: CommsDestinationSchema,
  /** What it carried: the status-page update, the announcement (with the banner text), or a handover brief. */
  kind: CommsSendKindSchema,
  text: z.string().max(25_000),
  state: CommsSendStateSchema,
  attempts: z.number().int(),
  createdAt: EpochMsSchema,
  sentAt: EpochMsSchema.nullable(),
  /** Where it went, in words for the timeline ("Slack (hooks.slack.com)", "Statuspage page x, incident y"). */
  where: z.string().max(300),
  error: z.string().max(2_000).nullable(),
});
export type CommsSendView = z.infer<typeof CommsSendViewSchema>;

export const CommsUpdateResultSchema = z.object({
  /** The sends made for this press (one per configured destination). */
  sends: z.array(CommsSendViewSchema),
  /** What to tell the lead; an empty `sends` comes with what to set up. */
  message: z.string().max(2_000),
});
export type CommsUpdateResult = z.infer<typeof CommsUpdateResultSchema>;

/** What settings may show: whether each credential is there, never the credential. */
export const CommsSettingsViewSchema = z.object({
  slackConfigured: z.boolean(),
  statuspageConfigured: z.boolean(),
  statuspagePageId: z.string().max(100),
  encryptionAvailable: z.boolean(),
  needsWeakStorageConsent: z.boolean(),
});
export type CommsSettingsView = z.infer<typeof CommsSettingsViewSchema>;

export const SetCredentialResultSchema = z.object({ ok: z.boolean(), needsConsent: z.boolean(), message: z.string() });
export type SetCredentialResult = z.infer<typeof SetCredentialResultSchema>;
