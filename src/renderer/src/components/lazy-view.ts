import { createElement, useEffect, useState, type ComponentType, type FC, type ReactNode } from 'react';
import { loadOnce } from './load-once';

/**
 * A view whose code loads only when it is first shown, so the main window's first paint does not parse it
 * (the analysis panel alone brings the Markdown and GitHub code). Until the code is there, `fallback` shows;
 * null for something that has nothing to show yet, such as a dialog host with no dialog open.
 *
 * Not React.lazy: under a Suspense boundary React holds the loaded view back for up to 300 ms after the
 * fallback appeared, so an incident opened at start painted its timeline 300 ms late. Here the view renders
 * as soon as its code is in, and once loaded it renders at once wherever it mounts again. A chunk that fails
 * to load is thrown in render, to the nearest error boundary, as React.lazy would; mounted again, it loads again.
 */
export type LazyView<P> = FC<P> & {
  /** Fetches the code now (once), so the view renders at once when it first mounts; a failure shows there. */
  preload(): Promise<unknown>;
};

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  const start = loadOnce(() => load().then((component) => (loaded = component)));
  const Deferred: FC<P> = (props) => {
    const [view, setView] = useState<{ component?: ComponentType<P>; error?: unknown }>(() => ({ component: loaded }));
    useEffect(() => {
      if (view.component) return;
      let mounted = true;
      start().then(
        (component) => mounted && setView({ component }),
        (error: unknown) => mounted && setView({ error }),
      );
      return () => {
        mounted = false;
      };
    }, [view.component]);
    if (view.error !== undefined) throw view.error;
    return view.component ? createElement(view.component, props) : fallback;
  };
  return Object.assign(Deferred, { preload: () => start().catch(() => undefined) });
}

/** What a deferred view shows while its code loads: a polite status line, announced by screen readers. */
export function loadingStatus(what: string): ReactNode {
  return createElement('p', { className: 'loading', role: 'status' }, `Opening ${what}…`);
}
