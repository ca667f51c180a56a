import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createTrayController, trayTooltip, type TrayActions } from '../../../src/main/tray';
import { as, FakeEmitter } from './fakes';

function setup() {
  const tray = Object.assign(new FakeEmitter(), {
    image: '' as unknown,
    tooltip: '',
    menu: [] as MenuItemConstructorOptions[],
    setImage(image: unknown) {
      this.image = image;
    },
    setToolTip(tooltip: string) {
      this.tooltip = tooltip;
    },
    setContextMenu(menu: unknown) {
      this.menu = menu as MenuItemConstructorOptions[];
    },
  });
  const actions: TrayActions = { quickNote: vi.fn(), checklist: vi.fn(), declare: vi.fn(), open: vi.fn(), quit: vi.fn() };
  const controller = createTrayController({
    tray: as<Tray>(tray),
    buildMenu: (template) => as<Menu>(template),
    icons: { idle: 'idle.png', minor: 'minor.png', major: 'major.png', critical: 'critical.png' },
    actions,
    quickNoteShortcut: () => 'CommandOrControl+Shift+Space',
  });
  const click = (label: string) => {
    const item = tray.menu.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no menu item ${label}`);
    (item.click as () => void)();
  };
  return { tray, actions, controller, click };
}

describe('tray', () => {
  it('offers quick note, checklist, declare, open and quit, each doing what it says', () => {
    const { tray, actions, click } = setup();
    expect(tray.menu.filter((i) => i.label).map((i) => i.label)).toEqual([
      'Quick note',
      'Checklist',
      'Declare incident',
      'Open Sitrep',
      'Quit Sitrep',
    ]);
    click('Quick note');
    click('Checklist');
    click('Declare incident');
    click('Open Sitrep');
    click('Quit Sitrep');
    for (const action of Object.values(actions)) expect(action).toHaveBeenCalledTimes(1);
  });

  it('shows the hotkey next to Quick note without registering it a second time', () => {
    const { tray } = setup();
    expect(tray.menu.find((i) => i.label === 'Quick note')).toMatchObject({
      accelerator: 'CommandOrControl+Shift+Space',
      registerAccelerator: false,
    });
  });

  it('switches icon and tooltip with the live incident’s severity, and back when it ends', () => {
    const { tray, controller } = setup();
    expect(tray.image).toBe('idle.png');
    expect(tray.tooltip).toBe('Sitrep: no live incident');
    controller.update({ activeIncident: { title: 'Checkout returns 500s', severity: 'critical' } });
    expect(tray.image).toBe('critical.png');
    expect(tray.tooltip).toBe('Sitrep: Critical incident: Checkout returns 500s');
    expect(tray.menu[0]).toMatchObject({ label: 'Critical incident: Checkout returns 500s', enabled: false });
    controller.update({ activeIncident: { title: 'Slow search', severity: 'minor' } });
    expect(tray.image).toBe('minor.png');
    controller.update({ activeIncident: null });
    expect(tray.image).toBe('idle.png');
    expect(tray.menu[0]?.label).toBe('Quick note');
  });

  it('opens Sitrep on a left click', () => {
    const { tray, actions } = setup();
    tray.emit('click');
    expect(actions.open).toHaveBeenCalled();
  });

  it('shortens a very long title in the tooltip', () => {
    const tooltip = trayTooltip({ activeIncident: { title: 'x'.repeat(300), severity: 'major' } });
    expect(tooltip.length).toBeLessThan(120);
    expect(tooltip.endsWith('…')).toBe(true);
  });
});
