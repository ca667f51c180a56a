import type { Link, Paragraph, Root, Text } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';

/*
 * Web addresses inside verbatim text (timeline entries), found the way GitHub finds them (GFM autolink
 * literals: "https://…", "http://…", "www.…", with trailing punctuation left out). One function for the
 * document and the app's timeline, so both link exactly the same stretches of text.
 */

export type LinkedPiece = Text | Link;

// Only the transform of the GFM extension is used: it turns URLs inside text nodes into link nodes.
const [linkUrls] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

// Every http(s) or www literal contains one of these; the rest of the text (most entries) skips the transform.
const MAY_HOLD_URL = /:\/\/|www\./i;

/** False when `value` cannot hold a web address: the common case, decided without building any nodes. */
export const mayHoldUrl = (value: string): boolean => MAY_HOLD_URL.test(value);

/** Whether a link may be opened by a click: only web pages, never file:, javascript: or mailto:. */
export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/** Text and link pieces of `value` (line endings stay inside text pieces). Emails stay text. */
export function linkedText(value: string): LinkedPiece[] {
  if (!linkUrls || !mayHoldUrl(value)) return value === '' ? [] : [{ type: 'text', value }];
  const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value }] };
  const root: Root = { type: 'root', children: [paragraph] };
  linkUrls(root);
  const out: LinkedPiece[] = [];
  for (const child of paragraph.children) {
    let piece: LinkedPiece;
    if (child.type === 'link' && isWebUrl(child.url)) piece = { type: 'link', url: child.url, children: [{ type: 'text', value: linkLabel(child) }] };
    else piece = { type: 'text', value: child.type === 'link' ? linkLabel(child) : child.type === 'text' ? child.value : '' };
    const last = out[out.length - 1];
    // The transform leaves no empty text node ("" returned above), so every piece carries something.
    if (piece.type === 'text' && last?.type === 'text') last.value += piece.value;
    else out.push(piece);
  }
  return out;
}

/** The visible text of a link. */
export function linkLabel(link: Link): string {
  return link.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}
