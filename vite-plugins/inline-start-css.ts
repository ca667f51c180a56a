import type { Plugin } from 'vite';

/**
 * Puts each page's start stylesheets into the page itself. A `<link rel="stylesheet">` in the head is
 * render-blocking: the window's first frame (and with it the quick note's focused caret) waits for every
 * sheet to be fetched, and module scripts wait for them too. Inlined, the first frame can come as soon as
 * the HTML is parsed. The CSP allows it (style-src 'unsafe-inline', which React's style props need anyway).
 *
 * Each inlined sheet leaves a disabled `<link>` behind: a disabled stylesheet link is never fetched, but
 * Vite's preload helper (which loads the CSS of lazily imported chunks) finds its href and knows the sheet is
 * on the page already. Without the marker it would append the same sheet again, later in the cascade, where
 * its rules would override the page's own.
 */
export function inlineStartCss(): Plugin {
  return {
    name: 'sitrep:inline-start-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of Object.values(bundle)) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        const html = String(page.source);
        page.source = html.replace(/<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)">/g, (link, href: string) => {
          const sheet = bundle[href.replace(/^\.?\//, '')];
          if (sheet?.type !== 'asset') return link;
          // `</style` inside the CSS would end the element early; minified CSS never has it, but say so loudly.
          const css = String(sheet.source);
          if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style" and cannot be inlined into ${page.fileName}.`);
          return `<style data-href="${href}">${css}</style><link rel="stylesheet" href="${href}" disabled>`;
        });
      }
    },
  };
}
