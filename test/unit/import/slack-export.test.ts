import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { planChatImport, previewChatImport } from '../../../src/shared/import/chat-entries';
import { graphBytes, incidentDay, slackExportZip, T0, ts } from '../../support/chat-export-fixtures';
import { importRefusal } from './import-refusal';

const all = { incidentId: 'INC1', from: null, to: null, includeNoise: false };

async function incidentChannel(zip = slackExportZip()) {
  const exported = (await readChatFile(zip, 'export.zip'));
  const channel = exported.channels.find((c) => c.name === 'inc-4312-checkout');
  if (!channel) throw new Error('fixture channel missing');
  return channel;
}

function textOf(entries: { text: string }[], containing: string): string {
  const found = entries.find((e) => e.text.includes(containing));
  if (!found) throw new Error(`no entry contains ${containing}`);
  return found.text;
}

describe('a Slack export', () => {
  it('becomes entries in posting order, with authors from users.json and times from ts in UTC', async () => {
    const { entries } = planChatImport((await incidentChannel()), all);
    expect(entries.map((e) => e.author)).toEqual(['Alice Moreau', 'Bob the SRE', 'Bob the SRE', '陈伟', 'Alice Moreau', '陈伟']);
    expect(entries[0]?.occurredAt).toBe((T0 + 5) * 1000);
    expect(new Date(entries[0]?.occurredAt ?? 0).toISOString()).toBe('2026-01-14T10:18:05.000Z');
    expect(entries.every((e) => e.source === 'import' && e.kind === 'note')).toBe(true);
  });

  it('orders two messages of the same millisecond by their microseconds, as the timeline sorts ids', async () => {
    const { entries } = planChatImport((await incidentChannel()), all);
    const [first, second] = entries;
    expect(first?.occurredAt).toBe(second?.occurredAt);
    expect(first?.text).toContain('Checkout 500s');
    expect(second?.text).toBe('same ms, later micro: second');
    expect((first?.id ?? '') < (second?.id ?? '')).toBe(true);
  });

  it('gives every message an id from channel and ts that is the same on every read and at most 64 characters', async () => {
    const once = planChatImport((await incidentChannel()), all).entries.map((e) => e.id);
    const again = planChatImport((await incidentChannel()), all).entries.map((e) => e.id);
    expect(again).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    expect(once[0]).toMatch(new RegExp(`^slack-${T0 + 5}\\.000100-C0INC4312-[0-9a-f]{8}$`));
    expect(Math.max(...once.map((id) => id.length))).toBeLessThanOrEqual(64);
  });

  it('keeps ids within 64 characters for a channel known only by a long folder name, and apart per incident', async () => {
    const folder = `${'incident-war-room-'.repeat(5)}ünïcode`;
    const zip = slackExportZip({ days: { [`${folder}/2026-01-14.json`]: [{ type: 'message', ts: ts(1, 999_999), user: 'U01ALICE', text: 'hi' }] } });
    const channel = (await readChatFile(zip, 'export.zip')).channels[0];
    if (!channel) throw new Error('no channel');
    const [inFirst] = planChatImport(channel, all).entries;
    const [inSecond] = planChatImport(channel, { ...all, incidentId: 'INC2' }).entries;
    expect(inFirst?.id.length).toBeLessThanOrEqual(64);
    expect(inFirst?.id).not.toBe(inSecond?.id);
  });

  it('sorts ids as ts sorts across a change in the number of digits of the seconds', async () => {
    const day = [
      { type: 'message', ts: '999999999.5', user: 'U01ALICE', text: 'nine digits' },
      { type: 'message', ts: '1000000000.000001', user: 'U01ALICE', text: 'ten digits' },
    ];
    const { entries } = planChatImport((await incidentChannel(slackExportZip({ days: { 'inc-4312-checkout/2001-09-09.json': day } }))), all);
    expect(entries.map((e) => e.text)).toEqual(['nine digits', 'ten digits']);
    expect((entries[0]?.id ?? '') < (entries[1]?.id ?? '')).toBe(true);
  });

  it('turns mrkdwn into text: @names, labelled links with their address, code kept, HTML kept literal', async () => {
    const { entries } = planChatImport((await incidentChannel()), all);
    expect(textOf(entries, 'Checkout 500s')).toBe('Checkout 500s since 10:12, paging @Bob the SRE :fire:');
    expect(textOf(entries, 'Dashboard')).toContain('Dashboard: checkout board (https://grafana.example/d/checkout) and https://status.example');
    expect(textOf(entries, 'Pool is full')).toBe('Pool is full:\n```SELECT count(*) FROM pg_stat_activity;\n-- 500 rows```\nsee `max_connections`');
    expect(textOf(entries, 'literal html')).toContain('literal html stays: <script>alert(1)</script> & <b>ok</b> in #general');
    expect(textOf(entries, 'rollback')).toBe('ملاحظة: rollback ✅ — e\u0301 👩🏽‍💻 @here\n(file not in the export: pool.log)');
  });

  it('marks a thread reply with whose message it answers and when, and keeps it at its own time', async () => {
    const { entries } = planChatImport((await incidentChannel()), all);
    const reply = entries.find((e) => e.text.includes('Dashboard'));
    expect(reply?.text.split('\n')[0]).toBe("↳ in thread of Alice Moreau's message at 10:18:05 UTC");
    expect(reply?.occurredAt).toBe((T0 + 40) * 1000);
    const parent = entries.find((e) => e.text.includes('Checkout 500s'));
    expect(parent?.text.startsWith('↳')).toBe(false);
  });

  it('leaves out joins, leaves and bot posts unless asked, and counts them for the preview', async () => {
    const quiet = planChatImport((await incidentChannel()), all);
    expect(quiet.noise).toBe(3);
    expect(quiet.entries.some((e) => /joined|left the channel|Alert:/.test(e.text))).toBe(false);
    const everything = planChatImport((await incidentChannel()), { ...all, includeNoise: true });
    expect(everything.entries).toHaveLength(quiet.entries.length + 3);
    expect(everything.entries.find((e) => e.text.startsWith('Alert:'))?.author).toBe('PagerBot');
  });

  it('carries the edit time of an edited message, and none for the others', async () => {
    const { entries } = planChatImport((await incidentChannel()), all);
    expect(entries.find((e) => e.text.startsWith('Pool is full'))?.editedAt).toBe((T0 + 120) * 1000);
    expect(entries.filter((e) => e.editedAt !== null)).toHaveLength(1);
  });

  it('attaches a file whose bytes are in the export, and names one the export holds only a link to', async () => {
    const plan = planChatImport((await incidentChannel()), all);
    expect(plan.attachments).toHaveLength(1);
    expect(plan.attachments[0]).toMatchObject({ name: 'error-rate.png', mimeType: 'image/png', entryId: plan.entries.find((e) => e.text.includes('literal html'))?.id });
    expect([...(plan.attachments[0]?.bytes ?? [])]).toEqual([...graphBytes]);
  });

  it("attaches files kept the way slackdump keeps them, beside the channel's days", async () => {
    const log = new TextEncoder().encode('pool exhausted\n');
    const plan = planChatImport((await incidentChannel(slackExportZip({ extra: { 'inc-4312-checkout/attachments/F0LOGS-pool.log': log } }))), all);
    expect(plan.attachments.map((a) => [a.name, a.mimeType, a.bytes.byteLength])).toEqual([
      ['error-rate.png', 'image/png', graphBytes.byteLength],
      ['pool.log', 'text/plain', log.byteLength],
    ]);
    expect(textOf(plan.entries, 'rollback')).not.toContain('not in the export');
  });

  it('keeps to the time window and counts what falls outside it', async () => {
    const plan = planChatImport((await incidentChannel()), { ...all, from: (T0 + 30) * 1000, to: (T0 + 160) * 1000 });
    expect(plan.entries.map((e) => e.author)).toEqual(['Bob the SRE', '陈伟', 'Alice Moreau']);
    expect(plan.outsideWindow).toBe(5);
  });

  it('previews exactly what the import writes: count, files, first and last, and what is left out', async () => {
    const channel = (await incidentChannel());
    for (const selection of [all, { ...all, includeNoise: true }, { ...all, from: (T0 + 30) * 1000, to: (T0 + 160) * 1000 }]) {
      const plan = planChatImport(channel, selection);
      const preview = previewChatImport(channel, selection);
      expect([preview.count, preview.files, preview.outsideWindow, preview.noise]).toEqual([plan.entries.length, plan.attachments.length, plan.outsideWindow, plan.noise]);
      expect(plan.entries[0]?.occurredAt).toBe(preview.first?.occurredAt);
      expect(plan.entries.at(-1)?.occurredAt).toBe(preview.last?.occurredAt);
    }
  });

  it('lists every channel of the export with its name', async () => {
    const zip = slackExportZip({ days: { 'inc-4312-checkout/2026-01-14.json': incidentDay(), 'general/2026-01-14.json': [{ type: 'message', ts: ts(1), user: 'U01ALICE', text: 'lunch?' }] } });
    const exported = (await readChatFile(zip, 'export.zip'));
    expect(exported.platform).toBe('Slack');
    expect(exported.channels.map((c) => [c.id, c.name, c.messages.length])).toEqual([
      ['C0INC4312', 'inc-4312-checkout', 9],
      ['C0GENERAL', 'general', 1],
    ]);
  });
});

