import { z } from 'zod';
import type { EventSpec, InvokeSpec } from './contract-types';
import {
  CommsSendViewSchema,
  CommsSettingsViewSchema,
  CommsUpdateRequestSchema,
  CommsUpdateResultSchema,
  HandoverBriefSendRequestSchema,
  SetCredentialResultSchema,
} from './comms-schemas';

/* Sending comms (Slack webhook, Statuspage); spread into the contract in ipc-contract.ts. Credentials go in, never out. */
const NoArgs = z.undefined();

export const commsInvokeContract = {
  getCommsSettings: { channel: 'comms:get-settings', request: NoArgs, response: CommsSettingsViewSchema },
  /** Stores the Slack incoming-webhook address in main (encrypted); only https://hooks.slack.com/services/… is taken. */
  setSlackWebhook: {
    channel: 'comms:set-slack-webhook',
    request: z.object({ url: z.string().trim().min(1).max(500), allowWeakStorage: z.boolean().optional() }),
    response: SetCredentialResultSchema,
  },
  /** Stores the Statuspage API key (encrypted) and page id; main checks them with Statuspage first. */
  setStatuspageCredentials: {
    channel: 'comms:set-statuspage',
    request: z.object({
      apiKey: z.string().trim().min(1).max(200),
      pageId: z.string().trim().regex(/^[A-Za-z0-9]{1,64}$/),
      allowWeakStorage: z.boolean().optional(),
    }),
    response: SetCredentialResultSchema,
  },
  clearCommsCredential: { channel: 'comms:clear-credential', request: z.object({ which: z.enum(['slack', 'statuspage']) }), response: z.void() },
  /** "Send this update for incident X": main builds the requests and picks the hosts; offline, it queues them. */
  sendCommsUpdate: { channel: 'comms:send-update', request: CommsUpdateRequestSchema, response: CommsUpdateResultSchema },
  /** "Send this handover brief to the team's Slack channel": through the same outbox; main posts only to the stored webhook. */
  sendHandoverBrief: { channel: 'comms:send-handover-brief', request: HandoverBriefSendRequestSchema, response: CommsUpdateResultSchema },
  listCommsSends: { channel: 'comms:list-sends', request: NoArgs, response: z.array(CommsSendViewSchema) },
  /** Tries a failed send again, or one whose outcome is unknown once the lead has checked it did not arrive. */
  retryCommsSend: { channel: 'comms:retry-send', request: z.object({ id: z.string().max(64) }), response: z.boolean() },
} satisfies Record<string, InvokeSpec>;

export const commsEventContract = {
  onCommsSendsChanged: { channel: 'comms:sends-changed', payload: z.array(CommsSendViewSchema) },
} satisfies Record<string, EventSpec>;
