import type { CommsSendView } from '../../../shared/contract/comms-schemas';
import type { SitrepApi } from '../../../shared/contract/ipc-contract';
import type { SitrepDatabase } from '../data/db';
import { readSettings } from '../data/settings-repository';
import { recordCommsSends } from './checklist-writes';

/*
 * Keeps the timeline in step with what main really delivered. An update sent while offline goes out later, from
 * main's outbox, perhaps after a restart: main reports it, and whichever window listens records it (once, see
 * recordCommsSends). Both the checklist and the main window run this, so a send is noted even when one is closed.
 */
export function startCommsSendRecorder(
  db: SitrepDatabase,
  api: Pick<SitrepApi, 'listCommsSends' | 'onCommsSendsChanged'>,
  onError: (message: string) => void = () => undefined,
): () => void {
  let stopped = false;
  let chain: Promise<unknown> = Promise.resolve();
  const record = (sends: readonly CommsSendView[] | undefined) => {
    if (stopped || !sends?.some((s) => s.state === 'sent')) return;
    // One after another: two reports in quick succession must not race for the same checklist row.
    chain = chain.then(async () => {
      const author = (await readSettings(db)).userName;
      if (!author) return;
      await recordCommsSends(db, sends, author);
    }).catch((error: unknown) => onError(`A sent update could not be noted on the timeline: ${error instanceof Error ? error.message : String(error)}`));
  };
  const off = api.onCommsSendsChanged(record);
  void api.listCommsSends().then(record, () => undefined);
  return () => {
    stopped = true;
    off();
  };
}
