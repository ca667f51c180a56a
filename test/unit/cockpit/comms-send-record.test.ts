import { describe, expect, it } from 'vitest';
import { copiedDraftOf, createIncidentChecklist, recordSend, type DeliveredSend } from '../../../src/shared/checklist/incident-checklist';
import { defaultLeadDuties } from '../../../src/shared/handbook/lead-duties';
import { T0, MIN } from '../../support/domain-fixtures';

const fresh = () => createIncidentChecklist('inc-1', 'critical', defaultLeadDuties.critical, T0);
const send = (id: string, sentAt: number): DeliveredSend => ({
  id,
  kind: 'status-page',
  where: 'Statuspage (page pg1, incident abc)',
  text: 'We are investigating failed payments.',
  sentAt,
});

describe('a delivered send on the checklist', () => {
  it('is the only send the checklist remembers after the first one, and dates the checklist at the send', () => {
    const change = recordSend(fresh(), send('send-1', T0 + 5 * MIN), 'Status page update');
    expect(change?.checklist.recordedSends).toEqual(['send-1']);
    // Windows keep the later of two copies of a checklist: a send must make this copy the later one.
    expect(change?.checklist.updatedAt).toBe(T0 + 5 * MIN);
  });

  it('keeps its record of sends bounded at the 500 latest, still refusing the latest again', () => {
    let checklist = fresh();
    for (let i = 0; i < 501; i++) checklist = recordSend(checklist, send(`send-${i}`, T0 + i), 'Status page update')!.checklist;
    expect(checklist.recordedSends).toHaveLength(500);
    expect(checklist.recordedSends?.[0]).toBe('send-1');
    expect(recordSend(checklist, send('send-500', T0 + 600), 'Status page update')).toBeNull();
  });
});

describe('reading a recorded copy or send back from the timeline', () => {
  it('reads the checklist line of a send as the draft that went out', () => {
    expect(copiedDraftOf({ kind: 'checklist', text: 'Sent the status page update to Statuspage (page pg1):\nAll clear.' })).toEqual({
      kind: 'status-page',
      text: 'All clear.',
      how: 'sent',
    });
  });

  it('does not take a note the lead typed in the same words for a copy the checklist recorded', () => {
    expect(copiedDraftOf({ kind: 'note', text: 'Copied the status page update:\nAll clear.' })).toBeNull();
  });

  it('does not take a send line without the draft under it for a send', () => {
    expect(copiedDraftOf({ kind: 'checklist', text: 'Sent the status page update to Statuspage (page pg1)' })).toBeNull();
  });
});
