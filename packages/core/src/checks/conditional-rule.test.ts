import { describe, expect, it } from 'vitest';
import { recordedFailure } from '../testing/recorded-failure.ts';
import { conditionalRuleMissed } from './conditional-rule.ts';

const TASK =
  'Assign pit + bin for the 3 loads. Anything over 14.5% moisture goes down pit 2 to the dryer leg (DRY-1) first, NOT to a storage bin.';
const SHOWN =
  'T-2281 13.2% / FM 0.8, 912 bu. T-2284 16.1% / FM 1.1, 1,004 bu. T-2290 12.9% / FM 2.4, 887 bu.';

describe('a routing rule with a threshold', () => {
  it('is missed when a record over it is sent where the rule does not send it', () => {
    const lines = '- T-2281 | pit 1 | bin 5\n- T-2284 | pit 1 | bin 7\n- T-2290 | pit 1 | bin 5';
    expect(conditionalRuleMissed(TASK, SHOWN, lines)).toMatchObject({ record: 'T-2284', value: 16.1 });
  });
  it('is kept when that record goes where the rule says, and is nothing for records under it', () => {
    const lines = '- T-2281 | pit 1 | bin 5\n- T-2284 | pit 2 → DRY-1, then bin 7\n- T-2290 | pit 1 | bin 5';
    expect(conditionalRuleMissed(TASK, SHOWN, lines)).toBeUndefined();
    expect(conditionalRuleMissed(TASK, SHOWN, '- T-2281 | pit 1 | bin 5')).toBeUndefined();
    // A value the receiver was never shown cannot be held against it.
    expect(conditionalRuleMissed(TASK, 'Loads are in.', '- T-2284 | pit 1 | bin 7')).toBeUndefined();
  });
});

describe('conditionalRuleMissed: a rule on a named measure with no unit ("DU below 98.0 goes to HOLD")', () => {
  const TASK =
    'Release criteria: DU ≥ 98.0 % (A1 minimum). Anything with DU below 98.0 goes to HOLD for re-pelleting.';
  const SHOWN = '[{"lot":"L2-0901","DU":98.6,"F":0.4},{"lot":"L2-0902","DU":97.4,"F":0.8}]';
  it('catches a record under the threshold its line does not send where the rule says', () => {
    const output =
      '| lot | DU % | decision |\n|---|---|---|\n| L2-0901 | 98.6 | HOLD |\n| L2-0902 | 97.4 | RELEASE |';
    expect(conditionalRuleMissed(TASK, SHOWN, output)).toMatchObject({ record: 'L2-0902', value: 97.4 });
  });
  it('is quiet when the records under it go where the rule says', () => {
    const output =
      '| lot | DU % | decision |\n|---|---|---|\n| L2-0901 | 98.6 | RELEASE |\n| L2-0902 | 97.4 | HOLD |';
    expect(conditionalRuleMissed(TASK, SHOWN, output)).toBeUndefined();
  });
});

describe('a routing rule whose records’ figures came from an earlier turn', () => {
  const run = (lines: string) =>
    recordedFailure(async (tracer, clock) => {
      const ask = 'probe the 3 loads pls';
      clock.advance(10);
      await tracer.turn('elevator_foreman', async () => ask, {
        input: [{ role: 'user', content: 'Bin the three loads.' }],
      });
      tracer.handoff({ from: 'elevator_foreman', to: 'grade_sampler', content: ask });
      clock.advance(10);
      await tracer.turn('grade_sampler', async () => SHOWN, { input: [{ role: 'user', content: ask }] });
      clock.advance(10);
      // The binning agent's recorded prompt holds the brief only.
      tracer.handoff({ from: 'elevator_foreman', to: 'binning_agent', content: TASK });
      clock.advance(10);
      return tracer.turn('binning_agent', async () => lines, { input: [{ role: 'user', content: TASK }] });
    });
  it('is a misread task where the record over it is sent elsewhere, its figure said before', async () => {
    expect(await run('- T-2281 | pit 1 | bin 5 | 912 bu\n- T-2284 | pit 1 | bin 7 | 1,004 bu')).toBe(
      'misunderstood_task elevator_foreman → binning_agent (binning_agent)',
    );
    expect(await run('- T-2281 | pit 1 | bin 5 | 912 bu\n- T-2284 | pit 2 → DRY-1 | 1,004 bu')).toBeNull();
  });
});
