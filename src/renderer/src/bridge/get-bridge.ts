import {
  BRIDGE_GLOBAL,
  eventContract,
  invokeContract,
  type SitrepApi,
} from '../../../shared/contract/ipc-contract';

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

function createBrowserFallback(): SitrepApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(invokeContract)) api[name] = async () => undefined;
  api.getAppInfo = async () => ({ version: 'browser', platform: 'browser', userDataPath: '(this browser profile)' });
  api.openExternal = async ({ url }: { url: string }) => {
    if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
  };
  for (const name of Object.keys(eventContract)) api[name] = () => () => undefined;
  return Object.freeze(api) as unknown as SitrepApi;
}
