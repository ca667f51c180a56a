// Loaded into real Electron's main process (NODE_OPTIONS=--require) by test/shell/launcher.ts, before the app's
// own code: records what the app does to the desktop (tray, notifications, global shortcuts, external links,
// dialogs) so a spec can read and drive it, exactly as the stand-in's controls do (test/shell/shell-controls.ts).
// It never runs on this project's CI machines (no Electron binary there); keep it small and plain.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- Electron loads this file with --require: CommonJS is the point */
/* eslint-disable @typescript-eslint/no-this-alias -- the hooks record which Tray instance the app made */
const electron = require('electron');
const { globalShortcut, Tray, Notification, shell, dialog, BrowserWindow } = electron;

const held = new Set((process.env.SITREP_SHELL_HELD_ACCELERATORS || '').split(',').filter(Boolean));
const callbacks = new Map();
const shown = [];
const opened = [];
const answers = [];
const boxAnswers = [];
const boxes = [];
let tray = null;
let trayMenu = null;
let tooltip = '';

const register = globalShortcut.register.bind(globalShortcut);
globalShortcut.register = (accelerator, callback) => {
  // "Another app holds it": simulated, since a test cannot make another desktop app take a shortcut.
  if (held.has(accelerator)) return false;
  const ok = register(accelerator, callback);
  if (ok) callbacks.set(accelerator, callback);
  return ok;
};
const unregister = globalShortcut.unregister.bind(globalShortcut);
globalShortcut.unregister = (accelerator) => {
  callbacks.delete(accelerator);
  unregister(accelerator);
};
const unregisterAll = globalShortcut.unregisterAll.bind(globalShortcut);
globalShortcut.unregisterAll = () => {
  callbacks.clear();
  unregisterAll();
};

const setContextMenu = Tray.prototype.setContextMenu;
Tray.prototype.setContextMenu = function (menu) {
  tray = this;
  trayMenu = menu;
  return setContextMenu.call(this, menu);
};
const setToolTip = Tray.prototype.setToolTip;
Tray.prototype.setToolTip = function (text) {
  tray = this;
  tooltip = text;
  return setToolTip.call(this, text);
};

const show = Notification.prototype.show;
Notification.prototype.show = function () {
  shown.push(this);
  return show.call(this);
};

shell.openExternal = async (url) => {
  opened.push(url);
};
dialog.showOpenDialog = async () => answers.shift() || { canceled: true, filePaths: [] };
dialog.showMessageBox = async (...args) => {
  const options = (args.length > 1 ? args[1] : args[0]) || {};
  boxes.push({ message: options.message || '', detail: options.detail || '', buttons: options.buttons || [] });
  return { response: boxAnswers.length > 0 ? boxAnswers.shift() : 0, checkboxChecked: false };
};

function items(menu) {
  return menu ? menu.items.flatMap((item) => (item.submenu ? [item, ...items(item.submenu)] : [item])) : [];
}

globalThis.__sitrepShellControls = {
  kind: 'electron',
  pressAccelerator(accelerator) {
    const callback = callbacks.get(accelerator);
    if (callback) callback();
    return Boolean(callback);
  },
  registeredAccelerators: () => [...callbacks.keys()],
  tray: () =>
    tray && !tray.isDestroyed()
      ? { tooltip, image: '', menu: items(trayMenu).filter((i) => i.type !== 'separator').map((i) => ({ label: i.label, enabled: i.enabled })) }
      : null,
  clickTrayItem(label) {
    const item = items(trayMenu).find((i) => i.label === label);
    if (!item) throw new Error(`the tray menu has no item "${label}"`);
    if (!item.enabled) throw new Error(`the tray menu item "${label}" is disabled`);
    item.click();
  },
  notifications: () => shown.map((n) => ({ title: n.title, body: n.body })),
  clickNotification(index) {
    const notification = shown[index];
    if (!notification) throw new Error(`no notification #${index}`);
    notification.emit('click', {});
  },
  openedExternally: () => [...opened],
  answerNextOpenDialog(answer) {
    answers.push(answer);
  },
  answerNextMessageBox(response) {
    boxAnswers.push(response);
  },
  messageBoxes: () => boxes.map((box) => ({ ...box, buttons: [...box.buttons] })),
  windows: () =>
    BrowserWindow.getAllWindows().map((win) => ({
      url: win.webContents.getURL(),
      title: win.getTitle(),
      visible: win.isVisible(),
      focused: win.isFocused(),
      alwaysOnTop: win.isAlwaysOnTop(),
      bounds: win.getBounds(),
    })),
};
