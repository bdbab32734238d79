import { describe, expect, it } from 'vitest';
import { slotLeftOut } from './argument-slots.ts';

const call = (args: Record<string, unknown>) => [{ name: 'run_estimate', args }];
const task = 'Run the Kestrel estimate at 0.5 g/t. Drop the batch B-17 samples (QAQC fail).';

describe('slotLeftOut', () => {
  it('finds an exclusion argument that leaves out what the task named', () => {
    expect(slotLeftOut(task, call({ zone: 'Kestrel', exclude_batches: [] }))).toMatchObject({
      call: 'run_estimate(exclude_batches: [])',
    });
    expect(
      slotLeftOut('Only ship orders ORD-7 and ORD-9.', call({ include_orders: ['ORD-7'] })),
    ).toBeDefined();
  });
  it('is quiet when the argument holds it in any spelling, is a flag, or does not exist', () => {
    expect(slotLeftOut(task, call({ exclude_batches: ['B17'] }))).toBeUndefined();
    expect(slotLeftOut(task, call({ zone: 'Kestrel', cutoff: 0.5 }))).toBeUndefined();
    expect(slotLeftOut('Only Q3 and FY25 figures.', call({ only_final: true }))).toBeUndefined();
    expect(slotLeftOut('Summarise batch B-17.', call({ exclude_batches: [] }))).toBeUndefined();
  });
});
