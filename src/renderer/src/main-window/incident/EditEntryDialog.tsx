import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntryKind, TimelineEntry } from '../../../../shared/domain/timeline-entry';
import { formatLocal, formatUtc } from '../../../../shared/time/format-time';
import { useDatabase } from '../../data/database-context';
import { editEntry } from '../../data/entry-edits';
import { Modal } from '../../components/Modal';
import { entryKindLabels, writableKinds } from '../../components/entry-kind-labels';
import { DateTimeField, readTimeField, timeDraftOf } from '../../components/DateTimeField';
import { typedTextFor } from '../../../../shared/time/typed-time';
import { machineTimeZone } from '../../../../shared/time/zone-clock';
import { applyIncidentAction } from '../../data/incident-repository';
import { useCurrentUser } from '../shell/current-user';
import { incidentTimeOf } from './incident-time-rows';
import { useToastStore } from '../../state/toast-store';
import { DialogFooter } from '../../components/DialogFooter';

export function EditEntryDialog({ entryId, onClose }: { entryId: string; onClose: () => void }) {
  const db = useDatabase();
  const entry = useLiveQuery(async () => (await db.entries.get(entryId)) ?? null, [db, entryId]);
  if (entry === undefined) return null;
  if (entry === null) {
    return (
      <Modal title="Edit entry" onClose={onClose}>
        <p role="alert">That entry is no longer in the log.</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </Modal>
    );
  }
  return <EditEntryForm entry={entry} onClose={onClose} />;
}

/** Text, kind and time (backfill). The first change of time keeps the original, shown as provenance. */
function EditEntryForm({ entry, onClose }: { entry: TimelineEntry; onClose: () => void }) {
  const db = useDatabase();
  const push = useToastStore((s) => s.push);
  const [text, setText] = useState(entry.text);
  const [kind, setKind] = useState<EntryKind>(entry.kind);
  const user = useCurrentUser();
  const [when, setWhen] = useState(() => timeDraftOf(typedTextFor(entry.occurredAt, machineTimeZone())));
  const [error, setError] = useState<string | null>(null);
  const kinds = writableKinds.includes(entry.kind) ? writableKinds : [entry.kind];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readTimeField(when);
    if (read.kind !== 'time') {
      setError(read.kind === 'refused' ? read.reason : 'Type when it happened, for example 2026-01-14 10:18.');
      return;
    }
    const occurredAt = read.at;
    // The field shows whole seconds; keep the stored milliseconds when the second is unchanged.
    const timeChanged = Math.floor(occurredAt / 1000) !== Math.floor(entry.occurredAt / 1000);
    // The row that marks the incident's declared, resolved or impact-start time moves the incident with it,
    // through the rule that checks it, so the header, the metrics and the document follow.
    const incidentTime = timeChanged ? await incidentTimeOf(db, entry) : null;
    const patch = {
      ...(text !== entry.text ? { text } : {}),
      ...(kind !== entry.kind ? { kind } : {}),
      ...(timeChanged && !incidentTime ? { occurredAt } : {}),
    };
    if (Object.keys(patch).length === 0 && !incidentTime) {
      onClose();
      return;
    }
    try {
      if (incidentTime) {
        const result = await applyIncidentAction(db, entry.incidentId, { type: 'edit-details', [incidentTime]: occurredAt }, user);
        if (!result.ok) {
          setError(result.reason);
          return;
        }
      }
      if (Object.keys(patch).length > 0) await editEntry(db, entry.id, patch);
      push({ tone: 'info', message: 'Entry updated.' });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal title="Edit entry" onClose={onClose} className="wide">
      <form className="dialog-form" onSubmit={submit} noValidate>
        <label>
          Text
          <textarea autoFocus rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="field-row">
          <label>
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value as EntryKind)} disabled={kinds.length === 1}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {entryKindLabels[k]}
                </option>
              ))}
            </select>
          </label>
          <DateTimeField label="Happened at" value={when} onChange={setWhen} />
        </div>
        <p className="hint">
          Now {formatLocal(entry.occurredAt, { withDate: true })} ({formatUtc(entry.occurredAt, { withDate: true })}).
          {entry.originalOccurredAt !== null
            ? ` Originally ${formatLocal(entry.originalOccurredAt, { withDate: true })}.`
            : ''}
        </p>
        <DialogFooter error={error} submitLabel="Save changes" onCancel={onClose} />
      </form>
    </Modal>
  );
}
