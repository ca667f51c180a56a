import { afterEach, describe, expect, it } from 'vitest';
import { ensureIncidentChecklist, recordCommsSends } from '../../../src/renderer/src/cockpit-data/checklist-writes';
import { startCommsSendRecorder } from '../../../src/renderer/src/cockpit-data/comms-send-recorder';
import { updateSettings } from '../../../src/renderer/src/data/settings-repository';
import { lastStatusPageAt } from '../../../src/shared/checklist/incident-checklist';
import type { CommsSendView } from '../../../src/shared/contract/comms-schemas';
import { dueNudges } from '../../../src/shared/nudges/nudge-scheduler';
import { defaultNudgeIntervals } from '../../../src/shared/nudges/nudge-settings';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';
import { entriesOf } from '../../../src/renderer/src/data/timeline-queries';

afterEach(closeAll);

function sent(incidentId: string, overrides: Partial<CommsSendView> = {}): CommsSendView {
  return {
    id: 'send-1',
    incidentId,
    destination: 'statuspage',
    kind: 'status-page',
    text: 'We are investigating failed payments.',
    state: 'sent',
    attempts: 1,
    createdAt: Date.now() - 2_000,
    sentAt: Date.now() - 1_000,
    where: 'Statuspage (page pg1, incident abc)',
    error: null,
    ...overrides,
  };
}

const sendLines = async (db: ReturnType<typeof freshDatabase>, incidentId: string) =>
  (await entriesOf(db, incidentId).toArray()).filter((e) => e.text.startsWith('Sent the '));

describe('recording delivered sends on the timeline', () => {
  it('writes one line per delivered send, with what was sent and where, and only sends that arrived', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    const recorded = await recordCommsSends(
      db,
      [
        sent(incident.id),
        sent(incident.id, { id: 'send-2', destination: 'slack', kind: 'announcement', text: 'Checkout is failing.', where: 'Slack (hooks.slack.com)' }),
        sent(incident.id, { id: 'send-3', state: 'queued', sentAt: null }),
        sent(incident.id, { id: 'send-4', destination: 'slack', kind: 'announcement', state: 'unknown', sentAt: null }),
      ],
      'Dana',
    );
    expect(recorded).toBe(2);
    const lines = await sendLines(db, incident.id);
    expect(lines.map((l) => l.text).sort()).toEqual([
      'Sent the announcement message to Slack (hooks.slack.com):\nCheckout is failing.',
      'Sent the status page update to Statuspage (page pg1, incident abc):\nWe are investigating failed payments.',
    ]);
    expect(lines.every((l) => l.source === 'checklist' && l.author === 'Dana')).toBe(true);
  });

  it('notes a send once, however often and to however many windows main reports it', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    const other = secondWindow(db);
    const report = [sent(incident.id)];
    await Promise.all([recordCommsSends(db, report, 'Dana'), recordCommsSends(other, report, 'Fox'), recordCommsSends(db, report, 'Dana')]);
    expect(await sendLines(db, incident.id)).toHaveLength(1);
  });

  it('notes a delivered handover brief once, with the brief as sent, and no reminder counts it as a customer update', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    const brief = sent(incident.id, { id: 'brief-1', destination: 'slack', kind: 'handover-brief', text: 'Handover brief: Payments down\nFor Fox', where: 'Slack (hooks.slack.com)' });
    await Promise.all([recordCommsSends(db, [brief], 'Dana'), recordCommsSends(secondWindow(db), [brief], 'Dana')]);
    expect((await sendLines(db, incident.id)).map((l) => l.text)).toEqual(['Sent the handover brief to Slack (hooks.slack.com):\nHandover brief: Payments down\nFor Fox']);
    const checklist = await db.incidentChecklists.get(incident.id);
    expect(checklist?.sentAt ?? {}).toEqual({});
    expect(lastStatusPageAt(checklist)).toBeNull();
  });

  it('the recorder notes what main delivered from its outbox while no send was pressed in this window', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await ensureIncidentChecklist(db, incident);
    await updateSettings(db, { userName: 'Dana' });
    let listener: ((sends: CommsSendView[]) => void) | null = null;
    const stop = startCommsSendRecorder(db, {
      listCommsSends: async () => [],
      onCommsSendsChanged: (l) => {
        listener = l;
        return () => (listener = null);
      },
    });
    listener!([sent(incident.id, { state: 'queued', sentAt: null })]);
    listener!([sent(incident.id)]);
    await expect.poll(async () => (await sendLines(db, incident.id)).length).toBe(1);
    stop();
  });
});

describe('the "status page not updated" reminder counts real sends', () => {
  it('a delivered status-page update restarts its clock; a Slack post does not', async () => {
    const db = freshDatabase();
    const incident = await declared(db, 'Payments down', 'critical');
    await ensureIncidentChecklist(db, incident);
    const at = Date.now() - 1_000;
    await recordCommsSends(db, [sent(incident.id, { id: 'slack-1', destination: 'slack', kind: 'announcement', sentAt: at - 500 })], 'Dana');
    expect(lastStatusPageAt(await db.incidentChecklists.get(incident.id))).toBeNull();
    await recordCommsSends(db, [sent(incident.id, { sentAt: at })], 'Dana');
    const checklist = await db.incidentChecklists.get(incident.id);
    expect(lastStatusPageAt(checklist)).toBe(at);

    const subject = { incident: { ...incident, declaredAt: at - 60 * 60_000 }, lastEntryAt: at, lastStatusPageAt: lastStatusPageAt(checklist), prefs: {} };
    const statusPageDue = (now: number) => dueNudges([subject], defaultNudgeIntervals, now).some((n) => n.kind === 'status-page');
    // Critical: every 30 minutes. Declared an hour ago, it would be due now without the send.
    expect(statusPageDue(at + 29 * 60_000)).toBe(false);
    expect(statusPageDue(at + 31 * 60_000)).toBe(true);
    expect(dueNudges([{ ...subject, lastStatusPageAt: null }], defaultNudgeIntervals, at + 1_000).some((n) => n.kind === 'status-page')).toBe(true);
  });
});
