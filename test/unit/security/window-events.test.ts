import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { listenForSubscriptions, sendEvent, type EventTarget } from '../../../src/main/event-sender';
import { rememberWindowKind } from '../../../src/main/window-kinds';
import { eventContract } from '../../../src/shared/contract/ipc-contract';
import { as, FakeWebContents } from '../main/fakes';

/*
 * Finding 6 of issue 10, events: main sends an event only to windows whose slice has it. Before, export
 * events piled up (100 per channel) in the quick note and the checklist, which never listen to them, and a
 * page there could subscribe and read export progress.
 */
function subscriptions() {
  let listener: ((event: unknown, channel: unknown) => void) | undefined;
  listenForSubscriptions(as<IpcMain>({ on: (_c: string, l: typeof listener) => (listener = l) }), { trustedOrigins: ['app://sitrep'] });
  return (page: FakeWebContents, channel: string) => listener!({ sender: page, senderFrame: { url: 'app://sitrep/quick-note.html', parent: null } }, channel);
}

describe('events to a window', () => {
  it('the quick note neither holds nor receives export events, even when it asks for them', () => {
    const subscribe = subscriptions();
    const quickNote = new FakeWebContents();
    rememberWindowKind(quickNote, 'quickNote');
    for (let i = 0; i < 150; i++) sendEvent(as<EventTarget>(quickNote), 'onExportProgress', { incidentId: 'i', step: 'uploading', message: `step ${i}` });
    subscribe(quickNote, eventContract.onExportProgress.channel);
    sendEvent(as<EventTarget>(quickNote), 'onOutboxChanged', []);
    expect(quickNote.sent).toEqual([]);

    // Its own events still arrive, held until it listens.
    sendEvent(as<EventTarget>(quickNote), 'onQuickNoteShown', { pressedAt: 1_000 });
    subscribe(quickNote, eventContract.onQuickNoteShown.channel);
    expect(quickNote.sent).toEqual([{ channel: eventContract.onQuickNoteShown.channel, payload: { pressedAt: 1_000 } }]);
  });

  it('the main window gets the export events', () => {
    const subscribe = subscriptions();
    const main = new FakeWebContents();
    rememberWindowKind(main, 'main');
    subscribe(main, eventContract.onOutboxChanged.channel);
    sendEvent(as<EventTarget>(main), 'onOutboxChanged', []);
    expect(main.sent).toEqual([{ channel: eventContract.onOutboxChanged.channel, payload: [] }]);
  });
});
