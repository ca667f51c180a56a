import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { APP_ORIGIN } from '../../../src/main/app-origin';
import { createAppProtocolHandler } from '../../../src/main/app-protocol';
import { rendererDir } from '../support/static-server';

/*
 * Servers for the CSP test. The app server answers with the desktop app's own app:// handler (so the pages get
 * the CSP header AND their <meta> policy, as in Electron); the control server serves the same built pages with
 * no policy at all (so the probes are shown to detect what they claim to); the foreign server is a second
 * origin on another port that records every request reaching it.
 */
export interface TestServer {
  origin: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function listen(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    Promise.resolve(handle(req, res)).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** out/renderer through createAppProtocolHandler: http://127.0.0.1:PORT/x is answered as app://sitrep/x would be. */
export function serveThroughAppProtocol(): Promise<TestServer> {
  const handler = createAppProtocolHandler(rendererDir);
  return listen(async (req, res) => {
    const response = await handler(new Request(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
}

const META_CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/** The same built pages with their <meta> policy removed and no header: what the app would be without a CSP. */
export function serveWithoutPolicy(): Promise<TestServer> {
  return listen(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!/^\/[\w-]+\.html$/.test(path)) {
      res.writeHead(404).end();
      return;
    }
    const html = await readFile(join(rendererDir, path.slice(1)), 'utf8');
    if (!META_CSP.test(html)) throw new Error(`${path} has no CSP <meta> to remove`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html.replace(META_CSP, ''));
  });
}

/** Another origin: a script that marks the page, images, a stylesheet, JSON anyone may read, and a page framing ?src. */
export function serveForeignOrigin(): Promise<TestServer> {
  return listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const cors = { 'access-control-allow-origin': '*' };
    if (path === '/evil.js') res.writeHead(200, { 'content-type': 'text/javascript', ...cors }).end('window.__foreignScript = 1;');
    else if (path === '/pixel.svg' || path === '/css.svg') res.writeHead(200, { 'content-type': 'image/svg+xml', ...cors }).end('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    else if (path === '/evil.css') res.writeHead(200, { 'content-type': 'text/css', ...cors }).end('body { display: none; }');
    else if (path === '/data.json') res.writeHead(200, { 'content-type': 'application/json', ...cors }).end('{"stolen":false}');
    else if (path === '/frame.html') res.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe title="framed" src="${encodeURI(url.searchParams.get('src') ?? '')}"></iframe>`);
    else res.writeHead(404).end();
  });
}
