import { describe, expect, it } from 'vitest';
import { foldTraces } from '../model/trace-builder.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { createTracer } from './create-tracer.ts';

describe('handoff markers', () => {
  it('keeps the inferred flag and the routing marker from the recorder through the stored events', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await tracer.workflow('markers', async () => {
      await tracer.turn('router', async () => '{"category":"refund"}');
      tracer.handoff({ from: 'router', to: 'refunds', content: 'refund', metadata: { routing: true } });
      tracer.handoff({ from: 'router', to: 'refunds', content: 'refund', inferred: true });
      await tracer.turn('refunds', async () => 'Refund issued.');
    });
    await tracer.flush();
    const [trace] = foldTraces(store.events);
    expect(trace?.handoffs.map((h) => [h.inferred, h.metadata.routing])).toEqual([
      [undefined, true],
      [true, undefined],
    ]);
  });
});
