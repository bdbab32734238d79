import { describe, expect, it } from 'vitest';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { failureSummary } from '../testing/failure-summary.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { pipelineTopology } from '../topology/pipeline-topology.ts';
import { analyze } from './analyze.ts';

// A program that throws on the second agent's answer, with the two turns ending in the same
// millisecond (fast models, coarse timestamps): the run ended at the second turn, not the first.
async function crashAfterSecond(readerTakesMs: number) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer
    .workflow(
      'invoices',
      async () => {
        const text = await tracer.turn('mail_reader', async () => {
          clock.advance(readerTakesMs);
          return 'Invoice RE-0419, total 1.213,80 EUR.';
        });
        tracer.handoff({ from: 'mail_reader', to: 'extractor', content: text });
        const fields = await tracer.turn('extractor', async () => 'Sure! The total is 1,213.80 EUR.');
        JSON.parse(fields);
      },
      { topology: pipelineTopology(['mail_reader', 'extractor', 'booker']) },
    )
    .catch(() => undefined);
  await tracer.shutdown();
  return store.traces()[0]!;
}

describe('the turn a failed run ended at', () => {
  it.each([0, 1, 40])(
    'is the last turn in trace order when end times tie (reader takes %i ms)',
    async (ms) => {
      const { failure } = await analyze(await crashAfterSecond(ms));
      expect(failureSummary(failure)).toBe('agent_error extractor → booker (extractor)');
    },
  );
});

// A lead runs its planner as a tool; the planner's work-order tool fails and the planner answers
// with the error, which the lead relays: every turn in one millisecond. The planner, inside the
// lead's turn, ended first.
async function relayedToolError() {
  const store = memoryStore();
  const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
  const error = 'Error 422: asset P3-2 is locked by an open lockout/tagout permit LOTO-5517';
  await tracer.workflow('press-repair', () =>
    tracer.turn('maintenance_lead', async (lead) => {
      const call = lead.startToolCall({
        name: 'maintenance_planner',
        args: { task: 'Work order for press 3.2' },
      });
      tracer.handoff({
        from: 'maintenance_lead',
        to: 'maintenance_planner',
        content: 'Work order for press 3.2',
      });
      const answer = await tracer.turn('maintenance_planner', async (planner) => {
        planner
          .startToolCall({ name: 'create_work_order', args: { asset: 'P3-2' } })
          .end({ result: { error } });
        return error;
      });
      call.end({ result: answer });
      tracer.handoff({ from: 'maintenance_lead', to: 'shift_supervisor', content: `Work order: ${answer}` });
      return `Work order: ${answer}`;
    }),
  );
  await tracer.shutdown();
  return store.traces()[0]!;
}

describe('faults in the same millisecond', () => {
  it('come first from the turn nested in the other', async () => {
    const { failure } = await analyze(await relayedToolError());
    expect(failure?.agent).toBe('maintenance_planner');
  });
});
