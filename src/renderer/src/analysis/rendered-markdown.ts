import type { Root as HastRoot } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';

const parseOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Front matter as GitHub cuts it off before rendering the body. */
export function documentBody(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

/**
 * The document's body as GitHub renders it, offline: GFM parsed, raw HTML dropped, then cleaned with GitHub's
 * own sanitising rules (hast-util-sanitize's default schema), so nothing in it can run or load on its own.
 */
export function renderedTree(markdown: string): HastRoot {
  const hast = toHast(fromMarkdown(documentBody(markdown), parseOptions), { allowDangerousHtml: false });
  return sanitize(hast, defaultSchema) as HastRoot;
}
