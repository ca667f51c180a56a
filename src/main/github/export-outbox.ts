import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AnalysisExportSchema, type AnalysisExport, type OutboxItemView } from '../../shared/contract/github-schemas';
import { DurableOutbox } from '../durable-outbox';
import { ExportError } from './github-errors';
import type { PublishSuccess } from './github-publisher';

/*
 * Exports waiting for the network, in a durable outbox (../durable-outbox.ts) that survives restarts.
 * Each item is bound to the repository, API address and folder it was queued for: a settings change later
 * does not send a confidential analysis somewhere else, nor make a queued document fail the folder check. A sent item keeps its title and link, not its bytes.
 */
export const OutboxTargetSchema = z.object({ repository: z.string(), apiBaseUrl: z.string(), folder: z.string() });
export type OutboxTarget = z.infer<typeof OutboxTargetSchema>;

const OutboxItemSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  title: z.string(),
  /** Null once sent: nothing confidential is kept longer than needed. */
  export: AnalysisExportSchema.nullable(),
  target: OutboxTargetSchema,
  state: z.enum(['queued', 'sending', 'done', 'failed']),
  attempts: z.number().int(),
  createdAt: z.number(),
  nextAttemptAt: z.number().nullable(),
  pullRequestUrl: z.string().nullable(),
  error: z.string().nullable(),
});
type OutboxItem = z.infer<typeof OutboxItemSchema>;

/** Version 1 items had no target and no separate title: they are bound to the settings at the time of reading. */
function upgradeItem(raw: unknown, target: () => OutboxTarget): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const item = raw as Record<string, unknown> & { export?: { incidentId?: unknown; title?: unknown } };
  return {
    incidentId: item.export?.incidentId,
    title: item.export?.title,
    target: target(),
    ...item,
  };
}

export type SendResult = { ok: true; pullRequestUrl: string; result?: PublishSuccess } | { ok: false; error: ExportError };

export interface OutboxDeps {
  directory: string;
  send: (exp: AnalysisExport, target: OutboxTarget) => Promise<SendResult>;
  /** Where an export goes when queued now: the repository and API address in the settings. */
  currentTarget: () => OutboxTarget;
  now?: () => number;
  onChange?: (items: OutboxItemView[]) => void;
  /** First wait after a failed attempt; doubles each time up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

/** Failures worth trying again by themselves; the rest wait for the user to fix something and press retry. */
const TRANSIENT = new Set(['offline', 'rate-limited', 'server-error', 'conflict']);

export class ExportOutbox {
  private readonly queue: DurableOutbox<OutboxItem>;

  constructor(private readonly deps: OutboxDeps) {
    this.queue = new DurableOutbox<OutboxItem>({
      file: join(deps.directory, 'export-outbox.json'),
      version: 2,
      itemSchema: OutboxItemSchema,
      upgrade: (raw) => upgradeItem(raw, deps.currentTarget),
      // Sending is safe to repeat (publishing is idempotent), so an item caught mid-send simply goes back to the queue.
      attempt: (item) => this.attempt(item),
      onChange: () => deps.onChange?.(this.list()),
      now: deps.now,
      baseBackoffMs: deps.baseBackoffMs,
      maxBackoffMs: deps.maxBackoffMs,
    });
  }

  private get now(): number {
    return this.queue.now();
  }

  list(): OutboxItemView[] {
    return this.queue.items.map((i) => ({
      id: i.id,
      incidentId: i.incidentId,
      title: i.title,
      state: i.state,
      attempts: i.attempts,
      createdAt: i.createdAt,
      nextAttemptAt: i.nextAttemptAt,
      pullRequestUrl: i.pullRequestUrl,
      error: i.error,
    }));
  }

  /** Queues an export; a newer export of the same incident replaces one still waiting (it holds the latest text). */
  enqueue(exp: AnalysisExport, reason: string | null = null, target: OutboxTarget = this.deps.currentTarget()): OutboxItemView {
    this.queue.items = this.queue.items.filter((i) => !(i.incidentId === exp.incidentId && (i.state === 'queued' || i.state === 'failed')));
    const item: OutboxItem = {
      id: randomUUID(),
      incidentId: exp.incidentId,
      title: exp.title,
      export: exp,
      target,
      state: 'queued',
      attempts: 0,
      createdAt: this.now,
      nextAttemptAt: this.now,
      pullRequestUrl: null,
      error: reason,
    };
    this.queue.items.push(item);
    this.queue.save();
    return this.list().find((i) => i.id === item.id)!;
  }

  retry(id: string): boolean {
    const item = this.queue.items.find((i) => i.id === id);
    if (!item || item.state === 'sending' || item.state === 'done' || !item.export) return false;
    Object.assign(item, { state: 'queued', nextAttemptAt: this.now, error: null });
    this.queue.save();
    return true;
  }

  private async attempt(item: OutboxItem): Promise<Partial<OutboxItem>> {
    if (!item.export) return { state: 'done' };
    const result = await this.deps.send(item.export, item.target).catch(
      (err: unknown): SendResult => ({ ok: false, error: err instanceof ExportError ? err : new ExportError('unknown', String(err)) }),
    );
    if (result.ok) return { state: 'done', export: null, pullRequestUrl: result.pullRequestUrl, error: null, nextAttemptAt: null };
    if (TRANSIENT.has(result.error.code)) {
      return { state: 'queued', error: result.error.message, nextAttemptAt: result.error.retryAt ?? this.now + this.queue.backoff(item.attempts) };
    }
    return { state: 'failed', error: result.error.message, nextAttemptAt: null };
  }

  /** Sends every item that is due, one at a time. Concurrent calls share one run. */
  flush = (): Promise<void> => this.queue.flush();
  /** The earliest moment a queued item is due, or null. */
  nextDue = (): number | null => this.queue.nextDue();
  /** Keeps sending in the background: wakes at the next due time (and whenever `nudge` says the network is back). */
  start = (): void => this.queue.start();
  nudge = (): void => this.queue.nudge();
  stop = (): void => this.queue.stop();
}
