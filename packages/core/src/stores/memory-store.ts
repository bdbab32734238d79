import type { TraceEvent } from '../model/events.ts';
import type { Trace } from '../model/trace.ts';
import { foldTraces } from '../model/trace-builder.ts';
import type { Store } from './store.ts';

export interface MemoryStore extends Store {
  readonly events: TraceEvent[];
  /** Every workflow seen so far, folded. */
  traces(): Trace[];
  getTrace(workflowId: string): Trace | undefined;
  clear(): void;
}

/** Keeps events in memory: for tests, and for programs that analyse their own runs. */
export function memoryStore(): MemoryStore {
  const events: TraceEvent[] = [];
  return {
    name: 'memory',
    events,
    append(batch) {
      for (const event of batch) events.push(event);
    },
    async flush() {},
    traces: () => foldTraces(events),
    getTrace: (workflowId) => foldTraces(events.filter((event) => event.workflowId === workflowId))[0],
    clear: () => {
      events.length = 0;
    },
  };
}
