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
