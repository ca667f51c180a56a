interface DialogFooterProps {
  /** Why the last submit was refused, said where the eye is (next to the buttons), or null. */
  error: string | null;
  submitLabel: string;
  busy?: boolean;
  onCancel: () => void;
}

/** The end of every dialog form: the refusal, if any, then Cancel and the one primary action. */
export function DialogFooter({ error, submitLabel, busy = false, onCancel }: DialogFooterProps) {
  return (
    <>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
