import type { Notification, NotificationConstructorOptions } from 'electron';

type NotificationLike = Pick<Notification, 'show' | 'on' | 'close'>;
export type NotificationConstructor = (new (options: NotificationConstructorOptions) => NotificationLike) & {
  isSupported(): boolean;
};

export interface Notifier {
  /** Shows a native notification; false where the system has no notifications. */
  notify(options: { title: string; body: string; onClick?: () => void }): boolean;
  /** A nudge about one incident ("status update overdue"): clicking it opens that incident. */
  nudge(nudge: { title: string; body: string; incidentId: string }): boolean;
}

export function createNotifier(deps: {
  Notification: NotificationConstructor;
  openIncident: (incidentId: string) => void;
  icon?: string;
}): Notifier {
  // Electron drops a notification's click handler once the object is garbage collected: hold each one
  // until it is clicked, closed or fails.
  const alive = new Set<NotificationLike>();
  const notify: Notifier['notify'] = ({ title, body, onClick }) => {
    if (!deps.Notification.isSupported()) return false;
    const notification = new deps.Notification({ title, body, silent: false, ...(deps.icon ? { icon: deps.icon } : {}) });
    alive.add(notification);
    const release = (): void => void alive.delete(notification);
    notification.on('click', () => {
      release();
      onClick?.();
    });
    notification.on('close', release);
    notification.on('failed', release);
    notification.show();
    return true;
  };
  return {
    notify,
    nudge: ({ title, body, incidentId }) => notify({ title, body, onClick: () => deps.openIncident(incidentId) }),
  };
}
