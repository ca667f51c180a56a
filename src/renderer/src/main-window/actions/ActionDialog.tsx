import { useState, type FormEvent, type ReactNode } from 'react';
import type { LifecycleAction } from '../../../../shared/domain/incident-lifecycle';
import { Modal } from '../../components/Modal';
import { useToastStore } from '../../state/toast-store';
import { useIncidentAction } from './use-incident-action';
import { COMPOSER_ID } from '../shell/command-context';
import { DialogFooter } from '../../components/DialogFooter';

interface ActionDialogProps {
  title: string;
  incidentId: string;
  submitLabel: string;
  /** The action to run, or a message when the form cannot make one yet. */
  build: () => LifecycleAction | string;
  /** Said in a toast once the action is on the timeline. */
  done: string;
  onClose: () => void;
  /** What follows a success, instead of closing (the hand-over goes on to the brief). */
  onDone?: () => void;
  children: ReactNode;
}

/**
 * The frame of every lifecycle dialog: the rule in shared/ decides, and when it refuses, its reason is shown
 * here and everything typed stays, so the user can add what is missing and try again.
 */
export function ActionDialog({ title, incidentId, submitLabel, build, done, onClose, onDone, children }: ActionDialogProps) {
  const run = useIncidentAction(incidentId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const push = useToastStore((s) => s.push);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const action = build();
    if (typeof action === 'string') {
      setError(action);
      return;
    }
    setBusy(true);
    const refusal = await run(action);
    setBusy(false);
    if (refusal) {
      setError(refusal);
      return;
    }
    push({ tone: 'info', message: done });
    (onDone ?? onClose)();
  };

  return (
    <Modal title={title} onClose={onClose} fallbackFocus={() => document.getElementById(COMPOSER_ID)}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        {children}
        <DialogFooter error={error} submitLabel={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
