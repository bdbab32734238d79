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

/**
 * A task handed from `from` to `to`, whose turn makes `calls` (each ended with its result) and
 * answers `answer`: the root cause as `recordedFailure` gives it.
 */
export function receivedTaskFailure(
  [from, to]: [string, string],
  task: string,
  calls: readonly { name: string; args: Record<string, unknown>; result: string }[],
  answer: string,
): Promise<string | null> {
  return recordedFailure(async (tracer, clock) => {
    tracer.handoff({ from, to, content: task });
    clock.advance(10);
    return tracer.turn(
      to,
      async (turn) => {
        for (const { result, ...call } of calls) turn.startToolCall(call).end({ result });
        return answer;
      },
      { input: [{ role: 'user', content: task }] },
    );
  });
}
