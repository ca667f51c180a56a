import type { Session, WebContents } from 'electron';
import { isTrustedUrl } from './app-origin';

/** Only web links leave the app, and only to the system browser: never file:, javascript:, smb: or custom schemes. */
export function isSafeExternalUrl(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  // Credentials in a link are a phishing trick ("https://bank.com@evil.example"); refuse rather than guess.
  return url.hostname !== '' && url.username === '' && url.password === '';
}

type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface ContentsPolicy {
  trustedOrigins: readonly string[];
  openExternal: (url: string) => Promise<void>;
  /** Told about every refusal, for the log; never shown to the page. */
  onRefused?: (what: string, url: string) => void;
}

/**
 * Applied to every webContents the app creates ('web-contents-created'): the pages may move only within the
 * app's own origin, never open windows, and never host a <webview>. A link the user opens in a new window goes
 * to the system browser when it is an http(s) URL, and nowhere otherwise.
 */
export function hardenWebContents(contents: HardenedContents, policy: ContentsPolicy): void {
  const refuse = (what: string, url: string): void => policy.onRefused?.(what, url);
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url, policy.trustedOrigins)) {
      event.preventDefault();
      refuse('navigation', event.url);
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedUrl(event.url, policy.trustedOrigins)) {
      event.preventDefault();
      refuse('frame navigation', event.url);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, policy.trustedOrigins)) {
      event.preventDefault();
      refuse('redirect', event.url);
    }
  });
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    refuse('webview', params.src ?? '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      policy.openExternal(url).catch(() => refuse('external link (no browser answered)', url));
    } else {
      refuse('new window', url);
    }
    return { action: 'deny' };
  });
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
type Permission = Parameters<Parameters<Session['setPermissionRequestHandler']>[0] & object>[1];

/**
 * Sitrep needs no camera, microphone, location, notifications-from-pages or device access: every permission
 * request and check is refused, except those in `allowForApp` asked by the app's own pages (a clipboard write
 * for "copy the update text" is the expected one).
 */
export function denyPermissions(
  session: PermissionSession,
  options: { trustedOrigins: readonly string[]; allowForApp?: readonly Permission[] },
): void {
  const allowed = new Set<string>(options.allowForApp ?? []);
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(allowed.has(permission) && isTrustedUrl(contents.getURL(), options.trustedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return allowed.has(permission) && isTrustedUrl(requestingOrigin, options.trustedOrigins);
  });
}
