import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { z } from 'zod';
import type { Severity } from '../shared/domain/incident';
import type { TrayStateSchema } from '../shared/contract/ipc-contract';

export type TrayState = z.output<typeof TrayStateSchema>;
export type TrayIconKey = 'idle' | Severity;

export interface TrayActions {
  quickNote(): void;
  checklist(): void;
  declare(): void;
  open(): void;
  quit(): void;
}

const severityLabel: Record<Severity, string> = { minor: 'Minor', major: 'Major', critical: 'Critical' };

export function trayIconKey(state: TrayState): TrayIconKey {
  return state.activeIncident?.severity ?? 'idle';
}

/** The tooltip names the live incident and its severity, so a glance at the tray answers "what are we on?". */
export function trayTooltip(state: TrayState): string {
  const incident = state.activeIncident;
  if (!incident) return 'Sitrep: no live incident';
  const title = incident.title.length > 80 ? `${incident.title.slice(0, 79)}…` : incident.title;
  return `Sitrep: ${severityLabel[incident.severity]} incident: ${title}`;
}

export function trayMenuTemplate(
  actions: TrayActions,
  state: TrayState,
  quickNoteShortcut: string | null,
): MenuItemConstructorOptions[] {
  const header: MenuItemConstructorOptions[] = state.activeIncident
    ? [{ label: trayTooltip(state).replace(/^Sitrep: /, ''), enabled: false }, { type: 'separator' }]
    : [];
  return [
    ...header,
    {
      label: 'Quick note',
      // Shown as a hint only: the global shortcut itself is registered by the shortcut registry.
      ...(quickNoteShortcut ? { accelerator: quickNoteShortcut, registerAccelerator: false } : {}),
      click: () => actions.quickNote(),
    },
    { label: 'Checklist', click: () => actions.checklist() },
    { label: 'Declare incident', click: () => actions.declare() },
    { type: 'separator' },
    { label: 'Open Sitrep', click: () => actions.open() },
    { label: 'Quit Sitrep', click: () => actions.quit() },
  ];
}

export interface TrayController {
  update(state: TrayState): void;
  /** Re-reads the shortcut hint after the user re-binds the hotkey. */
  refresh(): void;
}

export function createTrayController(deps: {
  tray: Pick<Tray, 'setToolTip' | 'setContextMenu' | 'setImage' | 'on'>;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  icons: Record<TrayIconKey, NativeImage | string>;
  actions: TrayActions;
  quickNoteShortcut: () => string | null;
}): TrayController {
  let state: TrayState = { activeIncident: null };
  const render = (): void => {
    deps.tray.setImage(deps.icons[trayIconKey(state)]);
    deps.tray.setToolTip(trayTooltip(state));
    deps.tray.setContextMenu(deps.buildMenu(trayMenuTemplate(deps.actions, state, deps.quickNoteShortcut())));
  };
  // A left click opens the cockpit on Windows and macOS (Linux trays show the menu instead).
  deps.tray.on('click', () => deps.actions.open());
  render();
  return {
    update(next) {
      state = next;
      render();
    },
    refresh: render,
  };
}
