import { isClosed, publicDescription, type CommsInput } from './comms-input';

/** Banners are one line; past this they wrap or get cut by the app shell. */
export const BANNER_MAX = 160;

const lead: Record<string, string> = {
  minor: 'Some features may be slower than usual:',
  major: 'Some features are not working right now:',
  critical: 'We are having a major outage:',
};

/** One line for the in-app banner; never longer than BANNER_MAX characters. */
export function buildInAppBanner(input: CommsInput): string {
  const { incident } = input;
  const text = isClosed(incident)
    ? `Resolved: ${incident.title}. Thanks for your patience.`
    : `${lead[incident.severity] ?? lead.major} ${publicDescription(input)}. We are on it.`;
  // Both forms start with a word and end with a full stop, so collapsing runs of space is all it takes.
  const oneLine = text.replace(/\s+/g, ' ').replace(/\.\./g, '.');
  return oneLine.length <= BANNER_MAX ? oneLine : `${oneLine.slice(0, BANNER_MAX - 1).trimEnd()}…`;
}
