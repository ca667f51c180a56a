import { useEffect, useState } from 'react';
import type { OutboxItemView } from '../../../shared/contract/github-schemas';
import { formatUtc } from '../../../shared/time/format-time';
import { getBridge } from '../bridge/get-bridge';

const stateWords: Record<OutboxItemView['state'], string> = { queued: 'Queued', sending: 'Sending', done: 'Done', failed: 'Failed' };

/** Exports waiting for the network (or done, or failed), for this incident, kept live by main's events. */
export function OutboxList({ incidentId }: { incidentId: string }) {
  const [items, setItems] = useState<OutboxItemView[]>([]);
  useEffect(() => {
    const bridge = getBridge();
    let alive = true;
    void bridge.listOutbox().then((list) => alive && setItems(list ?? []));
    const off = bridge.onOutboxChanged((list) => setItems(list));
    return () => {
      alive = false;
      off();
    };
  }, []);
  const mine = items.filter((i) => i.incidentId === incidentId);
  if (mine.length === 0) return null;
  return (
    <section aria-label="Outbox">
      <h3>Outbox</h3>
      <ul>
        {mine.map((item) => (
          <li key={item.id}>
            <strong>{stateWords[item.state]}</strong>
            {item.state === 'queued' && item.nextAttemptAt !== null && <> — next try {formatUtc(item.nextAttemptAt)}</>}
            {item.state === 'done' && item.pullRequestUrl && (
              <>
                {' '}
                <a href={item.pullRequestUrl} onClick={(e) => (e.preventDefault(), void getBridge().openExternal({ url: item.pullRequestUrl! }))}>
                  Open the pull request
                </a>
              </>
            )}
            {item.error && <span className="hint"> {item.error}</span>}
            {(item.state === 'failed' || item.state === 'queued') && (
              <button type="button" onClick={() => void getBridge().retryOutboxItem({ id: item.id })}>
                Retry now
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
