import type { CustomScheme } from 'electron';
import type { SchemeHandler } from './chromium-host';
import { requireNotReady, requireReady } from './ready-state';
import { registerMappedScheme } from './url-mapping';

const handlers = new Map<string, SchemeHandler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    requireNotReady('protocol.registerSchemesAsPrivileged');
    for (const { scheme } of schemes) registerMappedScheme(scheme);
  },
  handle(scheme: string, handler: SchemeHandler): void {
    requireReady('protocol.handle');
    if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return handlers.has(scheme);
  },
};

export function schemeHandler(scheme: string): SchemeHandler | undefined {
  return handlers.get(scheme);
}

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean;

/** session.defaultSession: the permission handlers the app sets, consulted when a page would need one. */
export const permissionHandlers: { request: RequestHandler | null; check: CheckHandler | null } = { request: null, check: null };

export const session = {
  get defaultSession() {
    requireReady('session.defaultSession');
    return {
      protocol,
      setPermissionRequestHandler(handler: RequestHandler | null) {
        permissionHandlers.request = handler;
      },
      setPermissionCheckHandler(handler: CheckHandler | null) {
        permissionHandlers.check = handler;
      },
    };
  },
};
