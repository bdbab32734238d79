import { describe, expect, it } from 'vitest';
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
