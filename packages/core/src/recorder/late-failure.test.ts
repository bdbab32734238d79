import { describe, expect, it } from 'vitest';
import { memoryStore } from '../stores/memory-store.ts';
import { expectWellFormedTrace } from '../testing/expect-well-formed-trace.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { createTracer } from './create-tracer.ts';

describe('turn.fail', () => {
  it('marks an answered turn failed once, keeping its answer and the time it answered', async () => {
    const store = memoryStore();
    const clock = manualClock();
    const tracer = createTracer({ store, clock, flushOnExit: false });
    const workflow = tracer.startWorkflow('plan');
    const turn = workflow.startTurn({ agent: 'planner' });
    clock.advance(100);
    turn.end({ output: 'Water the beds 900 minutes a day.' });
    const answeredAt = clock.now();
    clock.advance(50);
    turn.fail(new RangeError('watering time out of range'));
    turn.fail(new Error('reported twice'));
    workflow.end({ error: new RangeError('watering time out of range') });
    await tracer.flush();
    const [trace] = store.traces();
    expectWellFormedTrace(trace!);
    expect(trace?.turns[0]).toMatchObject({
      status: 'error',
      endedAt: answeredAt,
      output: 'Water the beds 900 minutes a day.',
      errors: [{ name: 'RangeError', message: 'watering time out of range', source: 'turn' }],
    });
  });

  it('ends a running turn with the error', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const workflow = tracer.startWorkflow('plan');
    workflow.startTurn({ agent: 'planner' }).fail(new Error('boom'));
    workflow.end();
    await tracer.flush();
    expect(store.traces()[0]?.turns[0]).toMatchObject({ status: 'error', errors: [{ message: 'boom' }] });
  });
});
