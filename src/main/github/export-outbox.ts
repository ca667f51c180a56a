import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AnalysisExportSchema, type AnalysisExport, type OutboxItemView } from '../../shared/contract/github-schemas';
import { writeJsonFile } from '../json-file';
import { ExportError } from './github-errors';
import type { PublishSuccess } from './github-publisher';

/*
 * Exports waiting for the network. Kept in one JSON file (written to a temporary file and renamed, so a crash
 * never leaves half a file) that survives restarts. Sending is safe to repeat because publishing is idempotent,
 * so an item caught mid-send by a crash simply goes back to the queue.
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
/** Items are read one by one, so one damaged item does not throw the others away. */
const OutboxFileSchema = z.object({ version: z.union([z.literal(1), z.literal(2)]), items: z.array(z.unknown()) });

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
  private items: OutboxItem[] = [];
  private readonly file: string;
  private readonly now: () => number;
  private flushing: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: OutboxDeps) {
    this.file = join(deps.directory, 'export-outbox.json');
    this.now = deps.now ?? Date.now;
    this.load();
  }

  private load(): void {
    try {
      const parsed = OutboxFileSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (!parsed.success) return;
      const valid = parsed.data.items.flatMap((raw) => {
        const item = OutboxItemSchema.safeParse(upgradeItem(raw, this.deps.currentTarget));
        return item.success ? [item.data] : [];
      });
      // A send interrupted by a quit or crash is simply tried again.
      this.items = valid.map((i) => (i.state === 'sending' ? { ...i, state: 'queued' as const, nextAttemptAt: this.now() } : i));
    } catch {
      this.items = [];
    }
  }

  private save(): void {
    writeJsonFile(this.file, { version: 2, items: this.items });
    this.deps.onChange?.(this.list());
  }

  list(): OutboxItemView[] {
    return this.items.map((i) => ({
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
    this.items = this.items.filter((i) => !(i.incidentId === exp.incidentId && (i.state === 'queued' || i.state === 'failed')));
    const item: OutboxItem = {
      id: randomUUID(),
      incidentId: exp.incidentId,
      title: exp.title,
      export: exp,
      target,
      state: 'queued',
      attempts: 0,
      createdAt: this.now(),
      nextAttemptAt: this.now(),
      pullRequestUrl: null,
      error: reason,
    };
    this.items.push(item);
    this.save();
    return this.list().find((i) => i.id === item.id)!;
  }

  retry(id: string): boolean {
    const item = this.items.find((i) => i.id === id);
    if (!item || item.state === 'sending' || item.state === 'done' || !item.export) return false;
    Object.assign(item, { state: 'queued', nextAttemptAt: this.now(), error: null });
    this.save();
    return true;
  }

  private backoff(attempts: number): number {
    const base = this.deps.baseBackoffMs ?? 5_000;
    return Math.min(base * 2 ** Math.max(0, attempts - 1), this.deps.maxBackoffMs ?? 10 * 60_000);
  }

  /** Sends every item that is due, one at a time. Concurrent calls share one run. */
  flush(): Promise<void> {
    this.flushing ??= this.sendDue().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendDue(): Promise<void> {
    for (const item of this.items) {
      if (item.state !== 'queued' || (item.nextAttemptAt ?? 0) > this.now()) continue;
      const exp = item.export;
      if (!exp) continue;
      item.state = 'sending';
      item.attempts++;
      this.save();
      const result = await this.deps.send(exp, item.target).catch(
        (err: unknown): SendResult => ({ ok: false, error: err instanceof ExportError ? err : new ExportError('unknown', String(err)) }),
      );
      if (result.ok) {
        Object.assign(item, { state: 'done', export: null, pullRequestUrl: result.pullRequestUrl, error: null, nextAttemptAt: null });
      } else if (TRANSIENT.has(result.error.code)) {
        const at = result.error.retryAt ?? this.now() + this.backoff(item.attempts);
        Object.assign(item, { state: 'queued', error: result.error.message, nextAttemptAt: at });
      } else {
        Object.assign(item, { state: 'failed', error: result.error.message, nextAttemptAt: null });
      }
      this.save();
    }
  }

  /** The earliest moment a queued item is due, or null. */
  nextDue(): number | null {
    const due = this.items.filter((i) => i.state === 'queued').map((i) => i.nextAttemptAt ?? 0);
    return due.length > 0 ? Math.min(...due) : null;
  }

  /** Keeps sending in the background: wakes at the next due time (and whenever `nudge` says the network is back). */
  start(): void {
    this.schedule();
  }

  nudge(): void {
    for (const i of this.items) if (i.state === 'queued') i.nextAttemptAt = Math.min(i.nextAttemptAt ?? 0, this.now());
    void this.flush().then(() => this.schedule());
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const due = this.nextDue();
    if (due === null) return;
    this.timer = setTimeout(() => void this.flush().then(() => this.schedule()), Math.max(0, due - this.now()));
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
