import { NodeType, type Node } from 'slack-message-parser';
import { parseMrkdwn } from './slack-mrkdwn-parse';

/** Names for the ids a message refers to; an unknown id is shown as it is. */
export interface MentionNames {
  user(id: string): string | undefined;
  channel(id: string): string | undefined;
}

/**
 * Slack's mrkdwn as the plain text a person reads: <@U123> becomes @Their Name, <http://x|label> becomes
 * "label (http://x)", code keeps its backticks, and Slack's three escapes (&lt; &gt; &amp;) are undone, so
 * HTML someone typed comes back as the literal text they typed. Bold and italics drop their marks.
 */
export function mrkdwnToText(mrkdwn: string, names: MentionNames): string {
  return render(parseMrkdwn(mrkdwn), names);
}

function render(nodes: readonly Node[], names: MentionNames): string {
  return nodes.map((node) => renderNode(node, names)).join('');
}

function renderNode(node: Node, names: MentionNames): string {
  switch (node.type) {
    case NodeType.Text:
      return unescape(node.text);
    case NodeType.UserLink:
      return `@${node.label ? render(node.label, names) : (names.user(node.userID) ?? node.userID)}`;
    case NodeType.ChannelLink:
      return `#${node.label ? render(node.label, names) : (names.channel(node.channelID) ?? node.channelID)}`;
    case NodeType.URL: {
      // Slack escapes a typed "<", so a bare <b> is not Slack's: keep it as written.
      if (!/^[a-z][a-z0-9+.-]*:/i.test(node.url)) return unescape(node.source);
      const url = unescape(node.url);
      const label = node.label ? render(node.label, names) : '';
      const bare = url.replace(/^mailto:/, '');
      return !label || label === url || label === bare ? bare : `${label} (${url})`;
    }
    case NodeType.Command:
      if (node.label) return render(node.label, names);
      // <!here> has no argument and reads @here; <!subteam^S123> reads as its group id.
      return `@${node.arguments[0] ?? node.name}`;
    case NodeType.Emoji:
      return node.source;
    case NodeType.PreText:
      return `\`\`\`${unescape(node.text)}\`\`\``;
    case NodeType.Code:
      return `\`${unescape(node.text)}\``;
    case NodeType.Quote:
      return `> ${render(node.children, names).replace(/^ /, '')}`;
    case NodeType.Bold:
    case NodeType.Italic:
    case NodeType.Strike:
    case NodeType.Root:
      return render(node.children, names);
  }
}

/** Slack escapes exactly these three in message text. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
