import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// Tests run from the repository root (npm scripts, Playwright's config folder).
export const rendererDir = resolve(process.cwd(), 'out/renderer');
/** The data harness (test/harness), served under /__harness/ on the same origin so it shares IndexedDB. */
export const harnessDir = resolve(process.cwd(), 'out/harness');
const HARNESS_PREFIX = '/__harness/';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the built renderer over HTTP on 127.0.0.1, as app:// serves it in the desktop app. */
/**
 * `isolated` adds the cross-origin isolation headers, which lift Chromium's 100 µs coarsening of
 * performance.now() to 5 µs: the benchmark wants that for millisecond appends. Tests leave it off, so a
 * CSP test is never passed by COEP blocking a foreign resource instead.
 */
const isolationHeaders = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

export async function serveRenderer(root = rendererDir, port = 0, options: { isolated?: boolean } = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const inHarness = path.startsWith(HARNESS_PREFIX);
    const base = inHarness ? harnessDir : root;
    const file = join(base, inHarness ? path.slice(HARNESS_PREFIX.length) : path === '/' ? 'index.html' : path);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
          ...(options.isolated ? isolationHeaders : {}),
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
