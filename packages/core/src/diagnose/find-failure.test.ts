import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/trace.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { locateFailure } from './find-failure.ts';
import { indexTrace } from './trace-index.ts';

/** A sender briefs a receiver that answers; the findings are given, so only their ranking is tested. */
async function briefed() {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('lift', async () => {
    await tracer.turn('lift_planner', async () => 'Crane C2: SWL now 8.0 t, not 9.5 any more (boom repair).');
    clock.advance(5);
    tracer.handoff({
      from: 'lift_planner',
      to: 'rigging_lead',
      content: 'Plan the 8.6 t lift with C2; SWL now 8.0 t, not 9.5 any more (boom repair). Max radius 14 m.',
    });
    clock.advance(5);
    return tracer.turn(
      'rigging_lead',
      async () => 'Lift planned: 8.6 t at 16 m radius, within the 9.5 t SWL.',
    );
  });
  await tracer.flush();
  const index = indexTrace(store.traces()[0]!);
  const handoff = index.trace.handoffs[0]!;
  const boundary = { from: 'lift_planner', to: 'rigging_lead' };
  const misread: Finding = {
    id: 'm',
    kind: 'misunderstood_task',
    severity: 'error',
    boundary,
    handoffId: handoff.id,
    summary: 'constraint "Max radius 14 m" changed',
    evidence: [],
  };
  const staleAt = (turnId: string | undefined, on = boundary): Finding => ({
    id: 's',
    kind: 'stale_context',
    severity: 'error',
    boundary: on,
    handoffId: handoff.id,
    turnId,
    summary: 'used 9.5 t, superseded by 8.0 t',
    evidence: [],
  });
  return { index, handoff, misread, staleAt };
}

describe('locateFailure: a stale read and a misread task on one boundary', () => {
  it('names the stale read when the receiver worked from the value its sender had corrected', async () => {
    const { index, handoff, misread, staleAt } = await briefed();
    expect(locateFailure(index, [misread, staleAt(handoff.toTurnId)])?.kind).toBe('stale_context');
  });
  it('keeps the misread task, sent first, when the stale read is on another boundary', async () => {
    const { index, handoff, misread, staleAt } = await briefed();
    expect(locateFailure(index, [misread])?.kind).toBe('misunderstood_task');
    const elsewhere = staleAt(handoff.toTurnId, { from: 'crane_desk', to: 'rigging_lead' });
    expect(locateFailure(index, [misread, elsewhere])?.kind).toBe('misunderstood_task');
  });
});

describe('locateFailure: two stale reads in one millisecond', () => {
  it("names the worker whose stale result the coordinator's final repeated, whatever the listing order", async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
    await tracer.workflow('outage', async () => {
      await tracer.turn('coordinator', async () => 'Plan the switching for feeder 11.');
      tracer.handoff({ from: 'coordinator', to: 'planner', content: 'Plan the switching for feeder 11.' });
      const plan = await tracer.turn('planner', async () => 'Open AB-114, then earth at pole 32.');
      tracer.handoff({ from: 'planner', to: 'coordinator', content: plan });
      return tracer.turn('coordinator', async () => `Schedule: ${plan}`, {
        input: [{ role: 'user', content: plan }],
      });
    });
    await tracer.flush();
    const index = indexTrace(store.traces()[0]!);
    const [, planner, final] = index.trace.turns;
    const stale = (id: string, turnId: string, from: string, to: string): Finding => ({
      id,
      kind: 'stale_context',
      severity: 'error',
      boundary: { from, to },
      turnId,
      summary: 'used AB-114 after it was said to be out of use',
      evidence: [],
    });
    const atFinal = stale('f', final!.id, 'planner', 'coordinator');
    const atPlanner = stale('p', planner!.id, 'coordinator', 'planner');
    expect(locateFailure(index, [atFinal, atPlanner])?.agent).toBe('planner');
    expect(locateFailure(index, [atPlanner, atFinal])?.agent).toBe('planner');
  });
});
