import { z } from 'zod';
import type { EventSpec, InvokeSpec } from './contract-types';
import { IncidentSchema, PersonNameSchema } from '../domain/incident';
import { TimelineEntrySchema } from '../domain/timeline-entry';
import { SetTokenResultSchema } from './github-channels';
import { SYNC_BATCH } from './bridge-constants';

/* Team sync's channels; spread into the contract in ipc-contract.ts. The team token goes in, never out. */
const NoArgs = z.undefined();

export { SYNC_BATCH };

export const SyncSettingsSchema = z.object({
  /** ws:// or wss:// address of the team's sync server; empty until set. */
  serverUrl: z.string().max(500),
  team: z.string().max(40),
  hasToken: z.boolean(),
  /** Linux without a keyring: storing the token needs the user's consent. */
  needsWeakStorageConsent: z.boolean(),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const connectionStates = ['off', 'connecting', 'connected', 'offline', 'refused'] as const;
export const SyncStateSchema = z.object({
  connection: z.enum(connectionStates),
  /** What happened and what to do, for offline and refused. */
  message: z.string().max(500).nullable(),
  incidents: z
    .array(
      z.object({
        incidentId: z.string().max(64),
        /** Changes saved here that the server has not confirmed yet. */
        waiting: z.number().int().nonnegative(),
        /** The other responders with this incident open now. */
        here: z.array(z.string().max(120)).max(100),
      }),
    )
    .max(1_000),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

const EntriesSchema = z.array(TimelineEntrySchema).max(SYNC_BATCH);

export const syncInvokeContract = {
  getSyncSettings: { channel: 'sync:get-settings', request: NoArgs, response: SyncSettingsSchema },
  setSyncSettings: {
    channel: 'sync:set-settings',
    request: z.object({ serverUrl: z.string().trim().max(500), team: z.string().trim().max(40) }),
    response: z.object({ ok: z.boolean(), message: z.string(), settings: SyncSettingsSchema }),
  },
  setSyncToken: {
    channel: 'sync:set-token',
    request: z.object({ token: z.string().min(1).max(1_000), allowWeakStorage: z.boolean().optional() }),
    response: SetTokenResultSchema,
  },
  clearSyncToken: { channel: 'sync:clear-token', request: NoArgs, response: z.void() },
  getSyncState: { channel: 'sync:get-state', request: NoArgs, response: SyncStateSchema },
  /** Starts sharing an incident with the team (opt-in, per incident): its state now and its first entries. */
  shareIncident: {
    channel: 'sync:share-incident',
    request: z.object({ incident: IncidentSchema, entries: EntriesSchema }),
    response: z.object({ ok: z.boolean(), message: z.string() }),
  },
  /** Entries of a shared incident committed here (new or changed); main sends them to the team. */
  pushSyncEntries: {
    channel: 'sync:push-entries',
    request: z.object({ incidentId: z.string().max(64), entries: EntriesSchema }),
    response: z.void(),
  },
  /** Who this is and which shared incident they are looking at, for the others' "who is here". */
  setSyncPresence: {
    channel: 'sync:set-presence',
    request: z.object({ name: PersonNameSchema, incidentId: z.string().max(64).nullable() }),
    response: z.void(),
  },
} satisfies Record<string, InvokeSpec>;

export const syncEventContract = {
  onSyncState: { channel: 'sync:state', payload: SyncStateSchema },
  /** Entries another responder wrote (or changed), with the incident's shared base to derive its state from. */
  onSyncEntries: {
    channel: 'sync:entries',
    payload: z.object({
      base: z.object({ incident: IncidentSchema, applied: z.array(z.string().max(64)).max(100_000) }),
      entries: EntriesSchema,
    }),
  },
} satisfies Record<string, EventSpec>;