describe('a file that is not a good Slack export', () => {
  const refusal = (bytes: Uint8Array, name = "export.zip"): Promise<string> => importRefusal(() => readChatFile(bytes, name));

  it('a zip without channels.json or users.json is named as not a Slack export', async () => {
    const zip = zipSync({ 'photos/cat.jpg': new Uint8Array([1, 2, 3]) });
    expect(await refusal(zip)).toMatch(/^This zip is not a Slack export: it has no channels.json or users.json\. In Slack, export/);
  });

  it('malformed JSON in a day file names the file and says to export again', async () => {
    const zip = zipSync({ 'users.json': strToU8('[]'), 'channels.json': strToU8('[]'), 'inc/2026-01-14.json': strToU8('[{"ts": "1768385880.000100", "text": "cut sh') });
    expect(await refusal(zip)).toBe('inc/2026-01-14.json in this export is not valid JSON (it may be cut short or edited by hand). Export again from Slack and import the new zip.');
  });

  it('a message without a ts names the file and the message, not the schema', async () => {
    const zip = zipSync({ 'users.json': strToU8('[]'), 'inc/2026-01-14.json': strToU8(JSON.stringify([{ type: 'message', ts: ts(1), text: 'fine' }, { type: 'message', text: 'no time' }])) });
    expect(await refusal(zip)).toBe('inc/2026-01-14.json, item 2 has a missing or unreadable "ts". Export again from Slack and import the new zip.');
  });

  it('a file that is not a zip at all is named as such', async () => {
    expect(await refusal(strToU8('%PDF-1.7 not a zip'), 'export.zip')).toMatch(/^This file is not a zip archive\./);
  });

  it('a 200 MB export is refused before anything is unpacked, with its size and what to do', async () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    big.set([0x50, 0x4b, 3, 4]);
    expect(await refusal(big)).toBe("This export is 200 MB; Sitrep imports exports up to 100 MB. Export only the incident's channel and the days of the incident, then import that file.");
  });
});

describe('progress while reading', () => {
  it('rises from unpacking through every day file to 1, never backwards', async () => {
    const seen: number[] = [];
    const zip = slackExportZip({ days: { 'inc-4312-checkout/2026-01-14.json': incidentDay(), 'inc-4312-checkout/2026-01-15.json': [{ type: 'message', ts: ts(86_400), user: 'U01ALICE', text: 'next day' }] } });
    (await readChatFile(zip, 'export.zip', undefined, (fraction) => seen.push(fraction)));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    expect(seen.filter((f) => f > 0.15 && f < 1)).toHaveLength(1);
  });
});
