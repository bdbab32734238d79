import type { TraceEvent } from '../model/events.ts';
import type { Store } from '../stores/store.ts';
import type { Diagnostic } from './tracer-options.ts';

export interface WriterStats {
  eventsWritten: number;
  eventsDropped: number;
  storeFailures: number;
}

const BATCH = 2_000;

/**
 * The queue between the recorder and the store. The hot path only pushes; batches go to the store
 * one at a time on a later tick. A failing store is retried with backoff for `retryForMs`, holding
 * at most `maxBuffered` events: when full, new events are dropped and counted (drop-newest keeps
 * the start of every workflow, which is what a reader needs to make sense of the rest).
 */
export class EventWriter {
  readonly stats: WriterStats = { eventsWritten: 0, eventsDropped: 0, storeFailures: 0 };
  private queue: TraceEvent[] = [];
  private draining: Promise<void> | undefined;
  private scheduled = false;
  private failingSince: number | undefined;
  private droppedSinceReport = 0;

  private readonly store: Store;
  private readonly options: { maxBuffered: number; retryForMs: number; diagnostic: (d: Diagnostic) => void };

  constructor(store: Store, options: EventWriter['options']) {
    this.store = store;
    this.options = options;
  }

  get buffered(): number {
    return this.queue.length;
  }

  push(event: TraceEvent): void {
    if (this.queue.length >= this.options.maxBuffered) {
      this.stats.eventsDropped++;
      if (this.droppedSinceReport++ === 0) {
        this.options.diagnostic({
          code: 'queue_full',
          message: `trace buffer full (${this.options.maxBuffered} events): dropping new events until the store catches up`,
        });
      }
      return;
    }
    this.queue.push(event);
    if (!this.scheduled && !this.draining) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        void this.drain();
      });
    }
  }

  /** Resolves once every event pushed so far reached the store or was given up on. */
  async flush(): Promise<void> {
    // Retry waits are unref'd so a failing store never keeps the host alive; an explicit flush does.
    const keepAlive = setInterval(() => {}, 1_000);
    try {
      while (this.queue.length > 0 || this.draining) {
        await this.drain();
      }
      await this.store.flush?.();
    } finally {
      clearInterval(keepAlive);
    }
  }

  flushSync(): void {
    this.store.flushSync?.();
    if (this.queue.length > 0 && this.store.appendSync) {
      const events = this.queue;
      this.queue = [];
      this.store.appendSync(events);
      this.stats.eventsWritten += events.length;
    }
  }

  private drain(): Promise<void> {
    this.draining ??= this.run().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async run(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, BATCH);
      try {
        await this.store.append(batch);
        this.queue.splice(0, batch.length);
        this.stats.eventsWritten += batch.length;
        if (this.failingSince !== undefined) {
          this.options.diagnostic({
            code: 'store_recovered',
            message: `store "${this.store.name}" is writing again`,
          });
        }
        this.failingSince = undefined;
        if (this.droppedSinceReport > 1) {
          this.options.diagnostic({
            code: 'queue_full',
            message: `${this.droppedSinceReport} events were dropped while the trace buffer was full`,
            events: this.droppedSinceReport,
          });
        }
        this.droppedSinceReport = 0;
      } catch (error) {
        this.stats.storeFailures++;
        const now = Date.now();
        this.failingSince ??= now;
        if (now - this.failingSince >= this.options.retryForMs) {
          const lost = this.queue.length;
          this.queue = [];
          this.stats.eventsDropped += lost;
          this.failingSince = undefined;
          this.options.diagnostic({
            code: 'store_failed',
            message: `store "${this.store.name}" kept failing for ${this.options.retryForMs} ms: dropped ${lost} events`,
            error,
            events: lost,
          });
          return;
        }
        if (this.stats.storeFailures === 1 || this.failingSince === now) {
          this.options.diagnostic({
            code: 'store_failed',
            message: `store "${this.store.name}" failed to write ${batch.length} events; retrying (${describe(error)})`,
            error,
            events: batch.length,
          });
        }
        const wait = Math.min(2_000, 50 * 2 ** Math.min(6, this.stats.storeFailures));
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(wait, this.options.retryForMs)).unref?.(),
        );
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
