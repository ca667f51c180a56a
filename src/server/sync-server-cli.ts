import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createSyncServer } from './sync-server';
import { parseTeamTokens } from './team-tokens';

/*
 * `npm run sync-server -- --port 8080 --data /var/lib/sitrep/sync.sqlite --tokens-file /etc/sitrep/tokens`
 * Every flag has an environment variable too (SITREP_SYNC_PORT, SITREP_SYNC_DATA, SITREP_SYNC_HOST,
 * SITREP_SYNC_TOKENS_FILE, or the tokens themselves in SITREP_SYNC_TOKENS, SITREP_SYNC_REDIS), which is how a
 * container gets them. With --redis, several instances sharing that Redis serve one team together.
 */

const usage = `Usage: npm run sync-server -- [--port 1234] [--host 127.0.0.1] [--data sitrep-sync.sqlite] [--tokens-file FILE] [--redis HOST:PORT]
Tokens: one "team:token:write" or "team:token:read" per line in FILE, or comma-separated in SITREP_SYNC_TOKENS.`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    'tokens-file': { type: 'string' },
    redis: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const env = process.env;
const port = Number(values.port ?? env.SITREP_SYNC_PORT ?? 1234);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`The port "${values.port ?? env.SITREP_SYNC_PORT}" is not a port number.`);
const tokensFile = values['tokens-file'] ?? env.SITREP_SYNC_TOKENS_FILE;
let tokenText = env.SITREP_SYNC_TOKENS ?? '';
if (tokensFile) {
  try {
    tokenText = readFileSync(tokensFile, 'utf8');
  } catch {
    fail(`Cannot read the tokens file ${tokensFile}.`);
  }
}
let tokens;
try {
  tokens = parseTeamTokens(tokenText);
} catch (error) {
  fail((error as Error).message);
}
if (tokens.length === 0) fail('No team tokens given, so nobody could connect.');

const host = values.host ?? env.SITREP_SYNC_HOST ?? '127.0.0.1';
const database = values.data ?? env.SITREP_SYNC_DATA ?? 'sitrep-sync.sqlite';
const redisAddress = values.redis ?? env.SITREP_SYNC_REDIS;
let redis: { host: string; port: number } | undefined;
if (redisAddress) {
  const match = /^([^:]+):(\d{1,5})$/.exec(redisAddress);
  if (!match) fail(`The Redis address "${redisAddress}" is not HOST:PORT.`);
  redis = { host: match[1]!, port: Number(match[2]) };
}
const server = createSyncServer({ port, host, database, tokens, ...(redis ? { redis } : {}) });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // destroy() stores what is pending before it exits; a document it cannot store keeps it waiting, so after
    // ten seconds it exits anyway (saying so) rather than hang a restart.
    setTimeout(() => {
      console.error('Sitrep sync server: stopping took over 10 s (a document could not be stored); exiting now.');
      process.exit(1);
    }, 10_000).unref();
    void server.destroy().then(() => process.exit(0));
  });
}
void server.listen().then(() => {
  console.log(`Sitrep sync server on ws://${host}:${server.address.port}, documents in ${database}, ${tokens.length} token(s).`);
});
