import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, appSchemePrivileges, mimeTypeFor, resolveAppRequest } from '../../../src/main/app-protocol';
import { RENDERER_CSP } from '../../../src/main/content-security-policy';

// base/renderer is served; base/secret.txt sits beside it, where a traversal would land.
const base = mkdtempSync(join(tmpdir(), 'sitrep-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(base, 'secret.txt'), 'secret');
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sitrep</title>');
writeFileSync(join(root, 'assets', 'main-abc.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'style.css'), 'body{}');

describe('resolveAppRequest', () => {
  it('maps app://sitrep/<file> inside the renderer folder', () => {
    expect(resolveAppRequest('app://sitrep/index.html', root)).toEqual({ path: join(root, 'index.html') });
    expect(resolveAppRequest('app://sitrep/assets/main-abc.js', root)).toEqual({ path: join(root, 'assets', 'main-abc.js') });
    expect(resolveAppRequest('app://sitrep/', root)).toEqual({ path: join(root, 'index.html') });
  });

  it('ignores the query and fragment', () => {
    expect(resolveAppRequest('app://sitrep/index.html?incident=1#top', root)).toEqual({ path: join(root, 'index.html') });
  });

  it('decodes ordinary escapes in file names', () => {
    expect(resolveAppRequest('app://sitrep/assets/a%20b.js', root)).toEqual({ path: join(root, 'assets', 'a b.js') });
  });

  it.each([
    'app://sitrep/..%2fsecret.txt',
    'app://sitrep/..%2Fsecret.txt',
    'app://sitrep/..%5csecret.txt',
    'app://sitrep/assets%5c..%5c..%5csecret.txt',
    'app://sitrep//etc/passwd',
    'app://sitrep/%2fetc%2fpasswd',
    'app://sitrep/C:%5cWindows%5cwin.ini',
    'app://sitrep/index.html%00.png',
    'app://sitrep/assets/./main-abc.js/%2e',
  ])('refuses the traversal %s', (url) => {
    const result = resolveAppRequest(url, root);
    expect(result).toMatchObject({ status: 403 });
  });

  it.each(['app://sitrep/../../etc/passwd', 'app://sitrep/%2e%2e/secret.txt', 'app://sitrep/assets/%2E%2E/%2e%2e/x.txt'])(
    'keeps %s inside the folder (the URL parser folds dot segments at the root)',
    (url) => {
      const result = resolveAppRequest(url, root);
      expect('path' in result && result.path.startsWith(root + sep)).toBe(true);
    },
  );

  it('refuses unknown hosts, credentials and other schemes', () => {
    expect(resolveAppRequest('app://evil/index.html', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('app://sitrep.evil.com/index.html', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('app://user:pw@sitrep/index.html', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('file:///etc/passwd', root)).toMatchObject({ status: 400 });
    expect(resolveAppRequest('not a url', root)).toMatchObject({ status: 400 });
    expect(resolveAppRequest('app://sitrep/%E0%A4%A', root)).toMatchObject({ status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it('gives module scripts, styles and pages their real types, unknown files a safe default', () => {
    expect(mimeTypeFor('/x/main.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.exe')).toBe('application/octet-stream');
  });
});

describe('app:// protocol handler', () => {
  const handle = createAppProtocolHandler(root);

  it('serves a page with its type and the CSP header', async () => {
    const response = await handle(new Request('app://sitrep/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Sitrep</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://sitrep/assets/main-abc.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file or a folder, 403 for traversal, 405 for writes', async () => {
    expect((await handle(new Request('app://sitrep/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://sitrep/assets'))).status).toBe(404);
    expect((await handle(new Request('app://sitrep/..%2f..%2fetc%2fpasswd'))).status).toBe(403);
    for (const url of ['app://sitrep/%2e%2e/secret.txt', 'app://sitrep/..%2fsecret.txt', 'app://sitrep/..%5csecret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toBe('secret');
    }
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://sitrep/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('registers the scheme as standard and secure without bypassing CSP', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    });
  });
});
