import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';

const REQUEST =
  'Case CS-27-04418 (total hip, left) is booked in OR 7 on Tuesday 16 March 2027 at 07:30. Have SPD stage the case cart.';
const CHECKED =
  'CS-27-04418 confirmed, revision 2: OR 7, start Tue 16 Mar 2027, 10:15. The booking office moved the case on 12 March; the 07:30 slot is revision 1.';

async function run(answer: string, checked = CHECKED) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('case', async () => {
    await tracer.turn('checker', async () => checked, { input: [{ role: 'user', content: REQUEST }] });
    tracer.handoff({ from: 'checker', to: 'picker', content: checked });
    clock.advance(1_000);
    return tracer.turn('picker', async () => answer, { input: [{ role: 'user', content: checked }] });
  });
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

describe('a time the request set that a message says was moved', () => {
  it('is stale context where the receiver works to the old time', async () => {
    const analysis = await run(
      'Cart CC-0718 staged: delivery to OR 7 at 06:45, 45 min ahead of the 07:30 start.',
    );
    expect(analysis.failure).toMatchObject({
      kind: 'stale_context',
      boundary: { from: 'checker', to: 'picker' },
      agent: 'picker',
    });
  });
  it('is quiet where the receiver works to the new time, names both, or the message moved nothing', async () => {
    for (const answer of [
      'Cart CC-0718 staged: delivery to OR 7 at 09:30, 45 min ahead of the 10:15 start.',
      'Cart CC-0718 staged for 10:15 (moved from 07:30).',
    ]) {
      const analysis = await run(answer);
      expect(analysis.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    }
    const kept = await run(
      'Cart CC-0718 staged for the 07:30 start.',
      'CS-27-04418 confirmed: OR 7, Tue 16 Mar 2027, 07:30. The rep arrives at 06:30.',
    );
    expect(kept.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
  it('reads the new time the message marks among several', async () => {
    const moved =
      'CS-27-04418 is now **10:15** Tue 16 Mar 2027 (moved from 07:30: surgeon delayed until 09:40). Stage the cart for 10:15, porter 09:50–10:05.';
    const stale = await run('Cart CC-0718 staged: delivery to OR 7 at 06:45 for the 07:30 start.', moved);
    expect(stale.failure).toMatchObject({ kind: 'stale_context', agent: 'picker' });
    const fresh = await run('Cart CC-0718 staged: delivery to OR 7 at 09:30 for the 10:15 start.', moved);
    expect(fresh.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
    // Several times and none marked as the new one: which one it moved to is not said.
    const unmarked = await run(
      'Cart CC-0718 staged: delivery to OR 7 at 06:45 for the 07:30 start.',
      'CS-27-04418 moved, Tue 16 Mar 2027: surgeon 09:40, porter 09:50, start 10:15.',
    );
    expect(unmarked.findings.filter((f) => f.kind === 'stale_context')).toEqual([]);
  });
});
