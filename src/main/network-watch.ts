/** How often main reads whether the machine has a network: a local flag, not a request. */
export const NETWORK_CHECK_MS = 5_000;

export interface NetworkWatchDeps {
  /** Electron's net.isOnline(): false means every request would fail; true proves less (see Electron's docs). */
  isOnline(): boolean;
  /** Called once each time the network comes back after being gone. */
  onBack(): void;
  everyMs?: number;
}

/**
 * Tells the outboxes when the network comes back, so a queued status-page update or pull request goes out then
 * and not at the end of its backoff, which grows to ten minutes. Main has no "online" event, so the flag is read
 * every few seconds; pages are not asked, so a page cannot make main send on its say-so. Returns the stop.
 */
export function watchNetwork({ isOnline, onBack, everyMs = NETWORK_CHECK_MS }: NetworkWatchDeps): () => void {
  let online = isOnline();
  const timer = setInterval(() => {
    const now = isOnline();
    if (now && !online) onBack();
    online = now;
  }, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
