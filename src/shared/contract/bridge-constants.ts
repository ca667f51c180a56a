/*
 * The contract's plain values, in a module without zod: a window's start code needs them (the bridge's global
 * name, the sync batch size) and should not build every channel's schema to get them. ipc-contract.ts and
 * sync-channels.ts re-export them, so each value is defined once.
 */

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'sitrep';

/** At most this many entries travel in one sync message; a bigger incident is sent in several. */
export const SYNC_BATCH = 2_000;
