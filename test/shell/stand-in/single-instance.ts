// requestSingleInstanceLock across processes, as Electron does it with a lock and a socket in the profile:
// the first process holds an exclusive lock file and listens on a Unix socket; a second finds the lock held by a
// live process, hands its argv, cwd and additionalData over the socket, and gets false.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';

export interface SecondInstanceMessage {
  argv: string[];
  cwd: string;
  additionalData: unknown;
}

let server: Server | null = null;
let lockFile: string | null = null;
/** Delivery of our argv to the primary; the app may not exit before it is written. */
export let handOff: Promise<void> = Promise.resolve();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function acquireLock(userData: string, message: SecondInstanceMessage, onSecond: (m: SecondInstanceMessage) => void): boolean {
  const lock = join(userData, 'StandInSingletonLock');
  const socket = join(userData, 'StandInSingletonSocket');
  mkdirSync(userData, { recursive: true }); // Electron creates the profile folder when it first needs it
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      lockFile = lock;
      rmSync(socket, { force: true });
      server = createServer((connection) => {
        let text = '';
        connection.setEncoding('utf8');
        connection.on('data', (chunk) => (text += chunk));
        connection.on('end', () => {
          try {
            onSecond(JSON.parse(text) as SecondInstanceMessage);
          } catch {
            // A half-written hand-off from a process that died: nothing to act on.
          }
        });
      });
      server.listen(socket);
      server.unref();
      return true;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(lock, 'utf8'));
      } catch {
        // removed between our open and read: try again
      }
      if (holder && isAlive(holder)) {
        handOff = new Promise((resolve) => {
          const connection = createConnection(socket, () => connection.end(JSON.stringify(message)));
          connection.on('close', () => resolve());
          connection.on('error', () => resolve());
        });
        return false;
      }
      rmSync(lock, { force: true }); // a lock left by a process that died
    }
  }
  return false;
}

export function releaseLock(): void {
  server?.close();
  server = null;
  if (lockFile) rmSync(lockFile, { force: true });
  lockFile = null;
}
