import { useEffect } from 'react';
import { useToastStore, type Toast } from '../state/toast-store';

// Errors stay until dismissed; an undo stays long enough to notice the mistake; the rest fade quickly.
const lifetime = (toast: Toast): number | null => (toast.tone === 'error' ? null : toast.undo ? 30_000 : 6_000);

/** The toast stack. Errors are alerts (announced at once); the rest are polite status messages. */
export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" role="region" aria-label="Messages">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  useEffect(() => {
    const ms = lifetime(toast);
    if (ms === null) return;
    const timer = setTimeout(() => dismiss(toast.id), ms);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast ${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span className="toast-message">{toast.message}</span>
      {toast.undo ? (
        <button
          type="button"
          onClick={() => {
            const undo = toast.undo;
            dismiss(toast.id);
            void undo?.run();
          }}
        >
          {toast.undo.label}
        </button>
      ) : null}
      <button type="button" className="link" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
