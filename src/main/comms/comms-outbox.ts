import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  CommsDestinationSchema,
  CommsSendKindSchema,
  CommsSendStateSchema,
  StatuspageStatusSchema,
  type CommsSendView,
} from '../../shared/contract/comms-schemas';
import { DurableOutbox } from '../durable-outbox';
import type { SendOutcome } from './send-outcome';

/*
 * Comms updates on their way out, in a durable outbox (../durable-outbox.ts): what the lead sent while offline
 * goes out when the network is back, after a restart too. Each item is bound to where it was meant to go when
 * queued (the Statuspage page, a fingerprint of the Slack webhook): changing settings later does not send an
 * update somewhere else. The text is kept after sending (it is public by then) so the timeline can record it.
 */
const ItemSchema = z.object({
  id: z.string().max(64),
  incidentId: z.string().max(64),
  destination: CommsDestinationSchema,
  kind: CommsSendKindSchema,
  title: z.string().max(255),
  /** The Statuspage status; null for a Slack-only send such as a handover brief. */
  status: StatuspageStatusSchema.nullable(),
  text: z.string().max(25_000),
  statuspage: z.object({ apiBaseUrl: z.string(), pageId: z.string() }).nullable(),
  webhookFingerprint: z.string().nullable(),
  state: CommsSendStateSchema,
  attempts: z.number().int(),
  createdAt: z.number(),
  nextAttemptAt: z.number().nullable(),
  sentAt: z.number().nullable(),
  where: z.string(),
  error: z.string().nullable(),
  /** A write of an earlier attempt may have landed: look before writing again. */
  uncertain: z.boolean(),
});
export type CommsItem = z.infer<typeof ItemSchema>;
export type NewCommsItem = Pick<CommsItem, 'incidentId' | 'destination' | 'kind' | 'title' | 'status' | 'text' | 'statuspage' | 'webhookFingerprint' | 'where'>;

/** Finished sends kept for the list and the timeline; older ones are dropped. */
const KEEP_FINISHED = 100;

export interface CommsOutboxDeps {
  directory: string;
  /** One attempt at an item: main's senders, with the credentials of now. */
  send: (item: CommsItem) => Promise<SendOutcome>;
  onChange?: (items: CommsSendView[]) => void;
  now?: () => number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

export class CommsOutbox {
  private readonly queue: DurableOutbox<CommsItem>;

  constructor(private readonly deps: CommsOutboxDeps) {
    this.queue = new DurableOutbox<CommsItem>({
      file: join(deps.directory, 'comms-outbox.json'),
      version: 1,
      itemSchema: ItemSchema,
      attempt: (item) => this.attempt(item),
      // A quit in the middle of a send: the request may have left. Statuspage is read before the next write;
      // a Slack post is not repeated unasked.
      interrupted: (item, now) =>
        item.destination === 'slack'
          ? { ...item, state: 'unknown', error: 'Sitrep closed while this message was being sent to Slack. Look in the channel; if it is not there, choose Send again.' }
          : { ...item, state: 'queued', nextAttemptAt: now, uncertain: true },
      onChange: () => deps.onChange?.(this.list()),
      now: deps.now,
      baseBackoffMs: deps.baseBackoffMs,
      maxBackoffMs: deps.maxBackoffMs ?? 60_000,
    });
  }

  private get now(): number {
    return this.queue.now();
  }

  list(): CommsSendView[] {
    return this.queue.items.map((i) => ({
      id: i.id,
      incidentId: i.incidentId,
      destination: i.destination,
      kind: i.kind,
      text: i.text,
      state: i.state,
      attempts: i.attempts,
      createdAt: i.createdAt,
      sentAt: i.sentAt,
      where: i.where,
      error: i.error,
    }));
  }

  /**
   * Queues sends. An update still waiting for the same incident, destination and kind is replaced: it never
   * left, and the newer text is what people should read (a waiting brief does not replace a waiting update).
   */
  enqueue(items: NewCommsItem[]): string[] {
    const ids: string[] = [];
    for (const input of items) {
      this.queue.items = this.queue.items.filter((i) => !(i.incidentId === input.incidentId && i.destination === input.destination && i.kind === input.kind && i.state === 'queued' && !i.uncertain));
      const item: CommsItem = { ...input, id: randomUUID(), state: 'queued', attempts: 0, createdAt: this.now, nextAttemptAt: this.now, sentAt: null, error: null, uncertain: false };
      this.queue.items.push(item);
      ids.push(item.id);
    }
    const finished = this.queue.items.filter((i) => i.state === 'sent');
    if (finished.length > KEEP_FINISHED) {
      const drop = new Set(finished.slice(0, finished.length - KEEP_FINISHED).map((i) => i.id));
      this.queue.items = this.queue.items.filter((i) => !drop.has(i.id));
    }
    this.queue.save();
    return ids;
  }

  /** A failed send, or one whose outcome is unknown once the lead has seen it did not arrive: queue it again. */
  retry(id: string): boolean {
    const item = this.queue.items.find((i) => i.id === id);
    if (!item || (item.state !== 'failed' && item.state !== 'unknown')) return false;
    Object.assign(item, { state: 'queued', nextAttemptAt: this.now, error: null });
    this.queue.save();
    return true;
  }

  private async attempt(item: CommsItem): Promise<Partial<CommsItem>> {
    const outcome = await this.deps.send(item);
    if (outcome.ok) return { state: 'sent', sentAt: outcome.sentAt, where: outcome.where, error: null, nextAttemptAt: null, uncertain: false };
    if (outcome.retry === 'auto') {
      return {
        state: 'queued',
        error: outcome.message,
        uncertain: item.uncertain || outcome.uncertain,
        nextAttemptAt: outcome.retryAt ?? this.now + this.queue.backoff(item.attempts),
      };
    }
    return { state: outcome.retry === 'unknown' ? 'unknown' : 'failed', error: outcome.message, nextAttemptAt: null };
  }

  /**
   * Sends what is due; resolves once the items given have had their first attempt (a run already under way may
   * have passed them by, hence another round). Failed ones wait for their backoff.
   */
  async flush(ids: readonly string[] = []): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await this.queue.flush();
      const waiting = this.queue.items.some((i) => ids.includes(i.id) && i.state === 'queued' && i.attempts === 0);
      if (!waiting) return;
    }
  }

  start = (): void => this.queue.start();
  nudge = (): void => this.queue.nudge();
  stop = (): void => this.queue.stop();
  nextDue = (): number | null => this.queue.nextDue();
}
