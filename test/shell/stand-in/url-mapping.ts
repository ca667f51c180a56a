// Chromium knows nothing of a scheme registered with protocol.registerSchemesAsPrivileged, so the stand-in
// serves <scheme>://<host>/<path> at https://<host>.<scheme>.stand-in.invalid/<path> (a secure origin that no
// DNS answers; every request to it is fulfilled by the app's own protocol handler). Main never sees the mapped
// form: webContents.getURL(), senderFrame.url and navigation events all carry the scheme URL, as in Electron.
const SUFFIX = '.stand-in.invalid';
const privileged = new Set<string>();

export function registerMappedScheme(scheme: string): void {
  privileged.add(scheme);
}

export function toChromiumUrl(url: string): string {
  const parsed = new URL(url);
  const scheme = parsed.protocol.slice(0, -1);
  if (!privileged.has(scheme)) return url;
  return `https://${parsed.host.toLowerCase()}.${scheme}${SUFFIX}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The app URL behind a mapped Chromium URL, or the URL itself when it is not mapped. */
export function toAppUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname.endsWith(SUFFIX)) return url;
  const labels = parsed.hostname.slice(0, -SUFFIX.length).split('.');
  const scheme = labels.pop() as string;
  return `${scheme}://${labels.join('.')}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

export function isMappedUrl(url: string): boolean {
  return toAppUrl(url) !== url;
}
