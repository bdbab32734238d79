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
