import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Severity } from '../../../../shared/domain/incident';
import { useDatabase } from '../../data/database-context';
import { declareIncident } from '../../data/incident-repository';
import { Modal } from '../../components/Modal';
import { SeverityPicker } from '../../components/SeverityPicker';
import { DeclareGuidance } from '../../components/DeclareGuidance';
import { DateTimeField, readTimeField } from '../../components/DateTimeField';
import { emptyTimeDraft } from '../../../../shared/time/typed-time';
import { useUiStore } from '../../state/ui-store';
import { useCurrentUser } from '../shell/current-user';
import { DialogFooter } from '../../components/DialogFooter';

/**
 * Declaring must take seconds: a title and a severity. The severity definitions are in view, and the
 * "should this be an incident?" guidance is one key away (Alt+G), because doubt is the usual reason to wait.
 */
export function DeclareDialog({ onClose }: { onClose: () => void }) {
  const db = useDatabase();
  const user = useCurrentUser();
  const openIncident = useUiStore((s) => s.openIncident);
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity>('major');
  const [impactStart, setImpactStart] = useState(emptyTimeDraft);
  const [declaredAtText, setDeclaredAt] = useState(emptyTimeDraft);
  const [showGuidance, setShowGuidance] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (showGuidance) document.getElementById('declare-guidance')?.scrollIntoView({ block: 'nearest' });
  }, [showGuidance]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const impact = readTimeField(impactStart);
    const declared = readTimeField(declaredAtText);
    if (impact.kind === 'refused' || declared.kind === 'refused') {
      const reason = impact.kind === 'refused' ? `Impact start: ${impact.reason}` : '';
      setError([reason, declared.kind === 'refused' ? `Declared at: ${declared.reason}` : ''].filter(Boolean).join(' '));
      return;
    }
    const impactStartedAt = impact.kind === 'time' ? impact.at : null;
    const declaredAt = declared.kind === 'time' ? declared.at : null;
    setBusy(true);
    try {
      const result = await declareIncident(db, { title, severity, impactStartedAt, declaredAt }, user);
      if (!result.ok) {
        setError(result.reason);
        return;
      }
      // Straight to writing: the first minutes of an incident are when notes are most often lost.
      useUiStore.getState().requestComposerFocus(true);
      openIncident(result.incident.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && event.code === 'KeyG') {
      event.preventDefault();
      setShowGuidance((v) => !v);
    }
  };

  return (
    <Modal title="Declare an incident" onClose={onClose} className="wide">
      <form className="dialog-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <label>
          What is wrong?
          <input
            autoFocus
            value={title}
            maxLength={300}
            placeholder="e.g. Checkout fails for all EU customers"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <SeverityPicker value={severity} onChange={setSeverity} />
        <p className="hint">When unsure between two levels, pick the higher one: lowering it later is cheap.</p>
        <button
          type="button"
          className="link"
          aria-expanded={showGuidance}
          aria-controls="declare-guidance"
          aria-keyshortcuts="Alt+G"
          onClick={() => setShowGuidance((v) => !v)}
        >
          Should this be an incident? <kbd aria-hidden="true">Alt+G</kbd>
        </button>
        <div id="declare-guidance" hidden={!showGuidance}>
          <DeclareGuidance />
        </div>
        <DateTimeField
          label="Impact started at (optional)"
          value={impactStart}
          onChange={setImpactStart}
          whenEmpty="unknown; fill it in if customers felt it before now"
        />
        <DateTimeField
          label="Declared at (for an incident logged after the fact)"
          value={declaredAtText}
          onChange={setDeclaredAt}
          whenEmpty="now"
        />
        <p className="hint">You ({user}) will lead this incident until you hand it over.</p>
        <DialogFooter error={error} submitLabel="Declare" busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
