import { Server, type Extension } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Redis } from '@hocuspocus/extension-redis';
import { authorize, type TeamToken } from './team-tokens';

export interface SyncServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Where the SQLite file lives; ":memory:" keeps nothing. */
  database: string;
  tokens: readonly TeamToken[];
  host?: string;
  /** A Redis every instance of the team's server shares, so several instances relay each other's changes. */
  redis?: { host: string; port: number };
  /** More extensions. */
  extensions?: Extension[];
  quiet?: boolean;
}

/**
 * A Hocuspocus server for Sitrep's shared incidents, with its documents kept in SQLite. It knows nothing of
 * incidents: it keeps and relays Yjs documents, and lets a token open only its own team's documents, for
 * writing or only for reading.
 */
export function createSyncServer(options: SyncServerOptions): Server {
  return new Server({
    port: options.port,
    ...(options.host ? { address: options.host } : {}),
    quiet: options.quiet ?? true,
    extensions: [
      new SQLite({ database: options.database }),
      ...(options.redis ? [new Redis({ host: options.redis.host, port: options.redis.port })] : []),
      ...(options.extensions ?? []),
    ],
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const granted = authorize(options.tokens, token, documentName);
      // Hocuspocus drops updates from a read-only connection, whatever the client sends.
      if (granted.access === 'read') connectionConfig.readOnly = true;
      return granted;
    },
  });
}
