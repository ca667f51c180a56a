import type { Confirm } from './confirm-question';
import { isSafeExternalUrl } from './security-policy';

/*
 * Which links main opens in the browser. A URL main itself issued (a pull request it opened, the device-flow
 * page) opens directly. Any other http(s) link, such as one written in a note, opens only after the user
 * agreed in main's own dialog, which names the host: a page running hostile script cannot silently send
 * 4,000 characters of incident data out through a browser URL.
 */
export function createExternalLinks(deps: { open: (url: string) => Promise<void>; confirm: Confirm }) {
  const issued = new Set<string>();
  return {
    /** Main produced this URL (never a page): it may open without asking. */
    issue(url: string): void {
      if (isSafeExternalUrl(url)) issued.add(url);
    },
    /** Opens a safe http(s) URL; false when the user declined. Unsafe URLs are refused outright. */
    async open(url: string): Promise<boolean> {
      if (!isSafeExternalUrl(url)) {
        throw new Error(`Sitrep opens only http(s) links in the browser; refused ${JSON.stringify(url.slice(0, 200))}.`);
      }
      if (!issued.has(url)) {
        const host = new URL(url).host;
        const agreed = await deps.confirm({
          title: 'Open a link?',
          message: `Open a link to ${host} in your browser?`,
          detail: `${url.length > 300 ? `${url.slice(0, 300)}…` : url}\n\nOpen it only if you expected this link.`,
          confirmLabel: 'Open',
        });
        if (!agreed) return false;
      }
      await deps.open(url);
      return true;
    },
  };
}
export type ExternalLinks = ReturnType<typeof createExternalLinks>;
