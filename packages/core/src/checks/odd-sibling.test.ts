import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';

const BRIEF = (state: string) =>
  `PCS 2703, ${state} open queue: post case reserves = adjuster estimate MINUS the AOP deductible. Report count and net total.`;

/** A planner briefs three desks alike; each posts its reserves with the basis given. */
const desks = (bases: Record<string, string>, briefs: Record<string, string> = {}) =>
  recordedFailure(async (tracer, clock) => {
    clock.advance(10);
    await tracer.turn('planner', async () => 'Plan sent to the three desks.', {
      input: [{ role: 'user', content: 'Set case reserves on every open claim, net of the AOP deductible.' }],
    });
    for (const [state, basis] of Object.entries(bases)) {
      const brief = briefs[state] ?? BRIEF(state);
      tracer.handoff({ from: 'planner', to: `desk_${state}`, content: brief });
      clock.advance(10);
      await tracer.turn(
        `desk_${state}`,
        async (turn) => {
          turn
            .startToolCall({ name: 'post_case_reserves', args: { queue: `${state}-OPEN`, basis } })
            .end({ result: 'posted=4' });
          return `${state}: 4 claims posted.`;
        },
        { input: [{ role: 'user', content: brief }] },
      );
    }
    // The event total goes out from every desk's posting.
    const report = Object.keys(bases)
      .map((state) => `${state}: 4 claims posted.`)
      .join('\n');
    for (const state of Object.keys(bases))
      tracer.handoff({ from: `desk_${state}`, to: 'reporter', content: `${state}: 4 claims posted.` });
    clock.advance(10);
    await tracer.turn('reporter', async () => `Event reserve by desk:\n${report}`, {
      input: [{ role: 'user', content: report }],
    });
  });

describe('a worker that sets what every worker briefed alongside it set otherwise', () => {
  it('misread the common brief', async () => {
    expect(await desks({ KY: 'net_of_deductible', TN: 'ground_up', GA: 'net_of_deductible' })).toBe(
      'misunderstood_task planner → desk_TN (desk_TN)',
    );
  });
  it('is nothing when all agree, or its own brief asks for its setting', async () => {
    expect(
      await desks({ KY: 'net_of_deductible', TN: 'net_of_deductible', GA: 'net_of_deductible' }),
    ).toBeNull();
    expect(
      await desks(
        { KY: 'net_of_deductible', TN: 'ground_up', GA: 'net_of_deductible' },
        { TN: 'PCS 2703, TN open queue: these policies carry no deductible, post reserves ground up.' },
      ),
    ).toBeNull();
  });
});
