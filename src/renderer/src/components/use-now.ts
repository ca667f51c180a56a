import { useSyncExternalStore } from 'react';

// One timer for the whole page, however many clocks are on screen; it runs only while someone listens.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, updated every second: for elapsed-time clocks. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
