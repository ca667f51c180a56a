import type { SafetyCopyRows } from './safety-copy-channels';

/*
 * The contract's plain values, in a module without zod: a window's start code needs them (the bridge's global
 * name, the sync batch size, the safety copy's batch limits) and should not build every channel's schema to get them.
 * ipc-contract.ts, sync-channels.ts and safety-copy-channels.ts re-export them, so each value is defined once.
 */

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'sitrep';

/** At most this many entries travel in one sync message; a bigger incident is sent in several. */
export const SYNC_BATCH = 2_000;

/** Main refuses a safety-copy batch whose JSON is larger than this; the writer packs its batches well under it. */
export const SAFETY_BATCH_MAX_BYTES = 8 * 1024 * 1024;
/** What the safety-copy writer aims for per batch (one entry alone may be larger, up to the limit above). */
export const SAFETY_BATCH_TARGET_BYTES = 2 * 1024 * 1024;
/** At most this many rows of one table in a safety-copy batch. */
export const SAFETY_BATCH_MAX_ROWS = 5_000;

/** No rows of any table the safety copy keeps: where a batch, a page or a fold starts. */
export const noSafetyCopyRows = (): SafetyCopyRows => ({ incidents: [], entries: [], incidentChecklists: [], checklistTemplates: [], settings: [] });
