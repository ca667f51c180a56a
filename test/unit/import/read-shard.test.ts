import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { joinShards } from '../../../src/shared/import/read-shard';
import { ChatImportError } from '../../../src/shared/import/import-error';
import { incidentDay, largeSlackExport, slackExportZip, ts } from '../../support/chat-export-fixtures';

/** Reads the export in `count` shards, as that many workers do, and joins them as the window does. */
const inShards = (zip: Uint8Array, count: number) => joinShards(Array.from({ length: count }, (_, index) => readChatFile(zip, 'export.zip', undefined, undefined, { index, count })));

describe('an export read in shards side by side', () => {
  it('gives exactly what one reader gives: every channel, message, thread, file and edit, in order', () => {
    const zip = slackExportZip({
      days: {
        'inc-4312-checkout/2026-01-14.json': incidentDay(),
        // Two channels of one message each: their order in the list must not depend on which shard read them.
        'general/2026-01-14.json': [{ type: 'message', ts: ts(1), user: 'U01ALICE', text: 'lunch?' }],
        'random/2026-01-14.json': [{ type: 'message', ts: ts(2), user: 'U01ALICE', text: 'coffee?' }],
      },
      extra: { 'inc-4312-checkout/attachments/F0LOGS-pool.log': strToU8('pool exhausted\n') },
    });
    const whole = readChatFile(zip, 'export.zip');
    expect(whole.channels.flatMap((c) => c.messages).some((m) => m.files.some((f) => f.bytes))).toBe(true);
    expect(inShards(zip, 2)).toEqual(whole);
    expect(inShards(zip, 3)).toEqual(whole);
  });

  it('splits a channel across its days without losing or repeating a message', () => {
    // 1,001 messages from 902 s before midnight UTC, one every 1.7 s: 531 on the first day, 470 on the second, so
    // the second day's share starts at its second message.
    const zip = largeSlackExport(1_001, Date.UTC(2026, 0, 15) / 1000 - 902);
    const whole = readChatFile(zip, 'export.zip');
    const shards = [0, 1].map((index) => readChatFile(zip, 'export.zip', undefined, undefined, { index, count: 2 }));
    expect(shards.map((shard) => shard.channels[0]?.messages.length)).toEqual([501, 500]);
    expect(joinShards(shards)).toEqual(whole);
  });

  it('refuses a bad message whichever shard meets it', () => {
    const day = [...incidentDay(), { type: 'message', user: 'U01ALICE', text: 'no ts' }];
    const zip = slackExportZip({ days: { 'inc-4312-checkout/2026-01-14.json': day } });
    for (const index of [0, 1]) {
      const read = () => readChatFile(zip, 'export.zip', undefined, undefined, { index, count: 2 });
      if (index === (day.length - 1) % 2) expect(read).toThrow(ChatImportError);
      else expect(read).not.toThrow();
    }
  });
});
