import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Incident } from '../../../shared/domain/incident';
import type { ChatExport, ChatChannel, ChatMessage } from '../../../shared/import/chat-message';
import { planChatImport, previewChatImport, type ChatImportPreview } from '../../../shared/import/chat-entries';
import { typedTextFor, type TimeDraft } from '../../../shared/time/typed-time';
import { machineTimeZone } from '../../../shared/time/zone-clock';
import { formatUtcAndLocal, incidentStart } from '../../../shared/time/format-time';
import { DateTimeField, readTimeField, timeDraftOf } from '../components/DateTimeField';
import { Modal } from '../components/Modal';
import { useDatabase } from '../data/database-context';
import { SitrepStorageError } from '../data/storage-error';
import { EntryInputError } from '../data/entry-repository';
import { useToastStore } from '../state/toast-store';
import { prepareChatReader, readChatExport } from './read-chat-export';
import { mergeResultLine, writeChatImport } from './chat-import-writes';
import './chat-import.css';

type Phase = { name: 'pick' } | { name: 'reading'; fraction: number } | { name: 'ready' } | { name: 'writing' } | { name: 'done'; result: string };

const draftFor = (at: number | null): TimeDraft => timeDraftOf(at === null ? '' : typedTextFor(at, machineTimeZone()));

/**
 * Import chat: pick a Slack export or Teams messages, choose the channel and the time window (by default the
 * incident's own: impact start or declaration to resolution), see what will be imported and what is left
 * out, then write it all in one step. Importing the same export again adds nothing.
 */
