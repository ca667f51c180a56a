/**
 * The Content-Security-Policy of every app:// page, sent as a header by the protocol handler. The same text sits
 * in a <meta> tag in each src/renderer/*.html (a unit test keeps them equal) so the dev server and the browser
 * tests run under the same policy. Scripts only from the app itself: no inline script, no eval, no foreign origin.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes; inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
