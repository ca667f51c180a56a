import type { SitrepApi } from '../../../shared/contract/ipc-contract';
import { BRIDGE_GLOBAL } from '../../../shared/contract/bridge-constants';
import { windowSlices } from '../../../shared/contract/window-slices';

let fallback: SitrepApi | undefined;

/**
 * The preload's `window.sitrep`, or, when the pages run in a plain browser (`npm run dev:renderer`), a
 * stand-in whose calls do nothing and whose events never fire, so every view still works without Electron.
 */
export function getBridge(): SitrepApi {
  const exposed = (globalThis as unknown as Record<string, SitrepApi | undefined>)[BRIDGE_GLOBAL];
  if (exposed) return exposed;
  fallback ??= createBrowserFallback();
  return fallback;
}

// The channel names come from the window slices, not from the contract itself: every channel is in some
// window's slice, and the contract's module builds every channel's zod schema when it is evaluated, work
// a window's start does not need.
function createBrowserFallback(): SitrepApi {
  const slices = Object.values(windowSlices);
  const api: Record<string, unknown> = {};
  for (const name of slices.flatMap((s) => s.invoke)) api[name] = async () => undefined;
  api.getAppInfo = async () => ({ version: 'browser', platform: 'browser', userDataPath: '(this browser profile)' });
  api.openExternal = async ({ url }: { url: string }) => {
    if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
  };
  for (const name of slices.flatMap((s) => s.events)) api[name] = () => () => undefined;
  return Object.freeze(api) as unknown as SitrepApi;
}
