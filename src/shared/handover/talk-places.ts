import type { TimelineEntry } from '../domain/timeline-entry';
import { linkedText } from '../text/linked-text';

/*
 * Where people are talking about the incident, as the log shows it: links to chat and call services, and
 * chat channel names ("#inc-checkout"). Sitrep keeps no channel field of its own; the lead pastes the call link
 * or names the channel in a note, and that is what the next lead needs.
 */

export interface TalkPlace {
  place: string;
  firstSeenAt: number;
  author: string;
}

// Chat and video-call services leads paste links to. Matched on the host name's end.
const TALK_HOSTS = [
  'slack.com',
  'teams.microsoft.com',
  'teams.live.com',
  'zoom.us',
  'meet.google.com',
  'chat.google.com',
  'webex.com',
  'discord.com',
  'discord.gg',
  'whereby.com',
  'chime.aws',
  'mattermost.com',
];

// A channel name as chat apps write it: "#" and a letter first, so issue numbers ("#1234") are not taken.
const CHANNEL = /(?<![\p{L}\p{N}&/])#[\p{L}][\p{L}\p{N}_.-]*[\p{L}\p{N}]/gu;

function isTalkLink(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return TALK_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
}

/** Each place once, in the order the log first mentions it. `entries` must be in time order. */
export function talkPlaces(entries: readonly TimelineEntry[]): TalkPlace[] {
  const found = new Map<string, TalkPlace>();
  const add = (place: string, entry: TimelineEntry) => {
    if (!found.has(place)) found.set(place, { place, firstSeenAt: entry.occurredAt, author: entry.author });
  };
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    for (const piece of linkedText(entry.text)) if (piece.type === 'link' && isTalkLink(piece.url)) add(piece.url, entry);
    for (const match of entry.text.matchAll(CHANNEL)) add(match[0], entry);
  }
  return [...found.values()];
}
