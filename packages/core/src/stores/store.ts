import type { TraceEvent } from '../model/events.ts';

/**
 * Where recorded events go. The recorder calls `append` off the hot path with batches of events that
 * are already JSON-safe and redacted. A store may be sync or async and may throw: the recorder
 * contains the error, reports a diagnostic and retries within its buffer limit.
 */
export interface Store {
  readonly name: string;
  append(events: readonly TraceEvent[]): void | Promise<void>;
  /** Resolves once everything appended so far is durable. */
  flush?(): Promise<void>;
  /** Last-chance synchronous write of an in-flight batch at process exit; never called on the hot path. */
  flushSync?(): void;
  /** Synchronous write of events the recorder still holds at process exit. */
  appendSync?(events: readonly TraceEvent[]): void;
  close?(): Promise<void>;
}
