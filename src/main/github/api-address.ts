/*
 * Where the token may travel. The token is bound to the API address it was entered for; main sends it nowhere
 * else. Plain http is for a test server on this computer only, and only when main was started with the
 * explicit test setting; a link-local address (cloud metadata services such as 169.254.169.254) never.
 */

/** The comparable form of an API address: lower-case origin plus path without a trailing slash. */
export function apiAddressKey(apiBaseUrl: string): string {
  const url = new URL(apiBaseUrl);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain http to a test server on this computer, allowed only when main was started in test mode. */
export function isTestLoopbackHttp(url: URL, options: { allowLoopbackHttp: boolean }): boolean {
  return options.allowLoopbackHttp && url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}
const LINK_LOCAL = /^(169\.254\.\d+\.\d+|\[fe[89ab][0-9a-f]:.*\])$/i;

/** Null when main may send the token to this address; otherwise what to tell the user. */
export function refusedApiAddress(apiBaseUrl: string, options: { allowLoopbackHttp: boolean }): string | null {
  const url = new URL(apiBaseUrl);
  if (LINK_LOCAL.test(url.hostname)) {
    return `Sitrep does not send the GitHub token to ${url.hostname}: it is a link-local address, not a GitHub server. Use https://api.github.com or your GitHub Enterprise address.`;
  }
  if (url.protocol === 'https:') return null;
  if (isTestLoopbackHttp(url, options)) return null;
  return 'Use an https:// address: the token must not cross the network unencrypted (plain http is only for a test server on this computer, in test mode).';
}
