import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';

const REQUEST =
  'From 1 July the waste fee changes; the February note says 36.00 zł per person a month. Check it in the resolution and prepare the notices.';
const CHECKED =
  'Resolution LXI/1187/2027 applies from 1 July: **39.50 zł per person a month** (79.00 zł without sorting). The 36.00 zł came from the draft.';

/** The analyst reports back to the coordinator, who then briefs the notice writer. */
async function run(brief: string, reported = CHECKED, request = REQUEST) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('fee', async () => {
    await tracer.turn('analyst', async () => reported, { input: [{ role: 'user', content: request }] });
    tracer.handoff({ from: 'analyst', to: 'coordinator', content: reported, kind: 'return' });
    clock.advance(1_000);
    await tracer.turn('coordinator', async () => brief, {
      input: [
        { role: 'user', content: request },
        { role: 'user', content: reported },
      ],
    });
    tracer.handoff({ from: 'coordinator', to: 'notices', content: brief });
    clock.advance(1_000);
    return tracer.turn('notices', async () => 'Notices generated.', {
      input: [{ role: 'user', content: brief }],
    });
  });
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

describe('a figure the request asks to have checked', () => {
  it('is stale context where the sender shown the check briefs the request’s figure', async () => {
    const analysis = await run('Generate the fee notices from 1 July: 36.00 zł per person a month.');
    expect(analysis.failure).toMatchObject({
      kind: 'stale_context',
      boundary: { from: 'coordinator', to: 'notices' },
      agent: 'coordinator',
    });
  });
  it('is quiet where the brief gives the checked figure, or the check confirmed the request’s', async () => {
    const kept = await run('Generate the fee notices from 1 July: 39.50 zł per person a month.');
    expect(kept.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    // A check of another thing in the same unit (the ceiling an invoice must fit under), not the figure asked.
    const ceiling = await run(
      'Generate the fee notices from 1 July: 36.00 zł per person a month.',
      'The budget line for the notices has **41 200.00 zł** left this year.',
    );
    expect(ceiling.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    // A request that checks something else ("confirm the roof survey"), not its figure.
    const other = await run(
      'Generate the fee notices from 1 July: 36.00 zł per person a month.',
      CHECKED,
      'From 1 July the waste fee is 36.00 zł per person a month. Print the notices on the new letterhead. Confirm the courier is booked.',
    );
    expect(other.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    const confirmed = await run(
      'Generate the fee notices from 1 July: 36.00 zł per person a month.',
      'Resolution LXI/1187/2027 confirms **36.00 zł per person a month** from 1 July (79.00 zł without sorting).',
    );
    expect(confirmed.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});
