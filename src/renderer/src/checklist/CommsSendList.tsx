import type { CommsSendView } from '../../../shared/contract/comms-schemas';
import { formatUtc } from '../../../shared/time/format-time';

const destinationLabel = { slack: 'Slack', statuspage: 'Status page' } as const;
const againLabel = { slack: 'Send again to Slack', statuspage: 'Send again to the status page' } as const;

/**
 * Sends of this incident that still need an eye (a handover brief sent from the main window among them): waiting in the outbox, refused, or of unknown outcome (Slack
 * may have posted it). "Send again" is offered only where the lead has to decide; the outbox retries the rest.
 */
export function CommsSendList({ sends, onRetry }: { sends: readonly CommsSendView[]; onRetry(id: string): void }) {
  const open = sends.filter((s) => s.state !== 'sent');
  if (open.length === 0) return null;
  return (
    <section className="comms-outbox" aria-labelledby="comms-outbox-heading">
      <h2 id="comms-outbox-heading">Updates not sent yet</h2>
      <ul className="comms-sends">
        {open.map((send) => (
          <li key={send.id}>
            <strong>{send.kind === 'handover-brief' ? 'Slack (handover brief)' : destinationLabel[send.destination]}</strong>
            <span>
              {send.state === 'queued' || send.state === 'sending' ? 'waiting to be sent' : send.state === 'unknown' ? 'may not have arrived' : 'not sent'} (queued{' '}
              {formatUtc(send.createdAt)}){send.error ? `: ${send.error}` : ''}
            </span>
            {(send.state === 'failed' || send.state === 'unknown') && (
              <button type="button" className="link" onClick={() => onRetry(send.id)}>
                {againLabel[send.destination]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
