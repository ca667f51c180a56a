import { describe, expect, it, vi } from 'vitest';
import { createNotifier, type NotificationConstructor } from '../../../src/main/notifications';
import { as, FakeEmitter } from './fakes';

class FakeNotification extends FakeEmitter {
  static supported = true;
  static shown: FakeNotification[] = [];
  static isSupported() {
    return FakeNotification.supported;
  }
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    FakeNotification.shown.push(this);
  }
  close() {
    this.emit('close');
  }
}

describe('notifications', () => {
  it('shows a nudge natively, and a click opens that incident', () => {
    FakeNotification.shown = [];
    const openIncident = vi.fn();
    const notifier = createNotifier({ Notification: as<NotificationConstructor>(FakeNotification), openIncident });
    expect(notifier.nudge({ title: 'Status update overdue', body: 'Last update 32 min ago', incidentId: 'inc-9' })).toBe(true);
    const [shown] = FakeNotification.shown;
    expect(shown?.options).toMatchObject({ title: 'Status update overdue', body: 'Last update 32 min ago' });
    expect(openIncident).not.toHaveBeenCalled();
    shown?.emit('click');
    expect(openIncident).toHaveBeenCalledWith('inc-9');
  });

  it('says so where the system has no notifications', () => {
    FakeNotification.supported = false;
    try {
      const notifier = createNotifier({ Notification: as<NotificationConstructor>(FakeNotification), openIncident: vi.fn() });
      expect(notifier.notify({ title: 't', body: 'b' })).toBe(false);
    } finally {
      FakeNotification.supported = true;
    }
  });
});
