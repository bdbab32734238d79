import { describe, expect, it } from 'vitest';
import { allInsteadOfListed, outsideRange } from './scope-range.ts';

const task =
  'Re-measure partitions for Block C. The ground floor is shell and core, costed elsewhere, so measure L1 to L6 only.';

describe('outsideRange: work beyond the run a task limited it to', () => {
  it('finds an item listed beside the run’s members but outside it', () => {
    expect(outsideRange(task, [{ lists: [['GF', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6']] }])).toEqual({
      range: 'L1 to L6',
      item: 'GF',
    });
    expect(outsideRange('Re-stripe bays B3–B8 only.', [{ lists: [['B3', 'B4', 'B9']] }])?.item).toBe('B9');
  });
  it('is quiet for the run itself, a list of other things, or a range the task does not make the only scope', () => {
    expect(outsideRange(task, [{ lists: [['L1', 'L2', 'L3', 'L4', 'L5', 'L6']] }])).toBeUndefined();
    // Another list of the same call (element types) is no list of levels.
    expect(
      outsideRange(task, [
        {
          lists: [
            ['L1', 'L6'],
            ['DL1', 'DL4', 'wall_finish'],
          ],
        },
      ]),
    ).toBeUndefined();
    expect(
      outsideRange('Measure L1 to L6; add GF if time allows.', [{ lists: [['GF', 'L1', 'L2']] }]),
    ).toBeUndefined();
  });
});

describe('allInsteadOfListed: told to act on the listed items only, a call that names everything', () => {
  const TASK =
    'Rent waiver for March:\n| unit | action |\n|---|---|\n| C03 | WAIVE |\n| C07 | WAIVE |\n\nONLY these two had water damage. All other tenants pay as normal (they get the courtesy letter).';
  const waive = (units: string) => [{ name: 'apply_rent_waiver', args: { block: 'C', units } }];
  it('catches a waiver applied to "all occupied" units', () => {
    expect(allInsteadOfListed(TASK, waive('all occupied'))).toMatchObject({
      call: 'apply_rent_waiver(all occupied)',
    });
  });
  it('is quiet for the listed items, a call about what the task gives everyone, or a task with no such limit', () => {
    expect(allInsteadOfListed(TASK, waive('C03,C07'))).toBeUndefined();
    expect(
      allInsteadOfListed(TASK, [{ name: 'send_courtesy_letter', args: { tenants: 'all' } }]),
    ).toBeUndefined();
    expect(allInsteadOfListed('Waive March rent for Block C.', waive('all occupied'))).toBeUndefined();
  });
});
