import { describe, expect, it } from 'vitest';
import { planChatImport, previewChatImport, threadMarker } from '../../../src/shared/import/chat-entries';
import type { ChatChannel, ChatMessage } from '../../../src/shared/import/chat-message';
import { MAX_ENTRY_TEXT } from '../../../src/shared/domain/domain-values';

/** 2026-01-14 10:18:00 UTC. */
const T0 = Date.UTC(2026, 0, 14, 10, 18);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

function message(over: Partial<ChatMessage> & { id: string }): ChatMessage {
  return { occurredAt: T0, editedAt: null, author: 'Alice Moreau', text: 'Checkout 500s', thread: null, noise: null, files: [], ...over };
}

function channelOf(...messages: ChatMessage[]): ChatChannel {
  return { id: 'C0INC4312', name: 'inc-4312-checkout', messages };
}

const all = { incidentId: 'INC1', from: null, to: null, includeNoise: false };

describe('chat messages made into timeline entries', () => {
  it('a message with only files says which files were shared; one with nothing says it was empty', () => {
    const files = [
      { name: 'error-rate.png', mimeType: 'image/png', bytes: png },
      { name: 'pool.log', mimeType: 'text/plain', bytes: null },
    ];
    const { entries } = planChatImport(channelOf(message({ id: 'a', text: '', files }), message({ id: 'b', text: '', occurredAt: T0 + 1 })), all);
    expect(entries.map((e) => e.text)).toEqual(['Shared error-rate.png, pool.log', '(empty message)']);
  });

  it('a message longer than an entry may be is cut to the limit with an ellipsis; one exactly at the limit is kept whole', () => {
    const atLimit = 'x'.repeat(MAX_ENTRY_TEXT);
    const { entries } = planChatImport(channelOf(message({ id: 'a', text: atLimit }), message({ id: 'b', text: `${atLimit}y`, occurredAt: T0 + 1 })), all);
    expect(entries[0]?.text).toBe(atLimit);
    expect(entries[1]?.text).toBe(`${'x'.repeat(MAX_ENTRY_TEXT - 1)}…`);
  });

  it('an edit time counts only when it is after the posting time', () => {
    const { entries } = planChatImport(
      channelOf(
        message({ id: 'a', editedAt: T0 + 60_000 }),
        message({ id: 'b', occurredAt: T0 + 1, editedAt: T0 + 1 }),
        message({ id: 'c', occurredAt: T0 + 2, editedAt: T0 }),
      ),
      all,
    );
    expect(entries.map((e) => e.editedAt)).toEqual([T0 + 60_000, null, null]);
  });

  it('every file of a message with bytes becomes its own attachment, named after the entry and the file', () => {
    const files = [
      { name: 'before.png', mimeType: 'image/png', bytes: png },
      { name: 'link-only.log', mimeType: 'text/plain', bytes: null },
      { name: 'after.png', mimeType: 'image/png', bytes: png },
    ];
    const { entries, attachments } = planChatImport(channelOf(message({ id: 'a', files })), all);
    const entryId = entries[0]?.id ?? '';
    expect(attachments.map((a) => [a.id, a.entryId, a.name])).toEqual([
      [`${entryId}-f0`, entryId, 'before.png'],
      [`${entryId}-f2`, entryId, 'after.png'],
    ]);
    expect(previewChatImport(channelOf(message({ id: 'a', files })), all).files).toBe(2);
  });

  it('a message posted exactly at the start or the end of the time window is inside it', () => {
    const channel = channelOf(
      message({ id: 'a', occurredAt: T0 - 1 }),
      message({ id: 'b', occurredAt: T0 }),
      message({ id: 'c', occurredAt: T0 + 1000 }),
      message({ id: 'd', occurredAt: T0 + 1001 }),
    );
    const window = { ...all, from: T0, to: T0 + 1000 };
    expect(planChatImport(channel, window).entries.map((e) => e.occurredAt)).toEqual([T0, T0 + 1000]);
    expect(previewChatImport(channel, window)).toMatchObject({ count: 2, outsideWindow: 2 });
  });

  it('the preview shows the first and the last message of the selection', () => {
    const channel = channelOf(message({ id: 'a', noise: 'membership' }), message({ id: 'b', occurredAt: T0 + 1 }), message({ id: 'c', occurredAt: T0 + 2 }), message({ id: 'd', occurredAt: T0 + 3 }));
    const preview = previewChatImport(channel, all);
    expect([preview.first?.id, preview.last?.id, preview.noise]).toEqual(['b', 'd', 1]);
  });
});

describe('the line that opens a thread reply', () => {
  it('names the author and the UTC time of the message it answers', () => {
    expect(threadMarker({ parentAuthor: 'Alice Moreau', parentAt: T0 + 5_250 })).toBe("↳ in thread of Alice Moreau's message at 10:18:05 UTC");
  });

  it('says "the message" when the author is not known, and "earlier message" when the time is not', () => {
    expect(threadMarker({ parentAuthor: null, parentAt: T0 })).toBe('↳ in thread of the message at 10:18:00 UTC');
    expect(threadMarker({ parentAuthor: 'Bob Ng', parentAt: Number.NaN })).toBe("↳ in thread of Bob Ng's earlier message");
    expect(threadMarker({ parentAuthor: null, parentAt: Number.NaN })).toBe('↳ in thread of an earlier message');
  });
});
