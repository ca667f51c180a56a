import { afterEach, describe, expect, it } from 'vitest';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { planChatImport } from '../../../src/shared/import/chat-entries';
import { writeChatImport, mergeResultLine } from '../../../src/renderer/src/chat-import/chat-import-writes';
import { allTimeline } from '../../../src/renderer/src/data/timeline-queries';
import { mergeEntries } from '../../../src/renderer/src/data/merge-entries';
import { closeAll, declared, freshDatabase } from '../data/data-test-helpers';
import { incidentDay, largeSlackExport, slackExportZip, ts } from '../../support/chat-export-fixtures';
import type { SitrepDatabase } from '../../../src/renderer/src/data/db';

afterEach(closeAll);

async function planFor(incidentId: string, zip: Uint8Array) {
  const channel = (await readChatFile(zip, 'export.zip')).channels.find((c) => c.id === 'C0INC4312');
  if (!channel) throw new Error('fixture channel missing');
  return planChatImport(channel, { incidentId, from: null, to: null, includeNoise: false });
}

async function imported(db: SitrepDatabase, incidentId: string) {
  return (await allTimeline(db, incidentId)).filter((e) => e.source === 'import');
}

describe('importing a Slack export into an incident', () => {
  it('adds every message once with its file; the same export again changes nothing', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    expect(mergeResultLine(await writeChatImport(db, (await planFor(incident.id, slackExportZip()))))).toBe('6 added, 0 updated, 0 unchanged');
    expect(mergeResultLine(await writeChatImport(db, (await planFor(incident.id, slackExportZip()))))).toBe('0 added, 0 updated, 6 unchanged');
    const rows = await imported(db, incident.id);
    expect(rows.map((e) => e.text.split('\n')[0])).toEqual([
      'Checkout 500s since 10:12, paging @Bob the SRE :fire:',
      'same ms, later micro: second',
      "↳ in thread of Alice Moreau's message at 10:18:05 UTC",
      'Pool is full:',
      'literal html stays: <script>alert(1)</script> & <b>ok</b> in #general',
      'ملاحظة: rollback ✅ — e\u0301 👩🏽‍💻 @here',
    ]);
    const files = await db.attachments.where('incidentId').equals(incident.id).toArray();
    expect(files.map((f) => [f.name, f.mimeType, f.blob.size])).toEqual([['error-rate.png', 'image/png', 12]]);
  });

  it('a later, longer export adds only the new messages, and an edited message updates its entry', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await writeChatImport(db, (await planFor(incident.id, slackExportZip())));
    const day = incidentDay();
    const edited = day.map((m) => (m.ts === ts(5, 100) ? { ...m, text: 'Checkout 500s since 10:11 (corrected)', edited: { user: 'U01ALICE', ts: ts(400) } } : m));
    const longer = slackExportZip({
      days: {
        'inc-4312-checkout/2026-01-14.json': [...edited, { type: 'message', ts: ts(500), user: 'U02BOB', text: 'Mitigated: pool raised to 800' }],
        'inc-4312-checkout/2026-01-15.json': [{ type: 'message', ts: ts(86_400), user: 'U01ALICE', text: 'Next morning: still fine' }],
      },
    });
    expect(mergeResultLine(await writeChatImport(db, (await planFor(incident.id, longer))))).toBe('2 added, 1 updated, 5 unchanged');
    const rows = await imported(db, incident.id);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ text: 'Checkout 500s since 10:11 (corrected)', editedAt: (1768385880 + 400) * 1000 });
    expect(rows.at(-1)?.text).toBe('Next morning: still fine');
    expect(await db.attachments.count()).toBe(1);
  });

  it('the same export imported into a second incident gives that incident its own entries', async () => {
    const db = freshDatabase();
    const first = await declared(db, 'Checkout returns 500');
    const second = await declared(db, 'Checkout slow again');
    await writeChatImport(db, (await planFor(first.id, slackExportZip())));
    expect(mergeResultLine(await writeChatImport(db, (await planFor(second.id, slackExportZip()))))).toBe('6 added, 0 updated, 0 unchanged');
    expect(await imported(db, first.id)).toHaveLength(6);
    expect(await imported(db, second.id)).toHaveLength(6);
    expect(await db.attachments.count()).toBe(2);
  });

  it('a large export (read by key range) imported again is unchanged, and its longer version adds only the rest', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const planOf = async (count: number) => {
      const channel = (await readChatFile(largeSlackExport(count), 'export.zip')).channels[0];
      if (!channel) throw new Error('no channel');
      return planChatImport(channel, { incidentId: incident.id, from: null, to: null, includeNoise: false });
    };
    // 1,500 messages, 3 of them joins (every 500th): 1,497 entries.
    expect(mergeResultLine(await writeChatImport(db, (await planOf(1_500))))).toBe('1,497 added, 0 updated, 0 unchanged');
    expect(mergeResultLine(await writeChatImport(db, (await planOf(1_500))))).toBe('0 added, 0 updated, 1,497 unchanged');
    expect(mergeResultLine(await writeChatImport(db, (await planOf(2_000))))).toBe('499 added, 0 updated, 1,497 unchanged');
    expect(await imported(db, incident.id)).toHaveLength(1_996);
    const edited = await planOf(2_000);
    const target = edited.entries[10];
    if (!target) throw new Error('no entry');
    edited.entries[10] = { ...target, text: 'corrected later', editedAt: target.occurredAt + 999_000 };
    expect(mergeResultLine(await writeChatImport(db, edited))).toBe('0 added, 1 updated, 1,995 unchanged');
    expect((await db.entries.get(target.id))?.text).toBe('corrected later');
  });

  it('a large export whose message another incident already holds under the same id leaves that entry where it is', async () => {
    const db = freshDatabase();
    const first = await declared(db, 'Checkout returns 500');
    const second = await declared(db, 'Checkout slow again');
    const channel = (await readChatFile(largeSlackExport(1_500), 'export.zip')).channels[0];
    if (!channel) throw new Error('no channel');
    const plan = planChatImport(channel, { incidentId: second.id, from: null, to: null, includeNoise: false });
    const held = plan.entries[700];
    if (!held) throw new Error('no entry');
    // Ids carry a short key of their incident, so two incidents' copies can, rarely, share one. The copy held
    // was edited later, so it is the one kept, as it would be in the same incident.
    await mergeEntries(db, [{ ...held, incidentId: first.id, text: 'kept', editedAt: held.occurredAt + 60_000 }]);
    expect(mergeResultLine(await writeChatImport(db, plan))).toBe('1,496 added, 0 updated, 1 unchanged');
    expect(await db.entries.get(held.id)).toMatchObject({ incidentId: first.id, text: 'kept' });
    expect(await imported(db, second.id)).toHaveLength(1_496);
  });

  it('writes nothing at all when the incident is gone by the time it writes', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const plan = await planFor(incident.id, slackExportZip());
    await db.incidents.delete(incident.id);
    await expect(writeChatImport(db, plan)).rejects.toThrowMessage(/no longer in the log/);
    expect(await db.entries.filter((e) => e.source === 'import').count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });
});
