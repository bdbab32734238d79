import { analyze } from '../diagnose/analyze.ts';
import { createTracer, type Tracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { failureSummary } from './failure-summary.ts';
import { type ManualClock, manualClock } from './manual-clock.ts';

/** Records one workflow on a manual clock and returns its root cause as `kind from → to (agent)`, or null. */
export async function recordedFailure(
  script: (tracer: Tracer, clock: ManualClock) => Promise<unknown>,
): Promise<string | null> {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('case', () => script(tracer, clock));
  await tracer.shutdown();
  return failureSummary((await analyze(store.traces()[0]!)).failure);
}
