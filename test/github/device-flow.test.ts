import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createGitHubHandlers } from '../../src/main/github/github-handlers';

/*
 * GitHub's OAuth device flow against a local stand-in for github.com's two login endpoints (they are not
 * part of the REST API description): the user code reaches the UI as an event, and the token the flow
 * yields goes straight into the encrypted store, never into a reply.
 */
it('sign in with the device flow: shows the code, waits for approval, stores the token encrypted', async () => {
  const seen: string[] = [];
  let polls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${body}`);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/login/device/code') {
        res.end(JSON.stringify({ device_code: 'dev-123', user_code: 'WDJB-MJHT', verification_uri: 'https://github.test/login/device', expires_in: 900, interval: 0 }));
      } else if (req.url === '/login/oauth/access_token') {
        polls++;
        res.end(JSON.stringify(polls < 2 ? { error: 'authorization_pending', error_description: 'pending', error_uri: 'x' } : { access_token: 'gho_devicetoken', token_type: 'bearer', scope: 'repo' }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-device-'));
  const events: { name: string; payload: unknown }[] = [];
  const github = createGitHubHandlers({
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(s, 'utf8').reverse(),
      decryptString: (b) => Buffer.from(b).reverse().toString('utf8'),
    },
    dataDirectory: dir,
    platform: 'darwin',
    broadcast: (name, payload) => events.push({ name, payload }),
    chooseFolder: async () => null,
    allowLoopbackHttp: true,
  });
  try {
    expect(await github.handlers.startDeviceFlow()).toMatchObject({ ok: false, message: expect.stringMatching(/client id/) });
    github.handlers.setGitHubSettings({ oauthClientId: 'Iv1.test', apiBaseUrl: url });
    const result = await github.handlers.startDeviceFlow();
    expect(result).toEqual({ ok: true, message: 'Signed in with GitHub.' });
    expect(events).toContainEqual({
      name: 'onDeviceCode',
      payload: expect.objectContaining({ userCode: 'WDJB-MJHT', verificationUri: 'https://github.test/login/device' }),
    });
    expect(seen[0]).toMatch(/^POST \/login\/device\/code .*Iv1\.test/);
    expect(polls).toBe(2);
    expect(github.handlers.getGitHubAuthStatus().hasToken).toBe(true);
    expect(readFileSync(join(dir, 'github-token.json'), 'utf8')).not.toContain('gho_devicetoken');
    expect(JSON.stringify([result, events])).not.toContain('gho_devicetoken');
  } finally {
    github.dispose();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