export function ChatImportDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const db = useDatabase();
  const push = useToastStore((s) => s.push);
  const [phase, setPhase] = useState<Phase>({ name: 'pick' });
  const [exported, setExported] = useState<ChatExport | null>(null);
  const [fileName, setFileName] = useState('');
  const [channelId, setChannelId] = useState('');
  const [from, setFrom] = useState(() => draftFor(incidentStart(incident)));
  const [to, setTo] = useState(() => draftFor(incident.resolvedAt));
  const [includeNoise, setIncludeNoise] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The reader loads while the user chooses the file, so the preview follows the pick sooner.
  useEffect(() => prepareChatReader(), []);
  // The read in progress, so Cancel, Escape or a new pick can stop it; closing the dialog any other way does too.
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  const channel = exported?.channels.find((c) => c.id === channelId) ?? exported?.channels[0];
  const fromRead = readTimeField(from);
  const toRead = readTimeField(to);
  const windowProblem = fromRead.kind === 'refused' ? `From: ${fromRead.reason}` : toRead.kind === 'refused' ? `To: ${toRead.reason}` : null;
  const selection = windowProblem
    ? null
    : { from: fromRead.kind === 'time' ? fromRead.at : null, to: toRead.kind === 'time' ? toRead.at : null, includeNoise };
  const selectionKey = selection ? `${selection.from}-${selection.to}-${includeNoise}` : null;
  const preview = useMemo<ChatImportPreview | null>(
    () => (channel && selection ? previewChatImport(channel, selection) : null),
    // The selection is rebuilt at every render; its key says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [channel, selectionKey],
  );

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setExported(null);
    setFileName(file.name);
    setPhase({ name: 'reading', fraction: 0 });
    reading.current?.abort();
    const read = (reading.current = new AbortController());
    const outcome = await readChatExport(file, (fraction) => setPhase({ name: 'reading', fraction }), read.signal);
    if (read.signal.aborted) return;
    reading.current = null;
    if (!outcome.ok) {
      setError('message' in outcome ? outcome.message : null);
      setPhase({ name: 'pick' });
      return;
    }
    setExported(outcome.exported);
    setChannelId(outcome.exported.channels[0]?.id ?? '');
    setPhase({ name: 'ready' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.name === 'done') return onClose();
    if (phase.name !== 'ready') return setError(phase.name === 'pick' ? 'Choose a chat export file first.' : null);
    if (windowProblem) return setError(windowProblem);
    if (!channel || !selection || !preview || preview.count === 0) return setError('No message of this channel falls in this time window. Widen the window (clear From or To) or pick another channel.');
    setError(null);
    setPhase({ name: 'writing' });
    try {
      // The entries are built only now: the preview needs counts, and typing a time must stay quick.
      const plan = planChatImport(channel, { ...selection, incidentId: incident.id });
      const result = mergeResultLine(await writeChatImport(db, plan));
      setPhase({ name: 'done', result });
      push({ tone: 'info', message: `Chat imported: ${result}.` });
    } catch (caught) {
      setPhase({ name: 'ready' });
      setError(
        caught instanceof EntryInputError || caught instanceof SitrepStorageError
          ? `Nothing was imported. ${caught.message}`
          : 'Nothing was imported: the log refused the write. Try again; if it keeps failing, export a backup and restart Sitrep.',
      );
    }
  };

  /**
   * Cancel and Escape close the dialog at any time but during the write (one short transaction that either
   * lands whole or not at all). During a read they end the worker there and then: nothing was written yet.
   */
  const close = () => {
    if (phase.name === 'writing') return;
    if (phase.name === 'reading') {
      reading.current?.abort();
      push({ tone: 'info', message: `Stopped reading ${fileName}. Nothing was imported.` });
    }
    onClose();
  };

  const busy = phase.name === 'reading' || phase.name === 'writing';
  return (
    <Modal title="Import chat" onClose={close} className="chat-import-dialog">
      <form
        className="dialog-form"
        onSubmit={submit}
        noValidate
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          if (!busy) void pick(e.dataTransfer.files[0]);
        }}
      >
        <label>
          Chat export file
          <input type="file" accept=".zip,.json,application/zip,application/json" autoFocus disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
        <p className="hint">A Slack export (.zip, as Slack writes it) or Teams messages as Microsoft Graph returns them (.json). You can also drop the file here.</p>
        {phase.name === 'reading' ? <Progress label={`Reading ${fileName}`} fraction={phase.fraction} /> : null}
        {exported && channel ? (
          <>
            <label>
              Channel
              <select value={channel.id} onChange={(e) => setChannelId(e.target.value)} disabled={busy}>
                {exported.channels.map((c) => (
                  <option key={c.id} value={c.id}>
                    {exported.platform === 'Slack' ? `#${c.name}` : c.name} ({c.messages.length.toLocaleString('en')} messages)
                  </option>
                ))}
              </select>
            </label>
            <DateTimeField label="From" value={from} onChange={setFrom} whenEmpty="from the channel's first message" />
            <DateTimeField label="To" value={to} onChange={setTo} whenEmpty="to the channel's last message" />
            <label className="checkbox">
              <input type="checkbox" checked={includeNoise} onChange={(e) => setIncludeNoise(e.target.checked)} disabled={busy} />
              Include joins, leaves, topic changes and bot posts
            </label>
            {preview ? <Preview preview={preview} channel={channel} platform={exported.platform} /> : null}
          </>
        ) : null}
        {phase.name === 'writing' ? <Progress label={`Writing ${preview?.count.toLocaleString('en') ?? ''} entries`} fraction={null} /> : null}
        {phase.name === 'done' ? (
          <p role="status" className="import-result">
            {phase.result}
          </p>
        ) : null}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          {phase.name === 'done' ? null : (
            <button type="button" onClick={close} disabled={phase.name === 'writing'}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={busy} autoFocus={phase.name === 'done'} key={phase.name === 'done' ? 'close' : 'import'}>
            {phase.name === 'done' ? 'Close' : `Import${preview ? ` ${preview.count.toLocaleString('en')} messages` : ''}`}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function Progress({ label, fraction }: { label: string; fraction: number | null }) {
  return (
    <div className="import-progress">
      <progress aria-label={label} max={1} value={fraction ?? undefined} />
      <span aria-hidden="true">
        {label}
        {fraction === null ? '…' : ` ${Math.floor(fraction * 100)}%`}
      </span>
    </div>
  );
}

function Preview({ preview, channel, platform }: { preview: ChatImportPreview; channel: ChatChannel; platform: ChatExport['platform'] }) {
  const { first, last } = preview;
  const leftOut = [
    preview.outsideWindow > 0 ? `${preview.outsideWindow.toLocaleString('en')} outside the time window` : null,
    preview.noise > 0 ? `${preview.noise.toLocaleString('en')} joins, leaves and bot posts` : null,
  ].filter(Boolean);
  const line = (message: ChatMessage) => `${formatUtcAndLocal(message.occurredAt, { withDate: true })} — ${message.author}: ${message.text.split('\n')[0] ?? ''}`;
  return (
    <section aria-label="Preview" className="import-preview">
      <p>
        {preview.count.toLocaleString('en')} of {channel.messages.length.toLocaleString('en')} messages from {platform === 'Slack' ? `#${channel.name}` : channel.name}
        {preview.files > 0 ? `, with ${preview.files} file${preview.files === 1 ? '' : 's'} attached` : ''}.
      </p>
      {first ? <p className="import-line">First: {line(first)}</p> : null}
      {last && last !== first ? <p className="import-line">Last: {line(last)}</p> : null}
      <p>Left out: {leftOut.length > 0 ? leftOut.join('; ') : 'nothing'}.</p>
    </section>
  );
}
