import type { MenuItemConstructorOptions } from 'electron';
import type { ShellControls } from '../shell-controls';
import { StandInBrowserWindow } from './browser-window';
import { messageBoxAnswers, messageBoxes, notifications, openDialogAnswers, openedExternally, shortcuts, trays } from './desktop';

function menuLabels(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => (Array.isArray(item.submenu) ? [item, ...menuLabels(item.submenu)] : [item]));
}

function liveTray() {
  return trays.find((tray) => !tray.destroyed) ?? null;
}

/** The stand-in's answers to what a spec asks of the desktop (test/shell/shell-controls.ts). */
export const standInControls: ShellControls = {
  kind: 'stand-in',
  pressAccelerator(accelerator) {
    const callback = shortcuts.get(accelerator);
    callback?.();
    return Boolean(callback);
  },
  registeredAccelerators: () => [...shortcuts.keys()],
  tray() {
    const tray = liveTray();
    if (!tray) return null;
    return {
      tooltip: tray.tooltip,
      image: tray.image.path,
      menu: menuLabels(tray.menu?.items ?? [])
        .filter((item) => item.type !== 'separator')
        .map((item) => ({ label: item.label ?? '', enabled: item.enabled !== false })),
    };
  },
  clickTrayItem(label) {
    const item = menuLabels(liveTray()?.menu?.items ?? []).find((i) => i.label === label);
    if (!item) throw new Error(`the tray menu has no item "${label}"`);
    if (item.enabled === false) throw new Error(`the tray menu item "${label}" is disabled`);
    (item.click as ((...a: unknown[]) => void) | undefined)?.(item, undefined, {});
  },
  notifications: () => notifications.map(({ title, body }) => ({ title, body })),
  clickNotification(index) {
    const notification = notifications[index];
    if (!notification) throw new Error(`no notification #${index}`);
    notification.emit('click', {});
  },
  openedExternally: () => [...openedExternally],
  answerNextOpenDialog(answer) {
    openDialogAnswers.push(answer);
  },
  answerNextMessageBox(response) {
    messageBoxAnswers.push(response);
  },
  messageBoxes: () => messageBoxes.map((box) => ({ ...box, buttons: [...box.buttons] })),
  windows: () =>
    StandInBrowserWindow.getAllWindows().map((win) => ({
      url: win.webContents.getURL(),
      title: win.getTitle(),
      visible: win.isVisible(),
      focused: win.isFocused(),
      alwaysOnTop: win.isAlwaysOnTop(),
      bounds: win.getBounds(),
    })),
};
