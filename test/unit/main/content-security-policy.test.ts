import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP, RENDERER_META_CSP } from '../../../src/main/content-security-policy';

const rendererDir = join(__dirname, '../../../src/renderer');
const pages = readdirSync(rendererDir).filter((name) => name.endsWith('.html'));

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('content security policy', () => {
  it('lets scripts come only from the app: no inline script, no eval, no foreign origin', () => {
    const csp = directives(RENDERER_CSP);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const all = [...csp.values()].flat();
    expect(all.some((v) => /^https?:|^\*$|unsafe-eval/.test(v))).toBe(false);
  });

  it('differs between header and <meta> only by frame-ancestors, which a browser honours in a header alone', () => {
    // Chromium ignores frame-ancestors in a <meta> and logs an error on every page, so the meta leaves it out;
    // every other directive must be the same in both, or the dev server and tests would run under another policy.
    const header = directives(RENDERER_CSP);
    const meta = directives(RENDERER_META_CSP);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it.each(pages)('%s carries the page policy in its <meta> tag (the header policy without header-only directives)', (page) => {
    const html = readFileSync(join(rendererDir, page), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(RENDERER_META_CSP);
    // No inline script: every <script> loads a file.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="/);
  });

  it('finds every window page (so the per-page checks above cannot pass by finding none)', () => {
    expect(pages).toEqual(expect.arrayContaining(['checklist.html', 'index.html', 'quick-note.html']));
  });
});
