import type { SlackMessage, SlackTextObject } from './slack-schemas';
import { mrkdwnToText, type MentionNames } from './slack-mrkdwn';

/*
 * What an app posts often sits outside a message's text: an alert from a pager or a monitor carries its
 * summary, details and fields in "attachments" (Slack's older layout), and a workflow or bot may post only
 * "blocks" with an empty text. Both are what the channel showed, so both come into the timeline as text.
 * A link preview Slack added to someone's message (an unfurl) repeats the link already in the text, so it
 * stays out.
 */

/** The lines a message's attachments and blocks add to its text, in the order the channel showed them. */
export function postedContent(raw: SlackMessage, names: MentionNames): string[] {
  const read = (mrkdwn: string | undefined) => (mrkdwn ? mrkdwnToText(mrkdwn, names).trim() : '');
  const lines: string[] = [];
  for (const attachment of raw.attachments ?? []) {
    if (attachment.from_url || attachment.is_app_unfurl) continue;
    const title = read(attachment.title);
    const titled = title && attachment.title_link && attachment.title_link !== title ? `${title} (${attachment.title_link})` : title;
    const fields = (attachment.fields ?? []).map((f) => [read(f.title), read(f.value)].filter(Boolean).join(': '));
    const shown = [read(attachment.pretext), titled, read(attachment.text), ...fields].filter(Boolean);
    // The fallback is Slack's own plain summary of the attachment, for clients that show no layout.
    lines.push(...(shown.length > 0 ? shown : [read(attachment.fallback)]));
  }
  // A message with text says in it what its blocks lay out (Slack asks apps for that text), so blocks are read
  // only when the text is empty.
  if (!raw.text?.trim()) {
    for (const block of raw.blocks ?? []) lines.push(...[block.text, ...(block.fields ?? []), ...(block.elements ?? [])].map((part) => textOf(part, read)));
  }
  // Empty lines (an image in a context, an attachment with nothing in it) are left to the caller, which drops them.
  return lines;
}

/** A block's text object as shown: mrkdwn read as such, plain_text as written; anything else (an image) has none. */
function textOf(part: SlackTextObject | undefined, read: (mrkdwn: string) => string): string {
  if (typeof part?.text !== 'string') return '';
  return part.type === 'plain_text' ? part.text.trim() : read(part.text);
}
