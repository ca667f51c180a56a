import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import type { LifecycleAction } from '../../../../shared/domain/incident-lifecycle';
import { typedTextFor, type TimeDraft } from '../../../../shared/time/typed-time';
import { machineTimeZone } from '../../../../shared/time/zone-clock';
import { DateTimeField, readTimeField, timeDraftOf } from '../../components/DateTimeField';
import { ActionDialog } from './ActionDialog';

type EditDetails = Extract<LifecycleAction, { type: 'edit-details' }>;

const draftFor = (at: number | null): TimeDraft => timeDraftOf(at === null ? '' : typedTextFor(at, machineTimeZone()));

/**
 * A time field that shows the incident's current value until the person types in it: the incident read
 * by the window can arrive a moment after the dialog opens (right after Resolve, say), and another window may
 * change it while the dialog is open.
 */
function useIncidentTime(current: number | null): [TimeDraft, (next: TimeDraft) => void] {
  const [typed, setTyped] = useState<TimeDraft | null>(null);
  return [typed ?? draftFor(current), setTyped];
}

/**
 * A typed time as a change to `current`, or a refusal. The field shows whole seconds, so a time left at
 * its second keeps the stored milliseconds and is no change at all.
 */
function timeChange(label: string, draft: TimeDraft, current: number | null, clearable: boolean): number | null | undefined | string {
  const read = readTimeField(draft);
  if (read.kind === 'refused') return `${label}: ${read.reason}`;
  if (read.kind === 'empty') {
    if (current === null) return undefined;
    return clearable ? null : `${label}: type a time; this one cannot be left empty.`;
  }
  if (current !== null && Math.floor(read.at / 1000) === Math.floor(current / 1000)) return undefined;
  return read.at;
}

/**
 * Title, summary and the incident's own times, for correcting them later or for an incident logged after
 * the fact: each change is checked by the lifecycle rule and recorded on the timeline, and the header, the
 * metrics and the analysis document follow the corrected times.
 */
export function EditDetailsDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [title, setTitle] = useState(incident.title);
  const [summary, setSummary] = useState(incident.summary);
  const [impactStart, setImpactStart] = useIncidentTime(incident.impactStartedAt);
  const [declaredAt, setDeclaredAt] = useIncidentTime(incident.declaredAt);
  const [resolvedAt, setResolvedAt] = useIncidentTime(incident.resolvedAt);

  const build = (): EditDetails | string => {
    const action: EditDetails = { type: 'edit-details' };
    if (title !== incident.title) action.title = title;
    if (summary !== incident.summary) action.summary = summary;
    const impact = timeChange('Impact started at', impactStart, incident.impactStartedAt, true);
    if (typeof impact === 'string') return impact;
    if (impact !== undefined) action.impactStartedAt = impact;
    const declared = timeChange('Declared at', declaredAt, incident.declaredAt, false);
    if (typeof declared === 'string') return declared;
    if (typeof declared === 'number') action.declaredAt = declared;
    if (incident.resolvedAt !== null) {
      const resolved = timeChange('Resolved at', resolvedAt, incident.resolvedAt, false);
      if (typeof resolved === 'string') return resolved;
      if (typeof resolved === 'number') action.resolvedAt = resolved;
    }
    return action;
  };

  return (
    <ActionDialog
      title="Edit incident details"
      incidentId={incident.id}
      submitLabel="Save details"
      done="Details saved and recorded on the timeline."
      onClose={onClose}
      build={build}
    >
      <label>
        Title
        <input autoFocus value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Summary
        <textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <DateTimeField label="Impact started at" value={impactStart} onChange={setImpactStart} whenEmpty="unknown" />
      <DateTimeField label="Declared at" value={declaredAt} onChange={setDeclaredAt} />
      {incident.resolvedAt !== null ? (
        <DateTimeField label="Resolved at" value={resolvedAt} onChange={setResolvedAt} />
      ) : null}
    </ActionDialog>
  );
}
