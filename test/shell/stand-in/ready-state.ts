// Electron refuses some calls before the app is ready and others after; the stand-in enforces the same order,
// so a wiring mistake that real Electron would throw on cannot pass here.
let ready = false;

export function markReady(): void {
  ready = true;
}

export function isReady(): boolean {
  return ready;
}

/** Throws as Electron does when `what` is used before 'ready'. */
export function requireReady(what: string): void {
  if (!ready) throw new Error(`${what} cannot be used before the app is ready (Electron stand-in enforces app 'ready' ordering)`);
}

export function requireNotReady(what: string): void {
  if (ready) throw new Error(`${what} should be called before app is ready`);
}
