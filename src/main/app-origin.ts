/** The app's own pages are served as app://sitrep/<file>; nothing else is trusted to talk to main. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sitrep';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page of each window kind, as built into out/renderer. */
export const pages = {
  main: 'index.html',
  quickNote: 'quick-note.html',
  checklist: 'checklist.html',
} as const;
export type PageName = keyof typeof pages;

/**
 * scheme://host[:port] of a URL (host lower-cased), or null when it does not parse or has no host. Node's URL reports origin "null" for
 * non-special schemes such as app:, so the origin is rebuilt from protocol and host.
 */
export function originOf(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (!url.host) return null;
  // Chromium lower-cases the host of a standard scheme such as app:, Node does not for non-special schemes.
  return `${url.protocol}//${url.host.toLowerCase()}`;
}

/** True when rawUrl belongs to one of the trusted origins (compared after parsing, never by prefix). */
export function isTrustedUrl(rawUrl: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(rawUrl);
  return origin !== null && trustedOrigins.includes(origin);
}

/**
 * Where the pages come from: the app:// scheme in a build; the electron-vite dev server only when the app is
 * unpackaged and ELECTRON_RENDERER_URL is set (`electron-vite dev`).
 */
export function rendererLocation(options: { isPackaged: boolean; devServerUrl: string | undefined }): {
  baseUrl: string;
  trustedOrigins: string[];
} {
  const devOrigin = !options.isPackaged && options.devServerUrl ? originOf(options.devServerUrl) : null;
  if (devOrigin && options.devServerUrl) {
    return { baseUrl: options.devServerUrl.replace(/\/+$/, ''), trustedOrigins: [APP_ORIGIN, devOrigin] };
  }
  return { baseUrl: APP_ORIGIN, trustedOrigins: [APP_ORIGIN] };
}

export function pageUrl(baseUrl: string, page: PageName): string {
  return `${baseUrl}/${pages[page]}`;
}
