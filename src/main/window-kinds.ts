import { windowSlices, type WindowKind } from '../shared/contract/window-slices';
import type { EventName, InvokeName } from '../shared/contract/ipc-contract';

/*
 * Which kind of window each webContents is, recorded by the window factory when it creates the window. Main
 * decides by this identity, not by the page's URL: a quick note that navigates to index.html is still the
 * quick note, with the quick note's channels.
 */
const kinds = new WeakMap<object, WindowKind>();

export function rememberWindowKind(webContents: object, kind: WindowKind): void {
  kinds.set(webContents, kind);
}

export function windowKindOf(webContents: object | undefined): WindowKind | null {
  return (webContents && kinds.get(webContents)) ?? null;
}

export function mayInvoke(kind: WindowKind | null, name: InvokeName): boolean {
  return kind !== null && windowSlices[kind].invoke.includes(name);
}

/** A window of unknown kind (not made by the factory, as in unit tests) is not filtered here. */
export function mayReceive(webContents: object, name: EventName): boolean {
  const kind = windowKindOf(webContents);
  return kind === null || windowSlices[kind].events.includes(name);
}
