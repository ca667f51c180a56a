import { useLayoutEffect, type RefObject } from 'react';
import type { QuickNoteBridge } from './quick-note-bridge';

/**
 * Asks main to size the window to the page whenever the page's height changes (the severities appear, a message,
 * a note's fifth line), so every choice, message and hint is in the window rather than below its edge.
 */
export function useFitWindow(ref: RefObject<HTMLElement | null>, bridge: QuickNoteBridge): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let asked = 0;
    const fit = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === asked || height === 0) return;
      asked = height;
      // A refusal changes nothing the user could act on: the page still works at the old size.
      bridge.fitQuickNote({ height }).catch(() => undefined);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, bridge]);
}
