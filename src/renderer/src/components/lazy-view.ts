import { createElement, lazy, Suspense, type ComponentType, type FC, type ReactNode } from 'react';

/**
 * A view whose code loads only when it is first shown, so the main window's first paint does not parse it
 * (the analysis panel alone brings the Markdown and GitHub code). Until the code is there, `fallback` shows;
 * null for something that has nothing to show yet, such as a dialog host with no dialog open.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): FC<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  const Deferred: FC<P> = (props) => createElement(Suspense, { fallback }, createElement(Loaded as ComponentType<P>, props));
  return Deferred;
}

/** What a deferred view shows while its code loads: a polite status line, announced by screen readers. */
export function loadingStatus(what: string): ReactNode {
  return createElement('p', { className: 'loading', role: 'status' }, `Opening ${what}…`);
}
