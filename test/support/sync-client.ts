import { HocuspocusProvider } from '@hocuspocus/provider';
import { WebSocket as NodeWebSocket } from 'ws';
import { vi } from 'vitest';
import { Replica } from './sync-replica';

// Node 20 has no WebSocket of its own (Electron's main and Chromium pages do).
globalThis.WebSocket ??= NodeWebSocket as unknown as typeof WebSocket;

/** A responder's machine on a real server: the replica's doc behind a Hocuspocus provider. */
export class SyncClient extends Replica {
  readonly provider: HocuspocusProvider;
  refusal: string | null = null;

  constructor(name: string, url: string, document: string, token: string) {
    super(name);
    this.provider = new HocuspocusProvider({
      url,
      name: document,
      document: this.doc,
      token,
      onAuthenticationFailed: ({ reason }) => {
        this.refusal = reason;
      },
    });
    // A change from the server is reconciled into the local store, as the app's sync layer does.
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) this.reconcile();
    });
  }

  /** Resolves once the server has every change made here and this doc has everything the server sent. */
  async settled(): Promise<void> {
    await vi.waitFor(() => {
      if (!this.provider.isSynced || this.provider.hasUnsyncedChanges) throw new Error(`${this.name} is not in sync yet`);
    }, { timeout: 10_000, interval: 5 });
  }

  /** Drops the connection, as a lost network does, and resolves once the socket is closed. */
  async goOffline(): Promise<void> {
    this.provider.disconnect();
    await vi.waitFor(() => {
      if (this.provider.configuration.websocketProvider.status !== 'disconnected') throw new Error(`${this.name} is still connected`);
    }, { timeout: 10_000, interval: 5 });
  }

  goOnline(): void {
    void this.provider.connect();
  }

  close(): void {
    this.provider.destroy();
  }
}
