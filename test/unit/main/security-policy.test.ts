import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, hardenWebContents, isSafeExternalUrl } from '../../../src/main/security-policy';
import { as, FakeEmitter, fakeEvent } from './fakes';

class FakeContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function harden() {
  const contents = new FakeContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  const refused: string[] = [];
  hardenWebContents(as<WebContents>(contents), {
    trustedOrigins: ['app://sitrep'],
    openExternal,
    onRefused: (what, url) => refused.push(`${what} ${url}`),
  });
  return { contents, openExternal, refused };
}

describe('isSafeExternalUrl', () => {
  it.each(['https://status.example.com/incidents/1', 'http://localhost:3000/dash', 'HTTPS://Example.com'])(
    'lets the web link %s go to the browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://sitrep/index.html',
    'data:text/html,<script>1</script>',
    'https://bank.example@evil.example/',
    'https://',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('hardenWebContents', () => {
  it('refuses navigation and redirects to another origin, and lets app pages move within the app', () => {
    const { contents, refused } = harden();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = fakeEvent({ url: 'https://example.com/' });
      contents.emit(name, away);
      expect(away.defaultPrevented, name).toBe(true);
      const lookalike = fakeEvent({ url: 'app://sitrep.evil.com/index.html' });
      contents.emit(name, lookalike);
      expect(lookalike.defaultPrevented, name).toBe(true);
      const within = fakeEvent({ url: 'app://sitrep/checklist.html' });
      contents.emit(name, within);
      expect(within.defaultPrevented, name).toBe(false);
    }
    expect(refused).toContain('navigation https://example.com/');
  });

  it('prevents every <webview> from attaching', () => {
    const { contents } = harden();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, {}, { src: 'app://sitrep/index.html' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every new window and sends only http(s) links to the system browser', () => {
    const { contents, openExternal } = harden();
    expect(contents.windowOpenHandler?.({ url: 'https://runbooks.example.com/db' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://runbooks.example.com/db');
    openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'app://sitrep/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('denyPermissions', () => {
  function install(allowForApp: Parameters<typeof denyPermissions>[1]['allowForApp'] = []) {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((contents: unknown, permission: string, origin: string) => boolean) | undefined;
    denyPermissions(
      as({
        setPermissionRequestHandler: (h: typeof request) => (request = h),
        setPermissionCheckHandler: (h: typeof check) => (check = h),
      }),
      { trustedOrigins: ['app://sitrep'], allowForApp },
    );
    const ask = (permission: string, url: string): boolean => {
      let granted: boolean | undefined;
      request?.({ getURL: () => url }, permission, (g) => (granted = g));
      return granted ?? (() => { throw new Error('the handler never answered'); })();
    };
    return { ask, check: (permission: string, origin: string) => check?.(null, permission, origin) };
  }

  it('refuses every permission by default, even to the app itself', () => {
    const { ask, check } = install();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(ask(permission, 'app://sitrep/index.html')).toBe(false);
      expect(check(permission, 'app://sitrep')).toBe(false);
    }
  });

  it('grants an allowed permission only to app pages', () => {
    const { ask, check } = install(['clipboard-sanitized-write']);
    expect(ask('clipboard-sanitized-write', 'app://sitrep/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://sitrep')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(ask('media', 'app://sitrep/index.html')).toBe(false);
  });
});
