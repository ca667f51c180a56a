/**
 * The Content-Security-Policy of every app:// page, sent as a header by the protocol handler. Scripts only from the
 * app itself: no inline script, no eval, no foreign origin.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes; inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * Directives a browser honours only in a response header. Chromium ignores them in a <meta> tag and logs a console
 * error on every page load, so they live in the header alone.
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const RENDERER_CSP = [...PAGE_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/**
 * The same policy minus the header-only directives: the <meta> tag in each src/renderer/*.html carries this text (a
 * unit test keeps them in step) so the dev server and the browser tests run under the page policy too.
 */
export const RENDERER_META_CSP = PAGE_DIRECTIVES.join('; ');
