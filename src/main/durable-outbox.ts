import type { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

/*
 * Work that must reach a server and may have to wait for the network: kept in one JSON file (written to a
 * temporary file and renamed, so a crash never leaves half a file) that survives restarts, tried one item at a
 * time, with a doubling wait after each failure. What an attempt means (and whether repeating it is safe) is the
 * owner's: it decides each item's next state. The GitHub export and the comms sends both queue through here.
 */
export interface DurableItem {
  id: string;
  state: string;
  attempts: number;
  nextAttemptAt: number | null;
}

export interface DurableOutboxOptions<I extends DurableItem> {
  file: string;
  version: number;
  /** Items are read one by one, so one damaged item does not throw the others away. */
  itemSchema: z.ZodType<I>;
  /** Brings an item of an older file version up to date before it is parsed. */
  upgrade?: (raw: unknown) => unknown;
  /**
   * One attempt at an item (already marked 'sending', attempts counted and saved). Returns the fields to change;
   * a thrown error is the owner's bug and leaves the item queued for the next run.
   */
  attempt: (item: I) => Promise<Partial<I>>;
  /** An item left 'sending' by a quit or crash: what it becomes on the next start (default: queued again). */
  interrupted?: (item: I, now: number) => I;
  onChange?: (items: readonly I[]) => void;
  now?: () => number;
  /** First wait after a failed attempt; doubles each time up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

export class DurableOutbox<I extends DurableItem> {
  items: I[] = [];
  readonly now: () => number;
  private flushing: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: DurableOutboxOptions<I>) {
    this.now = options.now ?? Date.now;
    this.load();
  }

  private load(): void {
    const raw = readJsonFile(this.options.file) as { items?: unknown } | null;
    const items = Array.isArray(raw?.items) ? raw.items : [];
    const interrupted = this.options.interrupted ?? ((item: I, now: number) => ({ ...item, state: 'queued', nextAttemptAt: now }));
    this.items = items.flatMap((entry) => {
      const parsed = this.options.itemSchema.safeParse(this.options.upgrade ? this.options.upgrade(entry) : entry);
      if (!parsed.success) return [];
      return [parsed.data.state === 'sending' ? interrupted(parsed.data, this.now()) : parsed.data];
    });
  }

  save(): void {
    writeJsonFile(this.options.file, { version: this.options.version, items: this.items });
    this.options.onChange?.(this.items);
  }

  /** The wait before the next attempt after `attempts` failed ones. */
  backoff(attempts: number): number {
    const base = this.options.baseBackoffMs ?? 5_000;
    return Math.min(base * 2 ** Math.max(0, attempts - 1), this.options.maxBackoffMs ?? 10 * 60_000);
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
      item.state = 'sending';
      item.attempts++;
      this.save();
      const change = await this.options.attempt(item).catch((): Partial<I> => ({ state: 'queued', nextAttemptAt: this.now() + this.backoff(item.attempts) }) as Partial<I>);
      Object.assign(item, change);
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
