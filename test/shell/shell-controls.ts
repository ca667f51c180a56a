// What a desktop spec may ask of the shell beyond Electron's own API: the OS effects a person sees or causes
// (a global shortcut pressed, a tray item clicked, a notification clicked, a folder picked in a dialog). Both
// shells put this object on main's globalThis under SHELL_CONTROLS: the stand-in implements it natively; on real
// Electron, electron-hooks.cjs records the same things by wrapping Electron's modules. Specs reach it through
// the launcher, so one spec runs on both.
export const SHELL_CONTROLS = '__sitrepShellControls';

export type ShellKind = 'stand-in' | 'electron';

export interface WindowSnapshot {
  /** The page's URL as main sees it (app://sitrep/…). */
  url: string;
  title: string;
  visible: boolean;
  focused: boolean;
  alwaysOnTop: boolean;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface TraySnapshot {
  tooltip: string;
  /** The file the current icon was made from (the stand-in knows; real Electron reports ''). */
  image: string;
  menu: { label: string; enabled: boolean }[];
}

export interface NotificationSnapshot {
  title: string;
  body: string;
}

export interface ShellControls {
  kind: ShellKind;
  /** Presses a global shortcut; false when no one in this app registered it. */
  pressAccelerator(accelerator: string): boolean;
  registeredAccelerators(): string[];
  tray(): TraySnapshot | null;
  /** Clicks the tray menu item with this label; throws when there is none or it is disabled. */
  clickTrayItem(label: string): void;
  notifications(): NotificationSnapshot[];
  /** Clicks the n-th notification shown (0-based). */
  clickNotification(index: number): void;
  /** URLs main handed to shell.openExternal (no browser is opened under test). */
  openedExternally(): string[];
  /** Queues the answer of the next dialog.showOpenDialog. */
  answerNextOpenDialog(answer: { canceled: boolean; filePaths: string[] }): void;
  /** Queues the button index the next dialog.showMessageBox answers (unanswered: 0, the first button). */
  answerNextMessageBox(response: number): void;
  /** Every dialog.showMessageBox main showed: its message, detail and buttons. */
  messageBoxes(): { message: string; detail: string; buttons: string[] }[];
  windows(): WindowSnapshot[];
}

/** A shortcut "another app" holds, so registering it fails as it would on a desktop where it is taken. */
export const HELD_BY_OTHER_APP_ENV = 'SITREP_SHELL_HELD_ACCELERATORS';
