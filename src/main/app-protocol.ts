import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { RENDERER_CSP } from './content-security-policy';

/**
 * Registered before app 'ready'. standard: relative URLs and a real origin (IndexedDB, localStorage);
 * secure: treated like https; supportFetchAPI + stream: modules and assets load with fetch semantics;
 * codeCache: V8 keeps the compiled scripts between starts, as it does for https pages, instead of
 * compiling every window's JavaScript again on every start (custom schemes have no code cache without it).
 * Deliberately not bypassCSP and not corsEnabled.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

export type AppRequestResolution = { path: string } | { status: 400 | 403 | 404; reason: string };

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps app://sitrep/<path> to a file under rootDir, or says why not. Each path segment is decoded on its own, so
 * an encoded "..", "/" or "\" cannot smuggle a traversal past the URL parser's own normalisation; the resolved
 * path must still lie inside rootDir.
 */
export function resolveAppRequest(rawUrl: string, rootDir: string): AppRequestResolution {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:`) return { status: 400, reason: `not an ${APP_SCHEME}: URL` };
  if (url.host.toLowerCase() !== APP_HOST || url.username || url.password) return { status: 404, reason: `unknown host ${url.host}` };
  const rawSegments = url.pathname.split('/').slice(1);
  if (rawSegments.length === 1 && rawSegments[0] === '') rawSegments[0] = 'index.html';
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400, reason: 'badly encoded path' };
    }
    if (segment === '' || segment === '.' || segment === '..') return { status: 403, reason: 'path traversal' };
    if (/[/\\:\0]/.test(segment)) return { status: 403, reason: 'path traversal' };
    segments.push(segment);
  }
  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  if (!path.startsWith(root + sep)) return { status: 403, reason: 'outside the app' };
  return { path };
}

type ReadFile = (path: string) => Promise<Uint8Array>;

/** The protocol.handle handler: GET/HEAD of a resolved file with its MIME type and the CSP; errors as statuses. */
export function createAppProtocolHandler(
  rootDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
    }
    const resolved = resolveAppRequest(request.url, rootDir);
    if ('status' in resolved) return new Response(resolved.reason, { status: resolved.status });
    let body: Uint8Array;
    try {
      body = await read(resolved.path);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(resolved.path),
        'content-security-policy': RENDERER_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
